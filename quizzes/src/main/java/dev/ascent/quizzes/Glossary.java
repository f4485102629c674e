package dev.ascent.quizzes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key terms of one course, for linking a lesson's first bold mention of a term to its entry on
 * the glossary page. {@link #anchor(String)} is the one rule for a term's anchor (element id
 * {@code term-<anchor>}), used by the lesson links and by the glossary page alike.
 */
public final class Glossary {
    private final String courseSlug;
    private final List<String> terms;

    /** @param terms every key term of the course (all units), as authored */
    public Glossary(String courseSlug, List<String> terms) {
        this.courseSlug = courseSlug;
        this.terms = List.copyOf(terms);
    }

    /** A glossary that links nothing. */
    public static Glossary none() {
        return new Glossary("", List.of());
    }

    /**
     * The anchor of a term's glossary entry, after the {@code term-} prefix of its element id (see
     * {@link #id}): the term in lower case with accents dropped and every run of characters other
     * than letters and digits made one hyphen, e.g. "Mean squared error (MSE)" gives
     * {@code mean-squared-error-mse}; "term" when nothing is left.
     */
    public static String anchor(String term) {
        String plain = Normalizer.normalize(term, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "term" : slug;
    }

    /** The element id of a term's entry on the glossary page: {@code term-} and {@link #anchor}. */
    public static String id(String term) {
        return "term-" + anchor(term);
    }

    /**
     * The relative link from a unit page to a term's glossary entry:
     * {@code glossary.xhtml?course=<slug>#term-<anchor>}.
     */
    public static String href(String courseSlug, String term) {
        return "glossary.xhtml?course=" + URLEncoder.encode(courseSlug, StandardCharsets.UTF_8) + "#" + id(term);
    }

    String courseSlug() {
        return courseSlug;
    }

    /**
     * The key term a bold text names, or null: ignoring case, a leading article and trailing
     * punctuation ("**The error function.**"), with a simple plural allowed either way.
     */
    String match(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.:,;!?]+$", "").replaceFirst("^(the|a|an) ", "");
        for (String term : terms) {
            String k = term.strip().toLowerCase(Locale.ROOT);
            for (String form : plurals(k)) {
                if (form.equals(t)) {
                    return term;
                }
            }
            for (String form : plurals(t)) {
                if (form.equals(k)) {
                    return term;
                }
            }
        }
        return null;
    }

    private static List<String> plurals(String word) {
        List<String> forms = new ArrayList<>(List.of(word, word + "s", word + "es"));
        if (word.endsWith("y") && word.length() > 1) {
            forms.add(word.substring(0, word.length() - 1) + "ies");
        }
        return forms;
    }
}
