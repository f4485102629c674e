package dev.ascent.quizzes;

import java.util.List;

/**
 * One unit: metadata from unit.yaml, the lesson, the item pool and the lesson's figures.
 *
 * @param number 1-based position in course.yaml
 * @param folder folder name under units/
 */
public record UnitContent(String id, int number, String folder, String title, String summary, List<Objective> objectives,
                   List<KeyTerm> keyTerms, String lessonMarkdown, QuizSpec quiz, List<Item> items, List<Figure> figures) {
    public UnitContent {
        objectives = List.copyOf(objectives);
        keyTerms = List.copyOf(keyTerms);
        items = List.copyOf(items);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
