/**
 * The quiz engine: attempts, their responses, grading, review and expiry. Owns the tables
 * attempt and attempt_response.
 * <p>Uses {@code quiz}, {@code cohort} (enrollment checks through
 * {@link dev.ascent.cohort.Enrollments}, and its events), {@code identity}, the {@code quizzes}
 * library and {@code shared}; reads a quiz's course version from course's unit table by JPQL.
 */
package dev.ascent.attempt;
