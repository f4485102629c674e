/**
 * The quiz engine: attempts, their responses, grading, review and expiry, and attempts as staff see
 * them ({@link dev.ascent.attempt.StaffAttempts}: every item, key and credit; the one place staff set
 * an item's credit, which fires {@link dev.ascent.attempt.GradeChanged}). Owns the tables attempt and
 * attempt_response. Defines {@link dev.ascent.attempt.StaffMarks}, implemented by the grade feature,
 * for the unit grades and comments staff set (the engine does not depend on grade).
 * <p>Uses {@code quiz}, {@code cohort} (enrollment checks through
 * {@link dev.ascent.cohort.Enrollments}, its events, and
 * {@link dev.ascent.cohort.CohortService} for which cohorts staff may see), {@code identity}, the {@code quizzes}
 * library and {@code shared}; reads a quiz's course version from course's unit table by JPQL.
 */
package dev.ascent.attempt;
