package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one item of items.yaml and checks it, reporting each problem at the line of the
 * offending value: placeholders, concept and objective
 * references, duplicate ids. What depends on the item's type (its own fields and the answer key,
 * checked against the options) is read by the type's {@link ItemTypeReader}.
 */
final class ItemReader {
    private static final List<String> REQUIRED =
            List.of("id", "type", "stem", "concepts", "difficulty", "objective", "explanation");
    private static final List<String> OPTIONAL =
            List.of("options", "prompts", "answer", "answer-when", "tolerance", "unit", "pattern", "params", "let");

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

        ItemFormulas formulas = new ItemFormulas(r, f);
        Set<String> names = formulas.names();

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
            typeReader.readKey(new KeyReading(r, f, type, options, prompts, formulas::formula), a);
        }
        if (type == null || id == null || r.problemCount() > problemsBefore) {
            return null;
        }
        Item item = new Item(id, type, stem, options, prompts, a.ids, a.pairs, a.isTrue,
                a.formula == null ? null : a.formula.text(), a.tolerance, a.unitLabel, a.texts, a.pattern,
                a.whenText, formulas.params(), formulas.letTexts(),
                explanation, concepts, difficulty, objective, r.file, NodeReader.line(node));
        formulas.checkDraws(item, a);
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

    private void checkPlaceholders(Node node, String text, Set<String> names) {
        for (String name : Placeholders.names(text)) {
            if (!names.contains(name)) {
                r.problem(node, "{{" + name + "}} is not a parameter or let value of this item");
            }
        }
    }
}
