package dev.ascent.attempt;

import dev.ascent.course.CourseService;
import dev.ascent.identity.Roles;
import dev.ascent.quiz.QuizSettingsService;
import dev.ascent.quiz.SettingsOverride;
import dev.ascent.shared.Identities;
import java.util.Set;

/** Small helpers the attempt ITs share. */
final class AttemptTesting {
    private AttemptTesting() {
    }

    static String quizOfUnit(CourseService courses, int number) {
        return courses.outline("ml-engineer").units().get(number - 1).quizId();
    }

    static String unitKey(int number) {
        return "u" + number;
    }

    /** Sets a cohort's override as an instructor of the cohort would. */
    static void override(QuizSettingsService settings, String instructorId, String cohortId, int unit,
                         SettingsOverride override) {
        Identities.as(instructorId, Set.of(Roles.USER, Roles.INSTRUCTOR),
                () -> settings.put(cohortId, unitKey(unit), override));
    }

    static SettingsOverride draw(int count) {
        return new SettingsOverride(count, null, null, null, null, null, null, null, null, null);
    }
}
