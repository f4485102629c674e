package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Credit between 0 and 1 for one answer to one rendered item. Pure: no state, no I/O. */
public final class Grader {
    private Grader() {
    }

    public static double grade(RenderedItem item, Answer answer) {
        if (answer == null) {
            return 0;
        }
        return switch (item.type()) {
            case SINGLE_CHOICE -> answer.selectedOrEmpty().size() == 1
                    && item.correctIds().contains(answer.selectedOrEmpty().get(0)) ? 1 : 0;
            case MULTIPLE_RESPONSE -> multipleResponse(item, answer.selectedOrEmpty());
            case TRUE_FALSE -> answer.truth() != null && answer.truth().equals(item.correctTrue()) ? 1 : 0;
            case NUMERIC -> answer.number() != null && Double.isFinite(answer.number())
                    && item.acceptsNumber(answer.number()) ? 1 : 0;
            case ORDERING -> ordering(item.correctIds(), answer.selectedOrEmpty());
            case MATCHING -> matching(item.correctPairs(), answer.pairsOrEmpty());
            case SHORT_TEXT -> shortText(item.acceptedTexts(), item.pattern(), answer.text());
        };
    }

    /**
     * Each right pick earns 1/(number of correct options); each wrong pick costs 1/(number of wrong
     * options), so ticking everything earns 0; never below 0. A repeated pick counts once.
     */
    static double multipleResponse(RenderedItem item, List<String> picked) {
        Set<String> correct = Set.copyOf(item.correctIds());
        if (correct.isEmpty()) {
            return 0;
        }
        int wrongOptions = item.options().size() - correct.size();
        Set<String> unique = new HashSet<>(picked);
        unique.remove(null);
        long hits = unique.stream().filter(correct::contains).count();
        long misses = unique.size() - hits;
        double credit = (double) hits / correct.size() - (wrongOptions <= 0 ? 0 : (double) misses / wrongOptions);
        return Math.max(0, Math.min(1, credit));
    }

    /**
     * Share of item pairs that stand in the right relative order (Kendall): 1 for the exact order,
     * 0 for the reverse. An order that does not place every item exactly once earns nothing.
     */
    static double ordering(List<String> correct, List<String> given) {
        if (given.size() != correct.size() || given.stream().anyMatch(java.util.Objects::isNull)
                || !new HashSet<>(given).equals(Set.copyOf(correct)) || new HashSet<>(given).size() != given.size()) {
            return 0;
        }
        int n = correct.size();
        if (n < 2) {
            return 1;
        }
        int concordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (given.indexOf(correct.get(i)) < given.indexOf(correct.get(j))) {
                    concordant++;
                }
            }
        }
        return (double) concordant / (n * (n - 1) / 2);
    }

    /** Share of prompts matched to their option; extra or unknown prompts in the answer earn nothing. */
    static double matching(Map<String, String> correct, Map<String, String> given) {
        if (correct.isEmpty()) {
            return 0;
        }
        long right = correct.entrySet().stream()
                .filter(pair -> pair.getValue().equals(given.get(pair.getKey())))
                .count();
        return (double) right / correct.size();
    }

    /**
     * Right when the normalised answer equals a normalised accepted text, or when the pattern (if
     * any) matches the whole normalised answer, case-insensitively.
     */
    static double shortText(List<String> accepted, String pattern, String text) {
        String given = normalize(text);
        if (given.isEmpty()) {
            return 0;
        }
        if (accepted.stream().map(Grader::normalize).anyMatch(given::equals)) {
            return 1;
        }
        return pattern != null && matches(pattern, given) ? 1 : 0;
    }

    /**
     * Compatibility form (full-width letters, ligatures, no-break spaces become plain), trimmed,
     * runs of whitespace as one space, lower case.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return compatible.strip().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String pattern, String given) {
        try {
            return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(given).matches();
        } catch (PatternSyntaxException e) {
            // The validator rejects bad patterns; a bad one must never fail a submit.
            return false;
        }
    }
}
