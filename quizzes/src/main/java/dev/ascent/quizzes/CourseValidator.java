package dev.ascent.quizzes;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a course folder and reports every problem as {@code file:line: message}.
 *
 * <p>All checks run while loading (see {@link CourseLoader} and the README's "What the validator
 * checks"), where every YAML value still has its line; this class collects them and is the
 * build's entry point: {@code CourseValidator <courseDir> [<rootDir>] [--published]} prints problems with paths
 * relative to {@code rootDir} (default: the working directory) and exits 1 when there are any.
 * With {@code --published} (as the build runs it on the bundled course) it also holds the course
 * to the {@link PublishingStandards}.
 */
public final class CourseValidator {
    private CourseValidator() {
    }

    /** Every problem in the course folder; empty when the course is fine. Paths are shown as given. */
    public static List<ContentProblem> validate(Path courseDir) {
        return CourseLoader.load(courseDir, CourseLoader.display(courseDir)).problems();
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            // exec:java is configured with blockSystemExit, so this fails the build without killing Maven
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean published = List.of(args).contains("--published");
        List<String> paths = List.of(args).stream().filter(arg -> !arg.equals("--published")).toList();
        if (paths.isEmpty() || paths.size() > 2) {
            err.println("usage: CourseValidator <courseDir> [<rootDir>] [--published]");
            return 2;
        }
        Path courseDir = Path.of(paths.get(0)).toAbsolutePath().normalize();
        Path root = Path.of(paths.size() > 1 ? paths.get(1) : "").toAbsolutePath().normalize();
        String display = CourseLoader.display(courseDir.startsWith(root) ? root.relativize(courseDir) : courseDir);
        CourseLoader.Result result = CourseLoader.load(courseDir, display);
        List<ContentProblem> problems = result.problems().isEmpty() && published
                ? PublishingStandards.check(result.course(), display)
                : result.problems();
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in the course under " + display);
            return 1;
        }
        out.println(summary(result.course()));
        return 0;
    }

    /** {@code course OK: 8 units, 140 items (single-choice 40, ...), concepts: decision-process 35, ...} */
    static String summary(CourseContent course) {
        List<Item> items = course.units().stream().flatMap(u -> u.items().stream()).toList();
        Map<ItemType, Long> byType = new EnumMap<>(ItemType.class);
        items.forEach(i -> byType.merge(i.type(), 1L, Long::sum));
        Map<String, Long> byConcept = new LinkedHashMap<>();
        course.concepts().forEach(c -> byConcept.put(c.id(), 0L));
        items.forEach(i -> i.concepts().forEach(c -> byConcept.merge(c, 1L, Long::sum)));
        long computed = items.stream().filter(Item::isComputed).count();
        return "course OK: " + course.units().size() + " units, " + items.size() + " items ("
                + byType.entrySet().stream().map(e -> e.getKey().yamlName() + " " + e.getValue()).collect(Collectors.joining(", "))
                + "; computed " + computed + "), concepts: "
                + byConcept.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
