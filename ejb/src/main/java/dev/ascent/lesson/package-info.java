/**
 * Reading progress: which lessons a learner has read, per cohort and unit key. Owns the table
 * lesson_read.
 * <p>Uses {@code cohort} (enrollment checks through {@link dev.ascent.cohort.Enrollments}, and a
 * cohort's course version), {@code course} (the unit keys of that version), {@code identity} and
 * {@code shared}. It knows nothing of quizzes or attempts; My learning ({@code learning}) puts
 * reading and quiz standings together.
 */
package dev.ascent.lesson;
