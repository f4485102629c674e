package dev.ascent.grade;

import java.time.Instant;
import java.util.List;

/**
 * One page of a cohort's gradebook as staff see it: the real grades, whatever the learners'
 * review policy. {@code learners} counts the whole cohort, {@code matching} those the filters
 * keep; {@code page} counts from 0.
 */
public record Gradebook(String cohortId, String cohortName, List<UnitColumn> units, List<UnitSummary> summary,
                        int learners, int matching, int page, int size, String sort, List<LearnerRow> rows) {

    /** A unit's state for one learner (staff never see SUBMITTED: the score is always shown to them). */
    public enum State { NOT_STARTED, IN_PROGRESS, PASSED, FAILED }

    /** A column: the unit and how its quiz is graded in this cohort. */
    public record UnitColumn(String unitKey, int number, String title, String quizId, String gradingMethod,
                             Integer passMarkPercent, int attemptsAllowed) {
    }

    /**
     * The cohort at one unit, over the learners who are not withdrawn: how many have a grade
     * ({@code attempted}), its mean and median, the share of them who passed, and ten bins of
     * grades (0–9.99 %, 10–19.99 %, …, 90–100 %). Null figures when nobody has a grade yet.
     */
    public record UnitSummary(String unitKey, int attempted, Double meanPercent, Double medianPercent,
                              Double passRate, List<Integer> histogram) {
    }

    /**
     * One unit of one learner: the grade by the quiz's grading method, its pass, the attempts used
     * and whether an attempt is open right now ({@code inProgress}, also beside a pass).
     */
    public record Cell(String unitKey, State state, Double gradePercent, Boolean passed, int attemptsUsed,
                       boolean inProgress) {
    }

    public record LearnerRow(String personId, String enrollmentId, String name, String email, String externalId,
                             String status, List<Cell> units, int unitsPassed, int unitCount, Instant lastActivity) {

        public Cell cell(String unitKey) {
            return units.stream().filter(c -> c.unitKey().equals(unitKey)).findFirst().orElse(null);
        }
    }
}
