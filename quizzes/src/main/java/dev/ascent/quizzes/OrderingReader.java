package dev.ascent.quizzes;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** ordering: {@code options} and the right order, which lists every option exactly once. */
final class OrderingReader implements ItemTypeReader {
    static final OrderingReader INSTANCE = new OrderingReader();

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
        key.ids = in.optionRefs(in.r.list(node, "answer"));
        in.checkNoRepeats(node, key.ids);
        List<String> order = key.ids;
        List<String> missing = in.options.stream().map(AuthoredChoice::id).filter(id -> !order.contains(id)).toList();
        if (node != null && !missing.isEmpty()) {
            in.r.problem(node, "the ordering must list every option exactly once; missing " + String.join(", ", missing));
        }
    }
}
