package dev.ascent.course;

import dev.ascent.quizzes.LessonRenderer;
import dev.ascent.quizzes.RenderedLesson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered lessons, once per unit row. A unit row belongs to one content version and never
 * changes, so an entry never goes stale; a new version brings new unit ids.
 */
@ApplicationScoped
public class LessonCache {
    private final Map<String, RenderedLesson> byUnitId = new ConcurrentHashMap<>();

    RenderedLesson lesson(Unit unit) {
        return byUnitId.computeIfAbsent(unit.getId(), id -> LessonRenderer.render(unit.getLessonMarkdown()));
    }
}
