package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Credit between 0 and 1 for one answer to one rendered item, by the item type's
 * {@link ItemTypeBehaviour}. Pure: no state, no I/O.
 */
public final class Grader {
    private Grader() {
    }

    public static double grade(RenderedItem item, Answer answer) {
        if (answer == null) {
            return 0;
        }
        return ItemTypeBehaviour.of(item.type()).grade(item, answer);
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
}
