package dev.ascent.learning;

import dev.ascent.course.Unit;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.quizzes.Objective;
import dev.ascent.quizzes.RenderedLesson;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where a unit page sends a learner: the section teaching an objective, a term's glossary entry. Pure. */
final class LessonLinks {
    /** The id of the lesson's start on the unit page, for an objective no section is named for. */
    static final String LESSON_ANCHOR = "lesson";

    private LessonLinks() {
    }

    static List<Objective> objectives(Unit unit) {
        return Arrays.asList(ItemCodec.fromJson(unit.getObjectivesJson(), Objective[].class));
    }

    /**
     * The first section the content names for the objective that the rendered lesson has; the
     * lesson's start (titled with the unit's title) when it names none.
     */
    static Learning.ObjectiveLink link(Objective objective, RenderedLesson lesson, String unitTitle) {
        for (String anchor : objective.sections()) {
            for (RenderedLesson.LessonSection section : lesson.sections()) {
                if (section.anchor().equals(anchor)) {
                    return new Learning.ObjectiveLink(objective.id(), objective.text(), anchor, section.title());
                }
            }
        }
        return new Learning.ObjectiveLink(objective.id(), objective.text(), LESSON_ANCHOR, unitTitle);
    }

    /**
     * The glossary entry's id for a term, after {@code term-}: lower case, accents dropped, runs of
     * anything but letters and digits made one hyphen. (TODO at merge: use the content's own anchor
     * rule for terms, which the lessons' term links use, instead of this copy.)
     */
    static String termAnchor(String term) {
        String plain = Normalizer.normalize(term, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "term" : slug;
    }
}
