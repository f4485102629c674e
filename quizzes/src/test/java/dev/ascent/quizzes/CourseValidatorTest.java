package dev.ascent.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under src/test/resources/courses/ is the valid test course with one kind of error
 * from the README's "What the validator checks"; the expected problems name the exact line.
 */
class CourseValidatorTest {
    private static final String ITEMS = "units/01-basics/items.yaml";
    private static final String UNIT = "units/01-basics/unit.yaml";
    private static final String LESSON = "units/01-basics/lesson.md";
    private static final String FIGURES = "units/01-basics/figures.yaml";

    static Stream<Arguments> brokenCourses() {
        return Stream.of(
                Arguments.of("bad-yaml", List.of(
                        ITEMS + ":4: invalid YAML: mapping values are not allowed here")),
                Arguments.of("unknown-field", List.of(
                        ITEMS + ":11: unknown field 'hint' in item",
                        ITEMS + ":16: unknown item type 'essay' (use one of single-choice, multiple-response, "
                                + "true-false, numeric, ordering, matching, short-text)")),
                Arguments.of("missing-answer", List.of(
                        ITEMS + ":2: missing correct answer: no 'answer' or 'answer-when'")),
                Arguments.of("ambiguous-answer", List.of(
                        ITEMS + ":8: ambiguous answer: a single-choice item has exactly one correct option, not 2 (a, b)",
                        ITEMS + ":58: the ordering must list every option exactly once; missing c",
                        ITEMS + ":74: missing correct answer: prompt 'p2' has no answer",
                        ITEMS + ":99: ambiguous answer: answer-when conditions for a, b all hold for p=0.5, t=0.5")),
                Arguments.of("duplicate-id", List.of(
                        ITEMS + ":7: duplicate id 'a' in options",
                        ITEMS + ":14: duplicate item id 'u1-q01' (first at src/test/resources/courses/duplicate-id/"
                                + ITEMS + ":2)")),
                Arguments.of("unknown-option", List.of(
                        ITEMS + ":8: answer refers to unknown option 'c'",
                        ITEMS + ":74: answer refers to unknown prompt 'p3'",
                        ITEMS + ":74: missing correct answer: prompt 'p2' has no answer")),
                Arguments.of("numeric-without-tolerance", List.of(
                        ITEMS + ":14: numeric item without 'tolerance'")),
                Arguments.of("bad-formula", List.of(
                        ITEMS + ":20: formula 'x / (y - 2)' gives Infinity for x=4, y=2",
                        ITEMS + ":31: {{z}} is not a parameter or let value of this item",
                        ITEMS + ":32: formula '2 * (1 +' does not parse: unexpected end of formula at column 9")),
                Arguments.of("empty-feedback", List.of(
                        ITEMS + ":7: empty feedback",
                        ITEMS + ":27: empty explanation")),
                Arguments.of("no-objectives", List.of(
                        UNIT + ":4: a unit needs at least one objective",
                        ITEMS + ":11: unknown objective 'u1-o1' (this unit has none)",
                        ITEMS + ":26: unknown objective 'u1-o1' (this unit has none)")),
                Arguments.of("no-lesson", List.of(
                        "units/01-basics/lesson.md:1: unit without a lesson: lesson.md is missing")),
                Arguments.of("unknown-reference", List.of(
                        ITEMS + ":9: unknown concept 'algebra' (course.yaml has basics)",
                        ITEMS + ":26: unknown objective 'u1-o9' (this unit has u1-o1)")),
                Arguments.of("untaught-objective", List.of(
                        UNIT + ":7: unknown section 'products' in taught-in (lesson.md has sums)",
                        UNIT + ":8: objective 'u1-o2' is taught by no section of the lesson: add taught-in: [anchor, ...]"
                                + " naming the sections that teach it")),
                Arguments.of("hostile-lesson", List.of(
                        LESSON + ":5: raw HTML is not allowed in a lesson: <script>alert('owned')</script>",
                        LESSON + ":9: link target 'javascript:alert(document.cookie)' is not allowed: use http, https,"
                                + " mailto or a relative link",
                        LESSON + ":10: raw HTML is not allowed in a lesson: <img src=\"x\" onerror=\"alert(1)\">")),
                Arguments.of("bad-figures", List.of(
                        FIGURES + ":6: x must not be 0: the loss would not depend on the weight",
                        FIGURES + ":8: start 12 lies outside the weight axis",
                        FIGURES + ":12: figure 'unused' is not placed in lesson.md: add a figure block (```figure, then the id)"
                                + " where it belongs",
                        FIGURES + ":18: figure 'pie' is not placed in lesson.md: add a figure block (```figure, then the id)"
                                + " where it belongs",
                        FIGURES + ":19: unknown figure kind 'pie-chart' (use one of decision-boundary, error-bars,"
                                + " loss-curves, gradient-descent)",
                        LESSON + ":11: unknown figure 'nowhere' (figures.yaml has descent, unused, pie)")),
                Arguments.of("pool-too-small", List.of(
                        UNIT + ":13: pool smaller than draw: the quiz draws 3 items but items.yaml has 2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCourses")
    void reportsEachProblemAtItsLine(String course, List<String> expected) {
        String base = "src/test/resources/courses/" + course + "/";
        List<String> actual = CourseValidator.validate(Path.of(base)).stream().map(ContentProblem::toString).toList();
        assertEquals(expected.stream().map(e -> base + e).toList(), actual);
    }

    @Test
    void loaderThrowsWithAllProblems() {
        CourseFormatException e = assertThrows(CourseFormatException.class,
                () -> CourseLoader.fromDirectory(Path.of("src/test/resources/courses/empty-feedback")));
        assertEquals(2, e.problems().size());
        assertEquals(new ContentProblem("src/test/resources/courses/empty-feedback/" + ITEMS, 7, "empty feedback"), e.problems().get(0));
    }

    @Test
    void validCourseHasNoProblemsAndLoadsEveryField() {
        assertEquals(List.of(), CourseValidator.validate(Path.of("src/test/resources/courses/valid")));
        CourseContent course = CourseLoader.fromClasspath(getClass().getClassLoader(), "courses/valid");
        assertEquals("test-course", course.id());
        assertEquals(List.of(new Concept("basics", "The basics")), course.concepts());
        UnitContent unit = course.units().get(0);
        assertEquals(1, unit.number());
        assertEquals("01-basics", unit.folder());
        assertEquals(List.of(new Objective("u1-o1", "Add two numbers.", List.of("sums"))), unit.objectives());
        assertEquals(List.of(new KeyTerm("Sum", "The result of adding numbers.")), unit.keyTerms());
        assertEquals(new QuizSpec("Quiz: basics", 8, 50, null, 0), unit.quiz());
        assertTrue(unit.lessonMarkdown().startsWith("# Basics"));
        Item first = unit.items().get(0);
        assertEquals(new AuthoredChoice("a", "2", "Right."), first.options().get(0));
        assertEquals(new AuthoredChoice("b", "3", null), first.options().get(1));
        assertEquals("courses/valid/" + ITEMS, first.file());
        assertEquals(2, first.line());
        assertEquals(Difficulty.EASY, first.difficulty());
        Item numeric = unit.items().get(1);
        assertEquals(new Param("y", null, null, null, List.of(2.0, 4.0, 3.0), List.of(3.0)), numeric.params().get(1));
        assertEquals("s", numeric.answerFormula());
        assertEquals(new Tolerance(0.001, false), numeric.tolerance());
        assertEquals(14, numeric.line());
        assertEquals(64, course.contentHash().length());
    }

    @Test
    void contentHashChangesWithAnyFile(@TempDir Path tmp) throws IOException {
        Path copy = copy(Path.of("src/test/resources/courses/valid"), tmp.resolve("c"));
        String before = CourseLoader.fromDirectory(copy).contentHash();
        assertEquals(before, CourseLoader.fromDirectory(copy).contentHash());
        Files.writeString(copy.resolve("units/01-basics/lesson.md"), "# Basics\n\n## Sums\n\nChanged.\n");
        assertNotEquals(before, CourseLoader.fromDirectory(copy).contentHash());
    }

    @Test
    void contentHashCoversTheFigures(@TempDir Path tmp) throws IOException {
        Path copy = copy(Path.of("src/test/resources/courses/figures"), tmp.resolve("c"));
        CourseContent before = CourseLoader.fromDirectory(copy);
        assertEquals(List.of("descent", "bars"), before.units().get(0).figures().stream().map(Figure::id).toList());
        Path figures = copy.resolve("units/01-basics/figures.yaml");
        Files.writeString(figures, Files.readString(figures).replace("predicted: 41", "predicted: 42"));
        CourseContent after = CourseLoader.fromDirectory(copy);
        assertNotEquals(before.contentHash(), after.contentHash());
        assertEquals(42, after.units().get(0).figures().get(1).errorBars().pairs().get(1).predicted());
    }

    @Test
    void publishingStandardsReportSmallPoolsShortLessonsMissingCoreConceptsAndKeysInPlace() {
        CourseContent small = CourseLoader.fromDirectory(Path.of("src/test/resources/courses/valid"));
        assertEquals(List.of(
                "c/units/01-basics/items.yaml:1: pool of 8 items; a published unit needs at least 15",
                "c/units/01-basics/lesson.md:1: lesson has " + PublishingStandards.wordCount(small.units().get(0).lessonMarkdown())
                        + " words; keep it between 600 and 1500",
                "c/units/01-basics/items.yaml:1: no item tagged decision-process; every unit drills the three core concepts",
                "c/units/01-basics/items.yaml:1: no item tagged error-function; every unit drills the three core concepts",
                "c/units/01-basics/items.yaml:1: no item tagged model-optimization; every unit drills the three core concepts",
                "c/units/01-basics/items.yaml:64: the matching key pairs each prompt with the option in the same place"
                        + " (prompt 1 with option 1, ...); re-order the options"),
                PublishingStandards.check(small, "c").stream().map(ContentProblem::toString).toList());
        int status = CourseValidator.run(new String[]{"src/test/resources/courses/valid", "src/test/resources", "--published"},
                new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(new ByteArrayOutputStream(), true));
        assertEquals(1, status);
    }

    @Test
    void mainPrintsTheSummaryOrTheProblems() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int ok = CourseValidator.run(new String[]{"src/test/resources/courses/valid", "src/test/resources"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, ok);
        assertEquals("course OK: 1 units, 8 items (single-choice 2, multiple-response 1, true-false 1, numeric 1, "
                + "ordering 1, matching 1, short-text 1; computed 2), concepts: basics 8\n", out.toString(StandardCharsets.UTF_8));

        int broken = CourseValidator.run(new String[]{"src/test/resources/courses/no-lesson", "src/test/resources"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, broken);
        assertEquals("courses/no-lesson/units/01-basics/lesson.md:1: unit without a lesson: lesson.md is missing\n"
                + "1 problem in the course under courses/no-lesson\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bundledCourseLoadsFromTheClasspathAndMeetsThePublishingStandards() {
        CourseContent course = CourseLoader.fromClasspath(getClass().getClassLoader(), "course");
        assertTrue(course.units().size() >= 8);
        assertEquals(List.of(), PublishingStandards.check(course, "course"));
        for (UnitContent unit : course.units()) {
            assertTrue(unit.items().size() >= unit.quiz().draw(), unit.folder());
            for (Item item : unit.items()) {
                for (long seed = 0; seed < 20; seed++) {
                    RenderedItem r = item.render(seed);
                    assertEquals(item.id(), r.itemId());
                    assertTrue(r.correctNumber() == null || Double.isFinite(r.correctNumber()), item.id());
                }
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
