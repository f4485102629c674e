package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads and checks the figures of one unit's figures.yaml (see the README's "figures.yaml"). */
final class FigureReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final List<String> COMMON = List.of("id", "kind", "caption", "alt");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "decision-boundary", List.of("x-label", "y-label", "positive", "negative", "weights", "bias", "points"),
            "error-bars", List.of("value-label", "pairs"),
            "loss-curves", List.of("range", "errors"),
            "gradient-descent", List.of("x", "y", "start", "learning-rate", "steps", "weights"));
    private static final Map<String, List<String>> OPTIONAL = Map.of("gradient-descent", List.of("interactive"));
    private static final int MAX_STEPS = 50;

    private final NodeReader r;

    FigureReader(NodeReader r) {
        this.r = r;
    }

    /**
     * A figure's id and the line it is defined at, for the checks against the lesson; {@code figure}
     * is null when the definition has problems (the id still counts, so a lesson naming it is not
     * reported a second time).
     */
    record Defined(String id, Figure figure, int line) {
    }

    /** Every figure of the file's {@code figures} list that has an id; problems are recorded. */
    List<Defined> read(Node root) {
        NodeReader.Fields f = r.fields(root, "figures.yaml", List.of("figures"), List.of());
        List<Defined> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n : r.list(f.get("figures"), "figures")) {
            int before = r.problemCount();
            Figure figure = figure(n, ids);
            if (figure != null && figure.id() != null) {
                out.add(new Defined(figure.id(), r.problemCount() == before ? figure : null, NodeReader.line(n)));
            }
        }
        return out;
    }

    private Figure figure(Node n, Set<String> ids) {
        String kind = kindOf(n);
        List<String> required = new ArrayList<>(COMMON);
        List<String> optional = new ArrayList<>();
        if (kind != null && REQUIRED.containsKey(kind)) {
            required.addAll(REQUIRED.get(kind));
            optional.addAll(OPTIONAL.getOrDefault(kind, List.of()));
        } else {
            // kind unknown or missing: accept every kind's fields, report the kind below
            REQUIRED.values().forEach(optional::addAll);
            OPTIONAL.values().forEach(optional::addAll);
        }
        NodeReader.Fields f = r.fields(n, "figure", required, optional);
        String id = r.nonEmpty(f.get("id"), "id");
        if (id != null && !id.isBlank()) {
            if (!ID.matcher(id).matches()) {
                r.problem(f.get("id"), "figure id '" + id + "' may only use a-z, 0-9 and -");
            } else if (!ids.add(id)) {
                r.problem(f.get("id"), "duplicate figure id '" + id + "'");
            }
        }
        String caption = r.nonEmpty(f.get("caption"), "caption");
        String alt = r.nonEmpty(f.get("alt"), "alt");
        if (f.has("kind") && (kind == null || !REQUIRED.containsKey(kind))) {
            r.problem(f.get("kind"), "unknown figure kind '" + kind + "' (use one of " + String.join(", ", Figure.KINDS) + ")");
        }
        if (kind == null || !REQUIRED.containsKey(kind)) {
            return new Figure(id, kind, caption, alt, null, null, null, null);
        }
        Figure figure = switch (kind) {
            case "decision-boundary" -> new Figure(id, kind, caption, alt, decisionBoundary(f), null, null, null);
            case "error-bars" -> new Figure(id, kind, caption, alt, null, errorBars(f), null, null);
            case "loss-curves" -> new Figure(id, kind, caption, alt, null, null, lossCurves(f), null);
            default -> new Figure(id, kind, caption, alt, null, null, null, gradientDescent(f));
        };
        return figure;
    }

    private static String kindOf(Node n) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind") && t.getValueNode() instanceof ScalarNode v) {
                    return v.getValue();
                }
            }
        }
        return null;
    }

    private Figure.DecisionBoundary decisionBoundary(NodeReader.Fields f) {
        List<Double> weights = numbers(f.get("weights"), "weights");
        if (f.has("weights") && weights.size() != 2) {
            r.problem(f.get("weights"), "weights must be two numbers, w1 (across) and w2 (up)");
        }
        Double bias = r.number(f.get("bias"), "bias");
        if (weights.size() == 2 && weights.get(0) == 0 && weights.get(1) == 0) {
            r.problem(f.get("weights"), "weights 0 and 0 draw no boundary");
        }
        List<Figure.ClassPoint> points = new ArrayList<>();
        List<Node> nodes = r.list(f.get("points"), "points");
        if (f.has("points") && nodes.isEmpty()) {
            r.problem(f.get("points"), "a decision-boundary figure needs at least one point");
        }
        for (Node n : nodes) {
            NodeReader.Fields pf = r.fields(n, "point", List.of("x", "y", "class"), List.of("label"));
            Double x = r.number(pf.get("x"), "x");
            Double y = r.number(pf.get("y"), "y");
            String cls = r.nonEmpty(pf.get("class"), "class");
            if (cls != null && !cls.equals("positive") && !cls.equals("negative")) {
                r.problem(pf.get("class"), "class must be positive or negative, not '" + cls + "'");
            }
            String label = pf.has("label") ? r.text(pf.get("label"), "label") : null;
            if (x != null && y != null) {
                points.add(new Figure.ClassPoint(x, y, "positive".equals(cls), label));
            }
        }
        return new Figure.DecisionBoundary(r.nonEmpty(f.get("x-label"), "x-label"), r.nonEmpty(f.get("y-label"), "y-label"),
                r.nonEmpty(f.get("positive"), "positive"), r.nonEmpty(f.get("negative"), "negative"),
                weights.size() == 2 ? weights.get(0) : 0, weights.size() == 2 ? weights.get(1) : 0, bias == null ? 0 : bias,
                points);
    }

    private Figure.ErrorBars errorBars(NodeReader.Fields f) {
        List<Figure.Pair> pairs = new ArrayList<>();
        List<Node> nodes = r.list(f.get("pairs"), "pairs");
        if (f.has("pairs") && nodes.isEmpty()) {
            r.problem(f.get("pairs"), "an error-bars figure needs at least one pair");
        }
        for (Node n : nodes) {
            NodeReader.Fields pf = r.fields(n, "pair", List.of("label", "true", "predicted"), List.of());
            String label = r.nonEmpty(pf.get("label"), "label");
            Double truth = r.number(pf.get("true"), "true");
            Double predicted = r.number(pf.get("predicted"), "predicted");
            if (truth != null && predicted != null) {
                pairs.add(new Figure.Pair(label, truth, predicted));
            }
        }
        return new Figure.ErrorBars(r.nonEmpty(f.get("value-label"), "value-label"), pairs);
    }

    private Figure.LossCurves lossCurves(NodeReader.Fields f) {
        Double range = r.number(f.get("range"), "range");
        if (range != null && range <= 0) {
            r.problem(f.get("range"), "range must be greater than 0");
        }
        List<Double> errors = numbers(f.get("errors"), "errors");
        if (range != null) {
            for (Double e : errors) {
                if (Math.abs(e) > range) {
                    r.problem(f.get("errors"), "error " + FigureRenderer.plain(e) + " lies outside the range −"
                            + FigureRenderer.plain(range) + " to " + FigureRenderer.plain(range));
                }
            }
        }
        return new Figure.LossCurves(range == null ? 1 : range, errors);
    }

    private Figure.GradientDescent gradientDescent(NodeReader.Fields f) {
        Double x = r.number(f.get("x"), "x");
        Double y = r.number(f.get("y"), "y");
        Double start = r.number(f.get("start"), "start");
        Double rate = r.number(f.get("learning-rate"), "learning-rate");
        Integer steps = r.integer(f.get("steps"), "steps");
        List<Double> range = numbers(f.get("weights"), "weights");
        if (x != null && x == 0) {
            r.problem(f.get("x"), "x must not be 0: the loss would not depend on the weight");
        }
        if (rate != null && rate <= 0) {
            r.problem(f.get("learning-rate"), "learning-rate must be greater than 0");
        }
        if (steps != null && (steps < 1 || steps > MAX_STEPS)) {
            r.problem(f.get("steps"), "steps must be from 1 to " + MAX_STEPS);
        }
        boolean rangeOk = range.size() == 2 && range.get(0) < range.get(1);
        if (f.has("weights") && !rangeOk) {
            r.problem(f.get("weights"), "weights must be the two ends of the weight axis, smallest first");
        }
        if (rangeOk && start != null && (start < range.get(0) || start > range.get(1))) {
            r.problem(f.get("start"), "start " + FigureRenderer.plain(start) + " lies outside the weight axis");
        }
        List<Double> rates = List.of();
        double startMin = 0;
        double startMax = 0;
        double startStep = 0;
        if (f.has("interactive")) {
            NodeReader.Fields inf = r.fields(f.get("interactive"), "interactive",
                    List.of("learning-rates", "start-min", "start-max", "start-step"), List.of());
            rates = numbers(inf.get("learning-rates"), "learning-rates");
            if (inf.has("learning-rates") && rates.size() < 2) {
                r.problem(inf.get("learning-rates"), "an interactive figure offers at least two learning rates");
            }
            if (rates.stream().anyMatch(v -> v <= 0)) {
                r.problem(inf.get("learning-rates"), "every learning rate must be greater than 0");
            }
            if (rate != null && !rates.isEmpty() && !rates.contains(rate)) {
                r.problem(inf.get("learning-rates"), "learning-rates must include the figure's learning-rate "
                        + FigureRenderer.plain(rate));
            }
            Double min = r.number(inf.get("start-min"), "start-min");
            Double max = r.number(inf.get("start-max"), "start-max");
            Double step = r.number(inf.get("start-step"), "start-step");
            if (min != null && max != null && step != null) {
                if (min >= max || step <= 0) {
                    r.problem(inf.get("start-min"), "start-min must be below start-max and start-step greater than 0");
                } else if (rangeOk && (min < range.get(0) || max > range.get(1))) {
                    r.problem(inf.get("start-min"), "the starting weights must lie on the weight axis");
                } else if (start != null && (start < min || start > max)) {
                    r.problem(f.get("start"), "start must lie between start-min and start-max");
                }
                startMin = min;
                startMax = max;
                startStep = step;
            }
        }
        return new Figure.GradientDescent(x == null ? 1 : x, y == null ? 0 : y, start == null ? 0 : start,
                rate == null ? 0 : rate, steps == null ? 1 : steps, rangeOk ? range.get(0) : 0, rangeOk ? range.get(1) : 1,
                rates, startMin, startMax, startStep);
    }

    private List<Double> numbers(Node node, String field) {
        List<Double> out = new ArrayList<>();
        for (Node n : r.list(node, field)) {
            Double d = r.number(n, field);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }
}
