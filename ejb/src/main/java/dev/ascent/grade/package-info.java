/**
 * Grades for staff: a cohort's gradebook (one row per learner, a column per unit, a summary per
 * unit), its CSV and XLSX exports, the responses export of a quiz in a cohort, item analysis of a
 * quiz in a cohort or across a provider's cohorts, and manual grading
 * ({@link dev.ascent.grade.OverrideService}: item credit through the quiz engine, unit grade
 * overrides, comments, each audited). Owns the tables grade_override, attempt_comment and
 * grade_audit; implements the engine's {@link dev.ascent.attempt.StaffMarks} (so a unit grade set by
 * staff and the comments reach every {@link dev.ascent.attempt.Standing} without the engine
 * depending on this feature).
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
