package dev.ascent.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Keys that the options' places give away fail the published build. The skewed-keys course is a
 * well-formed course whose single-choice keys are mostly the first option, whose multiple-response
 * keys are mostly the leading options, and whose matching items pair prompt n with option n.
 */
class KeyPositionsTest {
    private static final Path SKEWED = Path.of("src/test/resources/courses/skewed-keys");
    private static final String ITEMS = "c/units/01-basics/items.yaml";

    @Test
    void reportsKeysThatTheOptionPlacesGiveAway() {
        CourseContent course = CourseLoader.load(SKEWED, "c").course();
        assertEquals(List.of(), CourseValidator.validate(SKEWED), "a well-formed course");
        assertEquals(List.of(
                "c/course.yaml:1: 5 of 8 single-choice items are keyed to the first option (keys by position: first 5,"
                        + " second 1, third 1, fourth 1); re-order the options so that the keys spread over the positions",
                "c/course.yaml:1: 5 of 8 multiple-response items are keyed to exactly their first options; re-order the"
                        + " options so that the correct ones are not all listed first",
                ITEMS + ":241: the matching key pairs each prompt with the option in the same place (prompt 1 with"
                        + " option 1, ...); re-order the options",
                ITEMS + ":257: the matching key pairs each prompt with the option in the same place (prompt 1 with"
                        + " option 1, ...); re-order the options"),
                KeyPositions.check(course, "c").stream().map(ContentProblem::toString).toList());
    }

    @Test
    void halfTheKeysAtOnePlaceAndFewerThanEightItemsPass(@TempDir Path tmp) throws IOException {
        Path copy = copy(SKEWED, tmp.resolve("c"));
        Path items = copy.resolve("units/01-basics/items.yaml");
        String text = Files.readString(items);
        // sc8 keyed to its second option instead: 4 of 8 at the first place is not more than half
        text = text.replaceFirst("(- id: sc8\n(?:.*\n){7})    answer: a", "$1    answer: b");
        // mr1 dropped: 4 of 7 keyed to the leading options, too few items to judge
        text = text.replaceFirst("(?s)  - id: mr1\n.*?(  - id: mr2)", "$1");
        Files.writeString(items, text);
        CourseContent course = CourseLoader.fromDirectory(copy);
        assertEquals(List.of(ITEMS + ":227", ITEMS + ":243"), KeyPositions.check(course, "c").stream()
                .map(p -> p.file() + ":" + p.line()).toList(), "only the two matching items in place are left");
    }

    @Test
    void thePublishedBuildFailsOnSkewedKeysAndTheBundledCoursePasses() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CourseValidator.run(new String[]{SKEWED.toString(), "src/test/resources", "--published"},
                new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "courses/skewed-keys/course.yaml:1: 5 of 8 single-choice items are keyed to the first option"), err::toString);

        CourseContent bundled = CourseLoader.fromClasspath(getClass().getClassLoader(), "course");
        assertEquals(List.of(), KeyPositions.check(bundled, "course"));
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
