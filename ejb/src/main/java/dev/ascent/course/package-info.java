/**
 * Courses, their versions and units, and the import of course content (from the quizzes
 * library). Owns the tables course, course_version and unit.
 * <p>Uses {@code quiz} (the importer writes each unit's quiz and items through quiz's entities),
 * the {@code quizzes} library and {@code shared}.
 */
package dev.ascent.course;
