package dev.ascent.quizzes;

import java.util.List;

/**
 * A learning objective of a unit; items point at it by id.
 *
 * @param sections anchors of the lesson sections that teach it (see {@link LessonRenderer})
 */
public record Objective(String id, String text, List<String> sections) {
    public Objective {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
