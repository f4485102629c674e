package dev.ascent.quizzes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a course (course.yaml, then units/&lt;folder&gt;/unit.yaml, lesson.md, items.yaml and the
 * optional figures.yaml for each folder listed) and checks everything the README lists. Files are read by name only, never by
 * scanning, so loading from the classpath also works inside an application server's VFS.
 */
public final class CourseLoader {
    private static final List<String> COURSE_FIELDS = List.of("id", "title", "summary", "concepts", "units");
    private static final List<String> UNIT_FIELDS = List.of("id", "title", "summary", "objectives", "quiz");
    private static final List<String> QUIZ_FIELDS = List.of("title", "draw", "pass-mark");

    /** Reads a file of the course by its path relative to the course folder; null when missing. */
    @FunctionalInterface
    interface Source {
        byte[] read(String relativePath) throws IOException;
    }

    /** The course (null when course.yaml itself is unusable) and every problem found. */
    record Result(CourseContent course, List<ContentProblem> problems) {
    }

    private final Source source;
    private final String displayBase;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final MessageDigest digest;
    private final Map<String, String> unitIds = new LinkedHashMap<>();
    private final Map<String, String> objectiveIds = new LinkedHashMap<>();
    private final Map<String, String> itemIds = new LinkedHashMap<>();

    private CourseLoader(Source source, String displayBase) {
        this.source = source;
        this.displayBase = displayBase;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a course folder; throws {@link CourseFormatException} listing every problem. */
    public static CourseContent fromDirectory(Path courseDir) {
        return orThrow(load(courseDir, display(courseDir)));
    }

    /**
     * Loads the course under {@code basePath} (e.g. {@code course}) with
     * {@link ClassLoader#getResourceAsStream}; throws {@link CourseFormatException} listing every problem.
     */
    public static CourseContent fromClasspath(ClassLoader cl, String basePath) {
        String base = basePath.replaceAll("^/+|/+$", ""); // ClassLoader resource names have no leading slash
        Source source = rel -> {
            try (InputStream in = cl.getResourceAsStream(base + "/" + rel)) {
                return in == null ? null : in.readAllBytes();
            }
        };
        return orThrow(new CourseLoader(source, base).load());
    }

    /** Loads with problems collected, not thrown; {@code displayBase} prefixes the paths in problems. */
    static Result load(Path courseDir, String displayBase) {
        Source source = rel -> {
            try {
                return Files.readAllBytes(courseDir.resolve(rel));
            } catch (NoSuchFileException e) {
                return null;
            }
        };
        return new CourseLoader(source, displayBase).load();
    }

    static String display(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }

    private static CourseContent orThrow(Result result) {
        if (!result.problems().isEmpty()) {
            throw new CourseFormatException(result.problems());
        }
        return result.course();
    }

    private String path(String rel) {
        return displayBase.isEmpty() ? rel : displayBase + "/" + rel;
    }

    /** Reads a file and adds it to the content hash; null when missing. */
    private String read(String rel) {
        byte[] bytes;
        try {
            bytes = source.read(rel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path(rel), e);
        }
        if (bytes == null) {
            return null;
        }
        // name and length first, so moving text from one file to the next changes the hash too
        digest.update((rel + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private Result load() {
        String rel = "course.yaml";
        String text = read(rel);
        NodeReader r = new NodeReader(path(rel), problems);
        if (text == null) {
            r.problem(1, "course.yaml not found");
            return new Result(null, problems);
        }
        Node root = r.parse(text);
        if (root == null) {
            return new Result(null, problems);
        }
        NodeReader.Fields f = r.fields(root, "course.yaml", COURSE_FIELDS, List.of());
        String id = r.nonEmpty(f.get("id"), "id");
        String title = r.nonEmpty(f.get("title"), "title");
        String summary = r.nonEmpty(f.get("summary"), "summary");

        List<Concept> concepts = new ArrayList<>();
        Set<String> conceptIds = new LinkedHashSet<>();
        List<Node> conceptNodes = r.list(f.get("concepts"), "concepts");
        if (f.has("concepts") && conceptNodes.isEmpty()) {
            r.problem(f.get("concepts"), "the course needs at least one concept");
        }
        for (Node n : conceptNodes) {
            NodeReader.Fields cf = r.fields(n, "concept", List.of("id", "title"), List.of());
            String cid = r.nonEmpty(cf.get("id"), "id");
            if (cid != null && !conceptIds.add(cid)) {
                r.problem(cf.get("id"), "duplicate concept id '" + cid + "'");
            }
            concepts.add(new Concept(cid, r.nonEmpty(cf.get("title"), "title")));
        }

        List<UnitContent> units = new ArrayList<>();
        List<Node> folderNodes = r.list(f.get("units"), "units");
        if (f.has("units") && folderNodes.isEmpty()) {
            r.problem(f.get("units"), "the course needs at least one unit");
        }
        Set<String> folders = new LinkedHashSet<>();
        for (Node n : folderNodes) {
            String folder = r.nonEmpty(n, "unit folder");
            if (folder == null || folder.isBlank()) {
                continue;
            }
            if (!folders.add(folder)) {
                r.problem(n, "unit folder '" + folder + "' is listed twice");
                continue;
            }
            UnitContent unit = loadUnit(folder, units.size() + 1, conceptIds, r, n);
            if (unit != null) {
                units.add(unit);
            }
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        return new Result(new CourseContent(id, title, summary, concepts, units, hash), sorted(problems));
    }

    private UnitContent loadUnit(String folder, int number, Set<String> conceptIds, NodeReader courseReader, Node folderNode) {
        String dir = "units/" + folder + "/";
        String unitText = read(dir + "unit.yaml");
        if (unitText == null) {
            courseReader.problem(folderNode, "unit folder '" + folder + "' has no unit.yaml");
            return null;
        }
        NodeReader r = new NodeReader(path(dir + "unit.yaml"), problems);
        Node root = r.parse(unitText);
        NodeReader.Fields f = root == null ? new NodeReader.Fields(null)
                : r.fields(root, "unit.yaml", UNIT_FIELDS, List.of("key-terms"));
        String id = r.nonEmpty(f.get("id"), "id");
        unique(unitIds, id, "unit id", r, f.get("id"));
        String title = r.nonEmpty(f.get("title"), "title");
        String summary = r.nonEmpty(f.get("summary"), "summary");

        List<Objective> objectives = new ArrayList<>();
        List<Node> objectiveNodes = r.list(f.get("objectives"), "objectives");
        if (f.has("objectives") && objectiveNodes.isEmpty()) {
            r.problem(f.get("objectives"), "a unit needs at least one objective");
        }
        Map<Node, List<Node>> taughtIn = new LinkedHashMap<>();
        for (Node n : objectiveNodes) {
            NodeReader.Fields of = r.fields(n, "objective", List.of("id", "text"), List.of("taught-in"));
            String oid = r.nonEmpty(of.get("id"), "id");
            unique(objectiveIds, oid, "objective id", r, of.get("id"));
            List<Node> anchorNodes = r.list(of.get("taught-in"), "taught-in");
            taughtIn.put(n, anchorNodes);
            objectives.add(new Objective(oid, r.nonEmpty(of.get("text"), "text"), r.texts(anchorNodes, "taught-in")));
        }
        List<KeyTerm> keyTerms = new ArrayList<>();
        for (Node n : r.list(f.get("key-terms"), "key-terms")) {
            NodeReader.Fields kf = r.fields(n, "key term", List.of("term", "definition"), List.of());
            keyTerms.add(new KeyTerm(r.nonEmpty(kf.get("term"), "term"), r.nonEmpty(kf.get("definition"), "definition")));
        }
        NodeReader.Fields qf = f.has("quiz") ? r.fields(f.get("quiz"), "quiz", QUIZ_FIELDS,
                List.of("time-limit-minutes", "attempts-allowed")) : null;
        QuizSpec quiz = qf == null ? null : quiz(r, qf);

        String lesson = read(dir + "lesson.md");
        if (lesson == null) {
            problems.add(new ContentProblem(path(dir + "lesson.md"), 1, "unit without a lesson: lesson.md is missing"));
        } else if (lesson.isBlank()) {
            problems.add(new ContentProblem(path(dir + "lesson.md"), 1, "unit without a lesson: lesson.md is empty"));
        }
        LessonRenderer.LessonCheck lessonCheck = lesson == null || lesson.isBlank() ? null : LessonRenderer.check(lesson);
        if (lessonCheck != null) {
            lessonCheck.problems().forEach(p -> problems.add(new ContentProblem(path(dir + "lesson.md"), p.line(), p.message())));
            taughtIn(r, objectives, taughtIn, lessonCheck.sections());
        }

        Set<String> unitObjectives = new LinkedHashSet<>();
        objectives.forEach(o -> unitObjectives.add(o.id()));
        List<Item> items = new ArrayList<>();
        int written = items(dir + "items.yaml", new ItemReader.Context(conceptIds, root == null ? null : unitObjectives, itemIds), items);
        // counts items as written, broken or not, so that one broken item is not reported twice
        if (quiz != null && written >= 0 && written < quiz.draw()) {
            r.problem(qf.get("draw"), "pool smaller than draw: the quiz draws " + quiz.draw() + " items but items.yaml has "
                    + written);
        }
        List<Figure> figures = figures(dir, lessonCheck);
        if (root == null || quiz == null) {
            return null;
        }
        return new UnitContent(id, number, folder, title, summary, objectives, keyTerms, lesson, quiz, items, figures);
    }

    /**
     * Checks each objective's {@code taught-in} against the lesson's sections: at least one, and
     * every anchor one the lesson has.
     */
    private static void taughtIn(NodeReader r, List<Objective> objectives, Map<Node, List<Node>> taughtIn,
                                 List<RenderedLesson.LessonSection> sections) {
        List<String> anchors = sections.stream().map(RenderedLesson.LessonSection::anchor).toList();
        int i = 0;
        for (Map.Entry<Node, List<Node>> entry : taughtIn.entrySet()) {
            Objective objective = objectives.get(i++);
            if (entry.getValue().isEmpty()) {
                r.problem(entry.getKey(), "objective '" + objective.id() + "' is taught by no section of the lesson:"
                        + " add taught-in: [anchor, ...] naming the sections that teach it");
            }
            for (Node n : entry.getValue()) {
                String anchor = n instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : null;
                if (anchor != null && !anchors.contains(anchor)) {
                    r.problem(n, "unknown section '" + anchor + "' in taught-in (lesson.md has "
                            + (anchors.isEmpty() ? "no sections" : String.join(", ", anchors)) + ")");
                }
            }
        }
    }

    /**
     * Reads the unit's figures.yaml (optional) and checks it against the figure blocks of the
     * lesson: every block names a figure of this unit, once; every figure is placed.
     */
    private List<Figure> figures(String dir, LessonRenderer.LessonCheck lesson) {
        String rel = dir + "figures.yaml";
        String text = read(rel);
        NodeReader r = new NodeReader(path(rel), problems);
        List<FigureReader.Defined> defined = new ArrayList<>();
        if (text != null) {
            Node root = r.parse(text);
            if (root == null) {
                return List.of();
            }
            defined = new FigureReader(r).read(root);
        }
        List<Figure> usable = defined.stream().map(FigureReader.Defined::figure).filter(java.util.Objects::nonNull).toList();
        if (lesson == null) {
            return usable;
        }
        List<String> ids = defined.stream().map(FigureReader.Defined::id).toList();
        Map<String, Integer> placed = new LinkedHashMap<>();
        for (LessonRenderer.FigureRef ref : lesson.figures()) {
            Integer first = placed.putIfAbsent(ref.id(), ref.line());
            if (first != null) {
                problems.add(new ContentProblem(path(dir + "lesson.md"), ref.line(),
                        "figure '" + ref.id() + "' is placed twice (first at line " + first + ")"));
            } else if (!ids.contains(ref.id())) {
                problems.add(new ContentProblem(path(dir + "lesson.md"), ref.line(), "unknown figure '" + ref.id() + "' ("
                        + (text == null ? "the unit has no figures.yaml" : "figures.yaml has " + String.join(", ", ids)) + ")"));
            }
        }
        for (FigureReader.Defined d : defined) {
            if (!placed.containsKey(d.id())) {
                r.problem(d.line(), "figure '" + d.id() + "' is not placed in lesson.md: add a figure block"
                        + " (```figure, then the id) where it belongs");
            }
        }
        return usable;
    }

    private static QuizSpec quiz(NodeReader r, NodeReader.Fields f) {
        String title = r.nonEmpty(f.get("title"), "title");
        Integer draw = r.integer(f.get("draw"), "draw");
        Integer passMark = r.integer(f.get("pass-mark"), "pass-mark");
        Integer timeLimit = r.integer(f.get("time-limit-minutes"), "time-limit-minutes");
        Integer attempts = r.integer(f.get("attempts-allowed"), "attempts-allowed");
        if (draw != null && draw < 1) {
            r.problem(f.get("draw"), "draw must be at least 1");
        }
        if (passMark != null && (passMark < 0 || passMark > 100)) {
            r.problem(f.get("pass-mark"), "pass-mark must be a percentage from 0 to 100");
        }
        if (timeLimit != null && timeLimit < 1) {
            r.problem(f.get("time-limit-minutes"), "time-limit-minutes must be at least 1; omit it for no limit");
        }
        if (attempts != null && attempts < 0) {
            r.problem(f.get("attempts-allowed"), "attempts-allowed must be 0 (unlimited) or more");
        }
        if (title == null || draw == null || passMark == null) {
            return null;
        }
        return new QuizSpec(title, draw, passMark, timeLimit, attempts == null ? 0 : attempts);
    }

    /**
     * Adds the unit's usable items to {@code items}; returns how many items the file has, broken
     * ones included, or -1 when items.yaml is missing or not YAML.
     */
    private int items(String rel, ItemReader.Context ctx, List<Item> items) {
        String text = read(rel);
        NodeReader r = new NodeReader(path(rel), problems);
        if (text == null) {
            r.problem(1, "items.yaml is missing");
            return -1;
        }
        Node root = r.parse(text);
        if (root == null) {
            return -1;
        }
        NodeReader.Fields f = r.fields(root, "items.yaml", List.of("items"), List.of());
        ItemReader reader = new ItemReader(r, ctx);
        List<Node> nodes = r.list(f.get("items"), "items");
        for (Node n : nodes) {
            Item item = reader.read(n);
            if (item != null) {
                items.add(item);
            }
        }
        return nodes.size();
    }

    /** Files in the order they were read, each file's problems by line (stable for equal lines). */
    private static List<ContentProblem> sorted(List<ContentProblem> problems) {
        List<String> files = problems.stream().map(ContentProblem::file).distinct().toList();
        return problems.stream()
                .sorted(Comparator.comparingInt((ContentProblem p) -> files.indexOf(p.file())).thenComparingInt(ContentProblem::line))
                .toList();
    }

    /** Records {@code id} in a course-wide map, reporting a duplicate at its line. */
    private static void unique(Map<String, String> seen, String id, String what, NodeReader r, Node node) {
        if (id == null || id.isBlank()) {
            return;
        }
        String first = seen.putIfAbsent(id, r.file + ":" + NodeReader.line(node));
        if (first != null) {
            r.problem(node, "duplicate " + what + " '" + id + "' (first at " + first + ")");
        }
    }
}
