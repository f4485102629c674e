package dev.ascent.quizzes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** matching: {@code prompts}, {@code options} and the key: each prompt's option. */
final class MatchingReader implements ItemTypeReader {
    static final MatchingReader INSTANCE = new MatchingReader();

    @Override
    public List<String> fields() {
        return List.of("options", "prompts");
    }

    @Override
    public void checkRequired(ItemFields in) {
        in.requireOptions();
        if (!in.f.has("prompts")) {
            in.r.problem(in.f.node, "missing field 'prompts' in matching item");
        }
        in.requireAnswer();
    }

    @Override
    public void readKey(KeyReading in, AnswerKey key) {
        Node node = in.answer();
        Set<String> promptIds = in.promptIds();
        Set<String> optionIds = in.optionIds();
        Map<String, String> pairs = new LinkedHashMap<>();
        for (NodeTuple t : in.r.entries(node, "answer")) {
            String prompt = in.r.text(t.getKeyNode(), "answer");
            String option = in.r.text(t.getValueNode(), "answer");
            if (!promptIds.contains(prompt)) {
                in.r.problem(t.getKeyNode(), "answer refers to unknown prompt '" + prompt + "'");
            }
            if (option != null && !optionIds.contains(option)) {
                in.r.problem(t.getValueNode(), "answer refers to unknown option '" + option + "'");
            }
            pairs.put(prompt, option);
        }
        for (AuthoredChoice p : in.prompts) {
            if (node != null && !pairs.containsKey(p.id())) {
                in.r.problem(node, "missing correct answer: prompt '" + p.id() + "' has no answer");
            }
        }
        // prompt order, so the model reads like the left column
        Map<String, String> inPromptOrder = new LinkedHashMap<>();
        in.prompts.stream().filter(p -> pairs.get(p.id()) != null).forEach(p -> inPromptOrder.put(p.id(), pairs.get(p.id())));
        key.pairs = inPromptOrder;
    }
}
