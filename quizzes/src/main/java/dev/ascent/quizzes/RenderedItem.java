package dev.ascent.quizzes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An item as one learner sees it: placeholders filled with this draw's values and the correct
 * answer for those values. Fields that do not apply to the type are null or empty.
 *
 * @param values        the drawn parameters and let values, in declaration order (empty when not computed)
 * @param correctIds    single-choice (one id), multiple-response ids, or the ordering
 * @param correctPairs  matching: prompt id -> option id
 * @param correctNumber numeric: the evaluated answer
 */
public record RenderedItem(String itemId, ItemType type, String stem, List<AuthoredChoice> options, List<AuthoredChoice> prompts,
                           Map<String, Double> values, List<String> correctIds, Map<String, String> correctPairs,
                           Boolean correctTrue, Double correctNumber, Tolerance tolerance, List<String> acceptedTexts,
                           String pattern) {

    /** Short-text comparison form: trimmed, lower case, runs of whitespace as one space. */
    public static String normalizeText(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Short-text: true when the normalised answer equals an accepted text or matches the pattern. */
    public boolean acceptsText(String answer) {
        String given = normalizeText(answer);
        return acceptedTexts.stream().anyMatch(t -> normalizeText(t).equals(given))
                || (pattern != null && given.matches(pattern));
    }

    /** Numeric: true when {@code given} is within the tolerance of the correct number. */
    public boolean acceptsNumber(double given) {
        return correctNumber != null && tolerance != null && tolerance.accepts(correctNumber, given);
    }
}
