package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * What makes an item computed: its {@code params} (drawn per attempt) and {@code let} values, and
 * the formulas over them (a numeric answer, answer-when conditions). Reads and checks them when
 * made; {@link #checkDraws} then evaluates every formula over {@value #DRAWS} draws.
 */
final class ItemFormulas {
    /** Seeds 0..DRAWS-1 are tried for every computed item. */
    static final int DRAWS = 500;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final NodeReader r;
    private final NodeReader.Fields f;
    private final List<Param> params;
    private final Map<String, Formula> lets = new LinkedHashMap<>();
    /** The params' and let values' names, in declaration order. */
    private final Set<String> names;

    ItemFormulas(NodeReader r, NodeReader.Fields f) {
        this.r = r;
        this.f = f;
        this.params = params(f.get("params"));
        this.names = params.stream().map(Param::name).collect(Collectors.toCollection(LinkedHashSet::new));
        for (NodeTuple t : r.entries(f.get("let"), "let")) {
            String name = r.text(t.getKeyNode(), "let");
            checkName(t.getKeyNode(), name, names);
            Formula formula = formula(t.getValueNode(), names);
            names.add(name);
            if (formula != null) {
                lets.put(name, formula);
            }
        }
    }

    List<Param> params() {
        return params;
    }

    /** The names a placeholder or formula of this item may use. */
    Set<String> names() {
        return Collections.unmodifiableSet(names);
    }

    /** The let formulas as written, in order. */
    Map<String, String> letTexts() {
        return lets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().text(), (x, y) -> x, LinkedHashMap::new));
    }

    /** A formula over the params and let values; null (reported) when it does not parse or uses an unknown name. */
    Formula formula(Node node) {
        return formula(node, names);
    }

    private List<Param> params(Node node) {
        List<Param> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (NodeTuple t : r.entries(node, "params")) {
            String name = r.text(t.getKeyNode(), "params");
            checkName(t.getKeyNode(), name, names);
            names.add(name);
            Node v = t.getValueNode();
            NodeReader.Fields f = r.fields(v, "parameter '" + name + "'", List.of(), List.of("min", "max", "step", "values", "not"));
            Double min = r.number(f.get("min"), "min"), max = r.number(f.get("max"), "max"), step = r.number(f.get("step"), "step");
            List<Double> values = numbers(f.get("values"), "values");
            List<Double> not = numbers(f.get("not"), "not");
            boolean range = f.has("min") || f.has("max") || f.has("step");
            if (f.has("values") == range) {
                r.problem(v, "parameter '" + name + "' needs either 'values' or 'min', 'max' and 'step'");
            } else if (range && (min == null || max == null || step == null)) {
                r.problem(v, "parameter '" + name + "' needs 'min', 'max' and 'step'");
            } else if (range && (step <= 0 || min > max)) {
                r.problem(v, "parameter '" + name + "' needs step > 0 and min <= max");
            }
            Param p = new Param(name, min, max, step, values, not);
            int count = p.candidates().size();
            if (count == 0) {
                r.problem(v, "parameter '" + name + "' has no values to draw from");
            } else if (count > Param.MAX_CANDIDATES) {
                r.problem(v, "parameter '" + name + "' has more than " + Param.MAX_CANDIDATES + " values; check 'step'");
            }
            params.add(p);
        }
        return params;
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

    private void checkName(Node node, String name, Set<String> taken) {
        if (name == null) {
            return;
        }
        if (!NAME.matcher(name).matches()) {
            r.problem(node, "'" + name + "' is not a valid name (letters, digits and _, not starting with a digit)");
        } else if (taken.contains(name)) {
            r.problem(node, "'" + name + "' is defined twice");
        }
    }

    /** Parses a formula and checks that it only uses known names; null (reported) when it cannot. */
    private Formula formula(Node node, Set<String> names) {
        String text = r.text(node, "formula");
        if (text == null) {
            return null;
        }
        try {
            Formula formula = Formula.parse(text);
            for (String v : formula.variables()) {
                if (!names.contains(v)) {
                    r.problem(node, "formula '" + text + "' uses unknown name '" + v + "'");
                    return null;
                }
            }
            return formula;
        } catch (FormulaException e) {
            r.problem(node, "formula '" + text + "' does not parse: " + e.getMessage());
            return null;
        }
    }

    /**
     * Evaluates every formula for seeds 0..DRAWS-1 (once when nothing is drawn): each value must
     * be finite and exactly one answer-when condition must hold. Reports each formula once.
     */
    void checkDraws(Item item, AnswerKey a) {
        Set<Object> reported = new HashSet<>();
        Map<String, Node> letNodes = new LinkedHashMap<>();
        for (NodeTuple t : r.entries(f.get("let"), "let")) {
            letNodes.put(r.text(t.getKeyNode(), "let"), t.getValueNode());
        }
        int draws = item.isComputed() ? DRAWS : 1;
        draws:
        for (long seed = 0; seed < draws; seed++) {
            Map<String, Double> values = new LinkedHashMap<>(item.drawParams(seed));
            Map<String, Double> drawn = new LinkedHashMap<>(values);
            for (Map.Entry<String, Formula> let : lets.entrySet()) {
                double v = let.getValue().evaluate(values);
                if (!Double.isFinite(v)) {
                    if (reported.add(let.getKey())) {
                        r.problem(letNodes.get(let.getKey()), notFinite(let.getValue(), v, drawn));
                    }
                    continue draws; // what follows would only repeat this problem
                }
                values.put(let.getKey(), v);
            }
            if (a.formula != null) {
                double v = a.formula.evaluate(values);
                if (!Double.isFinite(v) && reported.add("answer")) {
                    r.problem(f.get("answer"), notFinite(a.formula, v, drawn));
                }
            }
            if (!a.when.isEmpty()) {
                List<String> holding = new ArrayList<>();
                a.when.forEach((id, condition) -> {
                    if (Formula.truthy(condition.evaluate(values))) {
                        holding.add(id);
                    }
                });
                if (holding.size() != 1 && reported.add("answer-when")) {
                    r.problem(f.get("answer-when"), (holding.isEmpty() ? "missing correct answer: no answer-when condition holds"
                            : "ambiguous answer: answer-when conditions for " + String.join(", ", holding) + " all hold")
                            + " for " + describe(drawn));
                }
            }
        }
    }

    private static String notFinite(Formula formula, double value, Map<String, Double> drawn) {
        return "formula '" + formula.text() + "' gives " + value + (drawn.isEmpty() ? "" : " for " + describe(drawn));
    }

    private static String describe(Map<String, Double> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + Placeholders.format(e.getValue())).collect(Collectors.joining(", "));
    }
}
