package dev.ascent.attempt;

/**
 * A learner's grade at a quiz in a cohort changed after grading: staff set an item's credit or
 * (fired by the grade feature) set or removed the unit grade, or a re-grade after a key
 * correction changed an attempt's score. Fired synchronously in the changing transaction, after a
 * flush; for features that pass grades on (completion, LTI grade passback).
 *
 * @param attemptId the re-scored attempt, or null for a unit grade
 */
public record GradeChanged(String personId, String cohortId, String quizId, String attemptId) {
}
