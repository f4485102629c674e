package dev.ascent.quizzes;

import java.util.List;

/**
 * A lesson rendered to safe HTML, with its sections in reading order.
 *
 * @param html     HTML for the page body (headings carry {@code id} anchors)
 * @param sections every heading below the title, with the anchor a link can jump to
 */
public record RenderedLesson(String html, List<LessonSection> sections) {
    public RenderedLesson {
        sections = List.copyOf(sections);
    }

    /** A heading of a lesson: its anchor ({@code id} in the HTML), its text and level (2 for ##). */
    public record LessonSection(String anchor, String title, int level) {
    }
}
