/**
 * Grades for staff, the read side: a cohort's gradebook (one row per learner, a column per unit,
 * a summary per unit), its CSV and XLSX exports, and item analysis of a quiz in a cohort. Owns no
 * tables.
 * <p>Uses {@code cohort} (who may see a cohort: {@link dev.ascent.cohort.CohortService#get}, the
 * cohort's scope rule), {@code attempt} (the one grading rule, {@link dev.ascent.attempt.Standing},
 * through {@link dev.ascent.attempt.StaffStandings}), {@code course}, {@code quiz} (settings, items,
 * answers), {@code identity}, the {@code quizzes} library and {@code shared}. Reads, never writes,
 * by JPQL projections: enrollment and person (the roster with emails), attempt and
 * attempt_response (scores, credits and chosen options), unit and quiz. Nothing depends on it.
 */
package dev.ascent.grade;
