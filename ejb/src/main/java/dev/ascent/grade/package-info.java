/**
 * Grades for staff, the read side: a cohort's gradebook (one row per learner, a column per unit,
 * a summary per unit), its CSV and XLSX exports, the responses export of a quiz in a cohort, and
 * item analysis of a quiz in a cohort or across a provider's cohorts. Owns no tables.
 * <p>Uses {@code cohort} (who may see a cohort: {@link dev.ascent.cohort.CohortService#get}, the
 * cohort's scope rule), {@code attempt} (the one grading rule, {@link dev.ascent.attempt.Standing},
 * through {@link dev.ascent.attempt.StaffStandings}), {@code course}, {@code provider} (that a
 * provider exists), {@code quiz} (settings, items,
 * answers), {@code identity}, the {@code quizzes} library and {@code shared}. Reads, never writes,
 * by JPQL projections: enrollment and person (the roster with emails), attempt and
 * attempt_response (scores, credits and chosen options), unit, course, course_version, quiz and
 * cohort (a provider's cohorts). Nothing depends on it.
 */
package dev.ascent.grade;
