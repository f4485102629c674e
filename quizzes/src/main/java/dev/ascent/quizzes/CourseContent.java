package dev.ascent.quizzes;

import java.util.List;

/**
 * A whole course as read from course.yaml and the unit folders.
 *
 * @param contentHash hex SHA-256 over every file read (course.yaml, then per unit unit.yaml,
 *                    lesson.md, items.yaml, figures.yaml); changes whenever any content changes
 */
public record CourseContent(String id, String title, String summary, List<Concept> concepts, List<UnitContent> units,
                     String contentHash) {
    public CourseContent {
        concepts = List.copyOf(concepts);
        units = List.copyOf(units);
    }
}
