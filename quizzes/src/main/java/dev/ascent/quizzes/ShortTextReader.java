package dev.ascent.quizzes;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;

/** short-text: one or more accepted texts and optionally a {@code pattern} (a regular expression). */
final class ShortTextReader implements ItemTypeReader {
    static final ShortTextReader INSTANCE = new ShortTextReader();

    @Override
    public List<String> fields() {
        return List.of("pattern");
    }

    @Override
    public void readKey(KeyReading in, AnswerKey key) {
        Node node = in.answer();
        List<Node> nodes = in.r.list(node, "answer");
        if (node != null && nodes.isEmpty()) {
            in.r.problem(node, "missing correct answer: list at least one accepted text");
        }
        for (Node n : nodes) {
            in.r.nonEmpty(n, "accepted answer");
        }
        key.texts = in.r.texts(nodes, "answer");
        Node patternNode = in.f.get("pattern");
        key.pattern = in.r.nonEmpty(patternNode, "pattern");
        if (key.pattern != null && !key.pattern.isBlank()) {
            try {
                Pattern.compile(key.pattern);
            } catch (PatternSyntaxException e) {
                in.r.problem(patternNode, "pattern is not a valid regular expression: " + e.getDescription());
            }
        }
    }
}
