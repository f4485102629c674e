/**
 * Cohorts, their instructors and deadlines, enrollments, their history and invites. Owns the
 * tables cohort, cohort_instructor, cohort_deadline, enrollment, enrollment_event and invite.
 * <p>Uses {@code course}, {@code provider}, {@code identity}, {@code quiz} (only to implement its
 * {@link dev.ascent.quiz.CohortCourses}) and {@code shared}; implements identity's
 * {@link dev.ascent.identity.CohortRoles}. Others ask it about enrollments through
 * {@link dev.ascent.cohort.Enrollments}. It never depends on the quiz engine ({@code attempt}):
 * they meet through events defined here, {@link dev.ascent.cohort.EnrollmentWithdrawn} (fired here,
 * observed by attempt) and {@link dev.ascent.cohort.QuizStarted} (fired by attempt, observed here).
 */
package dev.ascent.cohort;
