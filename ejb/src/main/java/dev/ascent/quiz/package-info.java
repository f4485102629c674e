/**
 * Quizzes as content (items, grading, review policy) and their settings per cohort. Owns the
 * tables quiz, quiz_item, quiz_settings_override, and quiz_accommodation with its log
 * quiz_accommodation_change (per-learner accommodations, applied by {@link dev.ascent.quiz.QuizSettings#forLearner}).
 * <p>Uses {@code identity}, the {@code quizzes} library and {@code shared}; reads a quiz's unit
 * key and course version from course's unit table by JPQL (no type dependency, as course depends
 * on quiz). What it needs of a cohort it asks through its own interface
 * {@link dev.ascent.quiz.CohortCourses}, implemented by the cohort feature: it must not depend on
 * cohort, which depends on course, which depends on quiz.
 * <p>What the engine does differently per item type (answer field and shape, grading, the key
 * for the review, option shuffling) is in one {@link dev.ascent.quiz.ItemTypeBehaviour} per type.
 */
package dev.ascent.quiz;
