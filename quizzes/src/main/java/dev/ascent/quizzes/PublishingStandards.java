package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.List;

/**
 * What the published course promises beyond a well-formed file: a pool deep enough that two
 * attempts differ, a lesson of real substance, every unit drilling the three core concepts, and
 * answer keys that cannot be guessed from where the options sit ({@link KeyPositions}).
 * Applied by the build to the bundled course (small test courses need not meet it).
 */
public final class PublishingStandards {
    static final int MIN_POOL = 15;
    static final int MIN_LESSON_WORDS = 600;
    static final int MAX_LESSON_WORDS = 1500;
    static final List<String> CORE_CONCEPTS = List.of("decision-process", "error-function", "model-optimization");

    private PublishingStandards() {
    }

    public static List<ContentProblem> check(CourseContent course, String courseDisplay) {
        List<ContentProblem> problems = new ArrayList<>();
        for (UnitContent unit : course.units()) {
            String folder = courseDisplay + "/units/" + unit.folder() + "/";
            if (unit.items().size() < MIN_POOL) {
                problems.add(new ContentProblem(folder + "items.yaml", 1,
                        "pool of " + unit.items().size() + " items; a published unit needs at least " + MIN_POOL));
            }
            int words = wordCount(unit.lessonMarkdown());
            if (words < MIN_LESSON_WORDS || words > MAX_LESSON_WORDS) {
                problems.add(new ContentProblem(folder + "lesson.md", 1, "lesson has " + words + " words; keep it between "
                        + MIN_LESSON_WORDS + " and " + MAX_LESSON_WORDS));
            }
            for (String concept : CORE_CONCEPTS) {
                if (unit.items().stream().noneMatch(item -> item.concepts().contains(concept))) {
                    problems.add(new ContentProblem(folder + "items.yaml", 1, "no item tagged " + concept
                            + "; every unit drills the three core concepts"));
                }
            }
        }
        problems.addAll(KeyPositions.check(course, courseDisplay));
        return problems;
    }

    static int wordCount(String markdown) {
        String text = markdown.strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
