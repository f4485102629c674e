package dev.ascent.quizzes;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** multiple-response: {@code options} and a list of one or more correct ones, none twice. */
final class MultipleResponseReader implements ItemTypeReader {
    static final MultipleResponseReader INSTANCE = new MultipleResponseReader();

    @Override
    public List<String> fields() {
        return List.of("options");
    }

    @Override
    public void checkRequired(ItemFields in) {
        in.requireOptions();
        in.requireAnswer();
    }

    @Override
    public void readKey(KeyReading in, AnswerKey key) {
        Node node = in.answer();
        List<Node> nodes = in.r.list(node, "answer");
        if (node != null && nodes.isEmpty()) {
            in.r.problem(node, "missing correct answer: list at least one correct option");
        }
        key.ids = in.optionRefs(nodes);
        in.checkNoRepeats(node, key.ids);
    }
}
