package dev.ascent.attempt;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The secrets of one attempt, taken from the server's own data (seed, keys, feedback, formulas),
 * and a scan of a response body for any of them. Texts that the learner may see anyway (stems,
 * options, prompts) are not counted as keys, so what remains is distinctive.
 */
final class LeakScanner {

    /** One secret: a kind (seed, formula, feedback, answer-text, answer-number) and its text or number. */
    record Key(String itemId, String kind, String text, Double number) {
        @Override
        public String toString() {
            return kind + " of " + itemId + ": " + (text != null ? text : number);
        }
    }

    private final List<Key> keys = new ArrayList<>();
    /** The option and prompt ids this attempt shows; every choice id a response names must be one of them. */
    private final java.util.Set<String> shownIds = new java.util.HashSet<>();

    /** @param facts what {@code /api/test-support/attempts/{id}/keys} returns */
    LeakScanner(JsonObject facts) {
        StringBuilder visible = new StringBuilder();
        for (JsonValue value : facts.getJsonArray("items")) {
            JsonObject item = value.asJsonObject();
            visible.append(item.getString("stem")).append('\n');
            item.getJsonArray("choiceTexts").getValuesAs(JsonString.class).forEach(t -> visible.append(t.getString()).append('\n'));
        }
        String shown = normal(visible.toString());
        for (JsonValue value : facts.getJsonArray("items")) {
            for (String map : List.of("optionIds", "promptIds")) {
                if (value.asJsonObject().get(map) instanceof JsonObject ids) {
                    ids.values().forEach(id -> shownIds.add(((JsonString) id).getString()));
                }
            }
        }
        keys.add(new Key("attempt", "seed", facts.getString("seed"), null));
        for (JsonValue value : facts.getJsonArray("items")) {
            JsonObject item = value.asJsonObject();
            String id = item.getString("itemId");
            addText(id, "feedback", item.getString("explanation"), shown, 12);
            item.getJsonArray("feedbacks").getValuesAs(JsonString.class)
                    .forEach(f -> addText(id, "feedback", f.getString(), shown, 12));
            item.getJsonArray("formulas").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(f -> !f.strip().matches("-?[0-9.]+"))
                    .forEach(f -> addText(id, "formula", f, shown, 3));
            item.getJsonArray("acceptedTexts").getValuesAs(JsonString.class)
                    .forEach(t -> addText(id, "answer-text", t.getString(), shown, 4));
            if (item.get("pattern") instanceof JsonString pattern) {
                addText(id, "answer-text", pattern.getString(), shown, 4);
            }
            if (item.get("correctNumber") instanceof JsonNumber number) {
                double x = number.doubleValue();
                // Revisions, counts, scores: small whole numbers, also when the key is only nearly
                // whole (u4-q18's is 0.9999999999999999, which the number 1 of every attempt matched).
                boolean common = Math.abs(x - Math.rint(x)) <= 1e-9 * Math.max(1, Math.abs(x)) && Math.abs(x) <= 20;
                if (!common && !shown.contains(plain(x))) {
                    keys.add(new Key(id, "answer-number", plain(x), x));
                }
            }
        }
    }

    List<Key> keys() {
        return keys;
    }

    /** The keys that a response body gives away: found in its string values or as a number value. */
    List<Key> findIn(String body) {
        List<String> strings = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        collect(Json.createReader(new StringReader(body)).readValue(), strings, numbers);
        String texts = normal(String.join("\n", strings));
        List<Key> found = new ArrayList<>();
        for (Key key : keys) {
            boolean hit = key.kind().equals("seed")
                    ? body.matches("(?s).*(?<![0-9])" + java.util.regex.Pattern.quote(key.text()) + "(?![0-9]).*")
                    : key.number() == null
                    ? texts.contains(normal(key.text()))
                    : numbers.stream().anyMatch(n -> Math.abs(n.doubleValue() - key.number()) <= 1e-9 * Math.max(1, Math.abs(key.number())))
                    || texts.matches("(?s).*(?<![0-9.])" + java.util.regex.Pattern.quote(key.text()) + "(?![0-9]).*");
            if (hit) {
                found.add(key);
            }
        }
        return found;
    }

    /**
     * The keys that a page gives away anywhere in its raw markup (text, attributes, scripts, an
     * ajax partial response), after decoding character references. A number counts as a whole
     * token only, so generated ids ({@code j_idt42}) and view state digits do not look like answers.
     */
    List<Key> findInPage(String markup) {
        // Layout attributes hold numbers that are not content (a text box's maxlength="500" is no
        // answer of 500); value, min, max and the rest are still scanned.
        String decoded = unescape(markup).replaceAll("\\b(maxlength|minlength|size|tabindex|rows|cols|width|height)=\"[0-9]*\"", "");
        String texts = normal(decoded);
        List<Key> found = new ArrayList<>();
        for (Key key : keys) {
            boolean hit = key.kind().equals("seed")
                    ? decoded.matches("(?s).*(?<![0-9])" + java.util.regex.Pattern.quote(key.text()) + "(?![0-9]).*")
                    : key.number() == null
                    ? texts.contains(normal(key.text()))
                    : decoded.matches("(?s).*(?<![\\w.])(" + java.util.regex.Pattern.quote(key.text()) + "|"
                    + java.util.regex.Pattern.quote(rounded(key.number())) + ")(?![0-9\\w]|\\.[0-9]).*");
            if (hit) {
                found.add(key);
            }
        }
        return found;
    }

    /**
     * The option and prompt ids a response names that are not this attempt's own (a content id
     * such as "a" would let a learner guess the key): ids in {@code options} and {@code prompts}
     * lists, {@code selected} lists and {@code pairs} maps, wherever they are (sheet, saved
     * answers, review key and feedback).
     */
    List<String> foreignIdsIn(String body) {
        List<String> named = new ArrayList<>();
        choiceIds(null, Json.createReader(new StringReader(body)).readValue(), named);
        return named.stream().filter(id -> !shownIds.contains(id)).toList();
    }

    /**
     * The same in a page's markup: the values of the choice inputs, ordering rows, matching
     * selects and their options, and answers in ajax callback parameters.
     */
    List<String> foreignIdsInPage(String markup) {
        String decoded = unescape(markup).replace("&#34;", "\"");
        List<String> named = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "data-(?:id|prompt)=\"([^\"]*)\"|<input type=\"(?:radio|checkbox)\"[^>]*?value=\"([^\"]*)\""
                        + "|<option value=\"([^\"]+)\"").matcher(decoded);
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!id.equals("true") && !id.equals("false")) {
                named.add(id);
            }
        }
        java.util.regex.Matcher answers = java.util.regex.Pattern.compile("\\\\?\"(?:selected|pairs)\\\\?\":\\s*([\\[{][^\\]}]*[\\]}])")
                .matcher(decoded);
        while (answers.find()) {
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\\\?\"([^\"\\\\]+)\\\\?\"").matcher(answers.group(1));
            while (id.find()) {
                named.add(id.group(1));
            }
        }
        return named.stream().filter(id -> !shownIds.contains(id)).toList();
    }

    private static void choiceIds(String field, JsonValue value, List<String> named) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = (JsonObject) value;
                if ("pairs".equals(field)) {
                    object.forEach((prompt, option) -> {
                        named.add(prompt);
                        named.add(option instanceof JsonString s ? s.getString() : String.valueOf(option));
                    });
                    return;
                }
                object.forEach((name, v) -> choiceIds(name, v, named));
            }
            case ARRAY -> {
                for (JsonValue element : (JsonArray) value) {
                    if (("options".equals(field) || "prompts".equals(field)) && element instanceof JsonObject choice
                            && choice.get("id") instanceof JsonString id) {
                        named.add(id.getString());
                    } else if ("selected".equals(field) && element instanceof JsonString id) {
                        named.add(id.getString());
                    }
                    choiceIds(null, element, named);
                }
            }
            default -> {
            }
        }
    }

    /**
     * What a hidden score gives away in a JSON body: the attempt's percent as a number, a pass or
     * fail as a status ({@code PASSED}, {@code FAILED}), a {@code passed} flag or a {@code grade}.
     */
    static List<String> standingIn(String body, double percent) {
        List<String> found = new ArrayList<>(percentIn(body, percent));
        walk(Json.createReader(new StringReader(body)).readValue(), null, (name, value) -> {
            if (value.getValueType() == JsonValue.ValueType.STRING
                    && List.of("PASSED", "FAILED").contains(((JsonString) value).getString())) {
                found.add("status " + ((JsonString) value).getString());
            }
            if (("passed".equals(name) || "grade".equals(name) || "gradePercent".equals(name)
                    || "bestScorePercent".equals(name)) && value.getValueType() != JsonValue.ValueType.NULL) {
                found.add(name + " " + value);
            }
        });
        return found;
    }

    /** The attempt's percent anywhere in a JSON body, as a number value. */
    static List<String> percentIn(String body, double percent) {
        List<String> found = new ArrayList<>();
        walk(Json.createReader(new StringReader(body)).readValue(), null, (name, value) -> {
            if (value instanceof JsonNumber n && Math.abs(n.doubleValue() - percent) <= 1e-9 * Math.max(1, percent)) {
                found.add("percent " + name + "=" + n);
            }
        });
        return found;
    }

    /**
     * What a hidden score gives away on a page: the percent ("35 %", "35%") or any way the pages
     * tell a pass or a fail (badges and their classes, "— passed", the result's verdict, a unit
     * counted as passed, the actions offered only after a pass or a fail).
     */
    static List<String> standingInPage(String markup, double percent) {
        List<String> found = new ArrayList<>(percentInPage(markup, percent));
        java.util.regex.Matcher verdict = PASS_OR_FAIL.matcher(unescape(markup));
        while (verdict.find()) {
            found.add("verdict " + verdict.group());
        }
        return found;
    }

    static List<String> percentInPage(String markup, double percent) {
        String shown = Long.toString(Math.round(percent));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.,])(" + java.util.regex.Pattern.quote(shown)
                + "|" + java.util.regex.Pattern.quote(plain(percent)) + ")(\\.[0-9]+)?\\s?%").matcher(unescape(markup));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add("percent " + m.group());
        }
        return found;
    }

    /** One cohort's card of My learning ({@code <section class="cohort-card">}), for a scan of that cohort alone. */
    static String cardInPage(String markup, String cohortId) {
        for (String card : markup.split("<section class=\"cohort-card\"")) {
            if (card.contains("id=\"cohort-" + cohortId + "\"")) {
                return card.split("</section>")[0];
            }
        }
        throw new AssertionError("no card of cohort " + cohortId + " in " + markup);
    }

    private static final java.util.regex.Pattern PASS_OR_FAIL = java.util.regex.Pattern.compile(
            "(?i)(status|unit)-(passed|failed)|>\\s*(passed|not passed yet|not passed)\\s*<|\u2014\\s*(passed|not passed)"
                    + "|class=\"(passed|not-passed)\"|try the quiz again|passed every unit|(?<![0-9])[1-9][0-9]* of [0-9]+ units passed");

    private static void walk(JsonValue value, String name, java.util.function.BiConsumer<String, JsonValue> visit) {
        visit.accept(name, value);
        switch (value.getValueType()) {
            case OBJECT -> ((JsonObject) value).forEach((key, v) -> walk(v, key, visit));
            case ARRAY -> ((JsonArray) value).forEach(v -> walk(v, name, visit));
            default -> {
            }
        }
    }

    /** Pages show numbers to ten significant digits (0.5700000000000001 as 0.57). */
    private static String rounded(double x) {
        return new BigDecimal(x).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static String unescape(String markup) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);")
                .matcher(markup);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String text = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(ref.charAt(1) == 'x' || ref.charAt(1) == 'X'
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1)));
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void addText(String itemId, String kind, String text, String shown, int minLength) {
        if (text == null || text.strip().length() < minLength) {
            return;
        }
        String normal = normal(text);
        if (!shown.contains(normal)) {
            keys.add(new Key(itemId, kind, text.strip(), null));
        }
    }

    private static void collect(JsonValue value, List<String> strings, List<BigDecimal> numbers) {
        switch (value.getValueType()) {
            case OBJECT -> ((JsonObject) value).values().forEach(v -> collect(v, strings, numbers));
            case ARRAY -> ((JsonArray) value).forEach(v -> collect(v, strings, numbers));
            case STRING -> strings.add(((JsonString) value).getString());
            case NUMBER -> numbers.add(((JsonNumber) value).bigDecimalValue());
            default -> {
            }
        }
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
