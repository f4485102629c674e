package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What an {@link ItemTypeReader} reads an item's key from, with the checks several types share:
 * the item's fields, its options and prompts (already read), and formulas over the item's params
 * and let values. Problems go to the item's file at the offending line.
 */
final class KeyReading extends ItemFields {
    final List<AuthoredChoice> options;
    final List<AuthoredChoice> prompts;
    private final Function<Node, Formula> formulas;

    KeyReading(NodeReader r, NodeReader.Fields f, ItemType type, List<AuthoredChoice> options,
               List<AuthoredChoice> prompts, Function<Node, Formula> formulas) {
        super(r, f, type);
        this.options = options;
        this.prompts = prompts;
        this.formulas = formulas;
    }

    /** The {@code answer} field, or null. */
    Node answer() {
        return f.get("answer");
    }

    Set<String> optionIds() {
        return ids(options);
    }

    Set<String> promptIds() {
        return ids(prompts);
    }

    /** Option ids an answer lists, reporting unknown ones at the element's line. */
    List<String> optionRefs(List<Node> nodes) {
        Set<String> optionIds = optionIds();
        List<String> ids = new ArrayList<>();
        for (Node n : nodes) {
            String id = r.text(n, "answer");
            if (id == null) {
                continue;
            }
            if (!optionIds.contains(id)) {
                r.problem(n, "answer refers to unknown option '" + id + "'");
            }
            ids.add(id);
        }
        return ids;
    }

    void checkNoRepeats(Node node, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                r.problem(node, "option '" + id + "' is listed twice in the answer");
            }
        }
    }

    /** A formula over the item's params and let values; null (reported) when it does not parse or uses an unknown name. */
    Formula formula(Node node) {
        return formulas.apply(node);
    }

    private static Set<String> ids(Collection<AuthoredChoice> choices) {
        return choices.stream().map(AuthoredChoice::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
