package dev.ascent.course;

import java.util.List;

/** The outline of a course's current version, as learners and integrators browse it. */
public record CourseOutline(String id, String title, String summary, int version, List<UnitOutline> units) {

    public record UnitOutline(String id, int number, String title, String summary, List<String> objectives,
                              List<String> lessons, String quizId, String quizTitle, int poolSize, int itemsPerAttempt) {
    }
}
