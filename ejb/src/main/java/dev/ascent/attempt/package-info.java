/**
 * The quiz engine: attempts, their responses, grading, review and expiry, and re-grading after a
 * key correction ({@link dev.ascent.attempt.RegradeService}). Owns the tables attempt,
 * attempt_response and attempt_regrade (the re-grades' audit).
 * <p>Uses {@code quiz}, {@code cohort} (enrollment checks through
 * {@link dev.ascent.cohort.Enrollments}, and its events; a re-grade asks
 * {@link dev.ascent.cohort.CohortService#get}, the cohort's scope rule, as the gradebook does), {@code identity}, the {@code quizzes}
 * library and {@code shared}; reads a quiz's course version from course's unit table by JPQL (and,
 * for a re-grade, the quiz of a unit in another version of the cohort's course through course and
 * course_version). A grade change by re-grade fires {@link dev.ascent.attempt.AttemptRegraded}.
 */
package dev.ascent.attempt;
