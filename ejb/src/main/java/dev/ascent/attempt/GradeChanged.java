package dev.ascent.attempt;

/**
 * A learner's grade at a quiz in a cohort was changed by hand: an item's credit, or (fired by the
 * grade feature) the unit grade set or removed. Fired synchronously in the changing transaction,
 * after a flush; for features that pass grades on (completion, LTI grade passback).
 *
 * @param attemptId the re-scored attempt, or null for a unit grade
 */
public record GradeChanged(String personId, String cohortId, String quizId, String attemptId) {
}
