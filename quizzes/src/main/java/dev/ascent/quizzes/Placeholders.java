package dev.ascent.quizzes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {{name}}} (up to 4 decimals, trailing zeros removed) and {@code {{name:2}}} (exactly 2 decimals). */
public final class Placeholders {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*(\\d{1,2})\\s*)?}}");

    private Placeholders() {
    }

    /** Replaces every placeholder whose name is in {@code values}; unknown names are left as written. */
    public static String fill(String text, Map<String, Double> values) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Double v = values.get(m.group(1));
            String replacement = v == null ? m.group()
                    : m.group(2) == null ? format(v) : format(v, Integer.parseInt(m.group(2)));
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The names used in placeholders of {@code text}, in order of appearance. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Up to 4 decimals, trailing zeros removed: 0.5, 2, 0.3333. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        String s = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Exactly {@code decimals} decimals: format(0.5, 2) = 0.50. */
    public static String format(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
