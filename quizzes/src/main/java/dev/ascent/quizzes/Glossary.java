package dev.ascent.quizzes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key terms of one course, for linking a lesson's first bold mention of a term to its entry on
 * the glossary page. {@link #anchor(String)} is the one rule for a term's element id, used by the
 * lesson links and by the glossary page alike.
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
     * The element id of a term's glossary entry: {@code term-} and the term in lower case with every
     * run of other characters than a–z and 0–9 made one hyphen, e.g. "Mean squared error (MSE)"
     * gives {@code term-mean-squared-error-mse}.
     */
    public static String anchor(String term) {
        String slug = term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "term-" + (slug.isEmpty() ? "x" : slug);
    }

    /**
     * The relative link from a unit page to a term's glossary entry:
     * {@code glossary.xhtml?course=<slug>#term-…}.
     */
    public static String href(String courseSlug, String term) {
        return "glossary.xhtml?course=" + URLEncoder.encode(courseSlug, StandardCharsets.UTF_8) + "#" + anchor(term);
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
