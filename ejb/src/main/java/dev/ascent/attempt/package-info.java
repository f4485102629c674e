/**
 * The quiz engine: attempts, their responses, grading, review and expiry; attempts as staff see
 * them ({@link dev.ascent.attempt.StaffAttempts}: every item, key and credit; the one place staff set
 * an item's credit, which fires {@link dev.ascent.attempt.GradeChanged}); and re-grading after a key
 * correction ({@link dev.ascent.attempt.RegradeService}, which keeps credit staff set and fires
 * {@link dev.ascent.attempt.GradeChanged} and {@link dev.ascent.attempt.AttemptRegraded}). Owns the
 * tables attempt, attempt_response, attempt_regrade (the re-grades' audit) and attempt_save (the
 * append-only log of every accepted save of an answer, written in the save's transaction and read
 * only by {@link dev.ascent.attempt.StaffAttempts}). Defines
 * {@link dev.ascent.attempt.StaffMarks}, implemented by the grade feature, for the unit grades and
 * comments staff set (the engine does not depend on grade).
 * <p>Uses {@code quiz}, {@code cohort} (enrollment checks through
 * {@link dev.ascent.cohort.Enrollments}, its events, and
 * {@link dev.ascent.cohort.CohortService} for which cohorts staff may see and re-grade), {@code identity},
 * the {@code quizzes} library and {@code shared}; reads a quiz's course version from course's unit
 * table by JPQL (and, for a re-grade, the quiz of a unit in another version of the cohort's course
 * through course and course_version).
 */
package dev.ascent.attempt;
