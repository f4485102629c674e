package dev.ascent.course;

import dev.ascent.quiz.ItemCodec;
import dev.ascent.quizzes.Figure;
import dev.ascent.quizzes.Glossary;
import dev.ascent.quizzes.LessonRenderer;
import dev.ascent.quizzes.RenderedLesson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered lessons, once per unit row. A unit row belongs to one content version and never
 * changes, so an entry never goes stale; a new version brings new unit ids. The glossary (course
 * slug and key terms of the unit's version) is asked for only when the lesson is rendered.
 */
@ApplicationScoped
public class LessonCache {
    private final Map<String, RenderedLesson> byUnitId = new ConcurrentHashMap<>();
    private final AtomicLong renders = new AtomicLong();

    RenderedLesson lesson(Unit unit, Supplier<Glossary> glossary) {
        return byUnitId.computeIfAbsent(unit.getId(), id -> render(unit, glossary.get()));
    }

    /** How many lessons were rendered since start: each unit row once. */
    public long renders() {
        return renders.get();
    }

    private RenderedLesson render(Unit unit, Glossary glossary) {
        renders.incrementAndGet();
        Map<String, Figure> figures = new LinkedHashMap<>();
        Arrays.stream(ItemCodec.fromJson(unit.getFiguresJson(), Figure[].class)).forEach(f -> figures.put(f.id(), f));
        return LessonRenderer.render(unit.getLessonMarkdown(), figures, glossary);
    }
}
