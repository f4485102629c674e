/**
 * My learning: a learner's own cohorts with their progress, composed from the cohort feature
 * (enrollments, through {@link dev.ascent.cohort.Enrollments}), the quiz engine (standings and the
 * review of the latest attempt), reading progress ({@code lesson}), course (rendered lessons), quiz
 * and provider; also the unit page's and the glossary's read model ({@code UnitLessons}).
 * Owns no table: a read model over the others, kept out of {@code cohort} so that cohort does not
 * depend on the quiz engine (which depends on cohort).
 * <p>May use every feature; no feature uses it (only the web module).
 */
package dev.ascent.learning;
