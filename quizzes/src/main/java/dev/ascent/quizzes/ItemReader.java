package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.Collection;
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
 * Reads one item of items.yaml and checks it, reporting each problem at the line of the
 * offending value: formulas over {@value #DRAWS} draws, placeholders, concept and objective
 * references, duplicate ids. What depends on the item's type (its own fields and the answer key,
 * checked against the options) is read by the type's {@link ItemTypeReader}.
 */
final class ItemReader {
    /** Seeds 0..DRAWS-1 are tried for every computed item. */
    static final int DRAWS = 500;

    private static final List<String> REQUIRED =
            List.of("id", "type", "stem", "concepts", "difficulty", "objective", "explanation");
    private static final List<String> OPTIONAL =
            List.of("options", "prompts", "answer", "answer-when", "tolerance", "unit", "pattern", "params", "let");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What an item may refer to, and the item ids seen so far in the course (id -> file:line). */
    record Context(Set<String> conceptIds, Set<String> objectiveIds, Map<String, String> itemIds) {
    }

    private final NodeReader r;
    private final Context ctx;

    ItemReader(NodeReader reader, Context ctx) {
        this.r = reader;
        this.ctx = ctx;
    }

    /** The item, or null when it is too broken to build (problems are reported either way). */
    Item read(Node node) {
        int problemsBefore = r.problemCount();
        NodeReader.Fields f = r.fields(node, "item", REQUIRED, OPTIONAL);
        String id = r.nonEmpty(f.get("id"), "id");
        if (id != null && !id.isBlank()) {
            String where = r.file + ":" + NodeReader.line(f.get("id"));
            String first = ctx.itemIds().putIfAbsent(id, where);
            if (first != null) {
                r.problem(f.get("id"), "duplicate item id '" + id + "' (first at " + first + ")");
            }
        }
        String typeName = r.text(f.get("type"), "type");
        ItemType type = typeName == null ? null : ItemType.fromYaml(typeName);
        if (typeName != null && type == null) {
            r.problem(f.get("type"), "unknown item type '" + typeName + "' (use one of "
                    + List.of(ItemType.values()).stream().map(ItemType::yamlName).collect(Collectors.joining(", ")) + ")");
        }
        ItemTypeReader typeReader = type == null ? null : ItemTypeReader.of(type);
        if (typeReader != null) {
            checkFieldsApply(f, type, typeReader);
        }

        List<Param> params = params(f.get("params"));
        Map<String, Formula> lets = new LinkedHashMap<>();
        Set<String> names = params.stream().map(Param::name).collect(Collectors.toCollection(LinkedHashSet::new));
        for (NodeTuple t : r.entries(f.get("let"), "let")) {
            String name = r.text(t.getKeyNode(), "let");
            checkName(t.getKeyNode(), name, names);
            Formula formula = formula(t.getValueNode(), names);
            names.add(name);
            if (formula != null) {
                lets.put(name, formula);
            }
        }

        String stem = r.nonEmpty(f.get("stem"), "stem");
        checkPlaceholders(f.get("stem"), stem, names);
        String explanation = r.nonEmpty(f.get("explanation"), "explanation");
        checkPlaceholders(f.get("explanation"), explanation, names);
        List<AuthoredChoice> options = typeReader != null && typeReader.fields().contains("options")
                ? choices(f.get("options"), "options", names) : List.of();
        List<AuthoredChoice> prompts = typeReader != null && typeReader.fields().contains("prompts")
                ? choices(f.get("prompts"), "prompts", names) : List.of();
        checkDistinct(f.get("prompts"), options, prompts);

        List<String> concepts = concepts(f.get("concepts"));
        String difficultyName = r.text(f.get("difficulty"), "difficulty");
        Difficulty difficulty = difficultyName == null ? null : Difficulty.fromYaml(difficultyName);
        if (difficultyName != null && difficulty == null) {
            r.problem(f.get("difficulty"), "difficulty must be easy, medium or hard, not '" + difficultyName + "'");
        }
        String objective = r.text(f.get("objective"), "objective");
        // objectiveIds is null when unit.yaml itself is broken: nothing to check against then
        if (objective != null && ctx.objectiveIds() != null && !ctx.objectiveIds().contains(objective)) {
            r.problem(f.get("objective"), "unknown objective '" + objective + "' (this unit has "
                    + (ctx.objectiveIds().isEmpty() ? "none" : String.join(", ", ctx.objectiveIds())) + ")");
        }

        AnswerKey a = new AnswerKey();
        if (typeReader != null) {
            typeReader.readKey(new KeyReading(r, f, type, options, prompts, n -> formula(n, names)), a);
        }
        if (type == null || id == null || r.problemCount() > problemsBefore) {
            return null;
        }
        Item item = new Item(id, type, stem, options, prompts, a.ids, a.pairs, a.isTrue,
                a.formula == null ? null : a.formula.text(), a.tolerance, a.unitLabel, a.texts, a.pattern,
                a.whenText, params, lets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().text(), (x, y) -> x, LinkedHashMap::new)),
                explanation, concepts, difficulty, objective, r.file, NodeReader.line(node));
        checkDraws(item, f, lets, a);
        return item;
    }

    /** Type-specific fields the type does not have, then what the type requires (see {@link ItemTypeReader}). */
    private void checkFieldsApply(NodeReader.Fields f, ItemType type, ItemTypeReader typeReader) {
        for (String field : ItemTypeReader.TYPE_FIELDS) {
            if (!typeReader.fields().contains(field) && f.has(field)) {
                r.problem(f.keys.get(field), "'" + field + "' does not apply to " + type.yamlName() + " items");
            }
        }
        typeReader.checkRequired(new ItemFields(r, f, type));
    }

    private List<AuthoredChoice> choices(Node node, String field, Set<String> names) {
        List<AuthoredChoice> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> nodes = r.list(node, field);
        if (node != null && nodes.size() < 2 && !field.equals("prompts")) {
            r.problem(node, "an item needs at least two " + field);
        }
        for (Node n : nodes) {
            NodeReader.Fields f = r.fields(n, field.substring(0, field.length() - 1), List.of("id", "text"), List.of("feedback"));
            String id = r.nonEmpty(f.get("id"), "id");
            if (id != null && !seen.add(id)) {
                r.problem(f.get("id"), "duplicate id '" + id + "' in " + field);
            }
            String text = r.nonEmpty(f.get("text"), "text");
            String feedback = r.nonEmpty(f.get("feedback"), "feedback");
            checkPlaceholders(f.get("text"), text, names);
            checkPlaceholders(f.get("feedback"), feedback, names);
            out.add(new AuthoredChoice(id, text, feedback));
        }
        return out;
    }

    /** A prompt id that is also an option id would make a matching answer unreadable. */
    private void checkDistinct(Node promptsNode, List<AuthoredChoice> options, List<AuthoredChoice> prompts) {
        Set<String> optionIds = ids(options);
        for (AuthoredChoice p : prompts) {
            if (optionIds.contains(p.id())) {
                r.problem(promptsNode, "duplicate id '" + p.id() + "': used by a prompt and an option");
            }
        }
    }

    private static Set<String> ids(Collection<AuthoredChoice> choices) {
        return choices.stream().map(AuthoredChoice::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<String> concepts(Node node) {
        List<Node> nodes = r.list(node, "concepts");
        if (node != null && nodes.isEmpty()) {
            r.problem(node, "an item needs at least one concept");
        }
        for (Node n : nodes) {
            String c = r.text(n, "concepts");
            if (c != null && !ctx.conceptIds().contains(c)) {
                r.problem(n, "unknown concept '" + c + "' (course.yaml has " + String.join(", ", ctx.conceptIds()) + ")");
            }
        }
        return r.texts(nodes, "concepts");
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

    private void checkPlaceholders(Node node, String text, Set<String> names) {
        for (String name : Placeholders.names(text)) {
            if (!names.contains(name)) {
                r.problem(node, "{{" + name + "}} is not a parameter or let value of this item");
            }
        }
    }

    /**
     * Evaluates every formula for seeds 0..DRAWS-1 (once when nothing is drawn): each value must
     * be finite and exactly one answer-when condition must hold. Reports each formula once.
     */
    private void checkDraws(Item item, NodeReader.Fields f, Map<String, Formula> lets, AnswerKey a) {
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
