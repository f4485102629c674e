package dev.ascent.quizzes;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * single-choice: {@code options} and exactly one correct option, either fixed ({@code answer}) or,
 * for a computed item, per draw: {@code answer-when} maps each option to the condition that makes
 * it the answer.
 */
final class SingleChoiceReader implements ItemTypeReader {
    static final SingleChoiceReader INSTANCE = new SingleChoiceReader();

    @Override
    public List<String> fields() {
        return List.of("options", "answer-when");
    }

    @Override
    public void checkRequired(ItemFields in) {
        in.requireOptions();
        boolean when = in.f.has("answer-when");
        if (!in.f.has("answer") && !when) {
            in.r.problem(in.f.node, "missing correct answer: no 'answer' or 'answer-when'");
        } else if (in.f.has("answer") && when) {
            in.r.problem(in.f.keys.get("answer-when"), "use either 'answer' or 'answer-when', not both");
        }
    }

    @Override
    public void readKey(KeyReading in, AnswerKey key) {
        Node node = in.answer();
        if (node != null) {
            List<Node> nodes = in.r.list(node, "answer");
            if (nodes.size() != 1) {
                in.r.problem(node, "ambiguous answer: a single-choice item has exactly one correct option, not "
                        + nodes.size() + (nodes.isEmpty() ? "" : " (" + String.join(", ", in.r.texts(nodes, "answer")) + ")"));
            }
            key.ids = in.optionRefs(nodes);
        }
        for (NodeTuple t : in.r.entries(in.f.get("answer-when"), "answer-when")) {
            String id = in.r.text(t.getKeyNode(), "answer-when");
            if (!in.optionIds().contains(id)) {
                in.r.problem(t.getKeyNode(), "answer-when refers to unknown option '" + id + "'");
            }
            Formula condition = in.formula(t.getValueNode());
            if (condition != null) {
                key.when.put(id, condition);
                key.whenText.put(id, condition.text());
            }
        }
    }
}
