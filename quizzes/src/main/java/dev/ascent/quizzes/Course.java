package dev.ascent.quizzes;

import java.util.List;

/**
 * A whole course as read from course.yaml and the unit folders.
 *
 * @param contentHash hex SHA-256 over every file read (course.yaml, then per unit unit.yaml,
 *                    lesson.md, items.yaml); changes whenever any content changes
 */
public record Course(String id, String title, String summary, List<Concept> concepts, List<Unit> units,
                     String contentHash) {
    public Course {
        concepts = List.copyOf(concepts);
        units = List.copyOf(units);
    }
}
