package dev.ascent.learning;

import dev.ascent.course.Unit;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.quizzes.Objective;
import dev.ascent.quizzes.RenderedLesson;
import java.util.Arrays;
import java.util.List;

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
}
