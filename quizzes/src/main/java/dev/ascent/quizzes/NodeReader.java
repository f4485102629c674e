package dev.ascent.quizzes;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML file as a SnakeYAML node tree (compose, not load) so that every value keeps its
 * line, and records problems against that file instead of throwing.
 */
final class NodeReader {
    final String file;
    private final List<ContentProblem> problems;

    NodeReader(String file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's root node, or null (with a problem) when the YAML is invalid or empty. */
    Node parse(String text) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (root == null) {
                problem(1, "the file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problem(mark == null ? 1 : mark.getLine() + 1, "invalid YAML: " + e.getProblem() + context);
        } catch (YAMLException e) {
            problem(1, "invalid YAML: " + e.getMessage());
        }
        return null;
    }

    int problemCount() {
        return problems.size();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    void problem(Node node, String message) {
        problem(line(node), message);
    }

    void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    /** The fields of a mapping; reports a non-mapping, duplicate, unknown and missing fields. */
    Fields fields(Node node, String what, List<String> required, List<String> optional) {
        Fields fields = new Fields(node);
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of fields");
            return fields;
        }
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (fields.values.containsKey(key)) {
                problem(t.getKeyNode(), "duplicate field '" + key + "'");
            } else if (!required.contains(key) && !optional.contains(key)) {
                problem(t.getKeyNode(), "unknown field '" + key + "' in " + what);
            } else {
                fields.keys.put(key, t.getKeyNode());
                fields.values.put(key, t.getValueNode());
            }
        }
        for (String key : required) {
            if (!fields.has(key)) {
                problem(node, "missing field '" + key + "' in " + what);
            }
        }
        return fields;
    }

    /** Scalar text ("" for an explicit null), or null (with a problem) for a list or mapping. */
    String text(Node node, String field) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getTag().equals(Tag.NULL) ? "" : s.getValue();
        }
        problem(node, "'" + field + "' must be text, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
        return null;
    }

    /** Like {@link #text} but reports an empty or blank value. */
    String nonEmpty(Node node, String field) {
        String s = text(node, field);
        if (s != null && s.isBlank()) {
            problem(node, "empty " + field);
        }
        return s;
    }

    /** A list's elements; a single scalar counts as a one-element list, null or ~ as empty. */
    List<Node> list(Node node, String field) {
        if (node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        problem(node, "'" + field + "' must be a list");
        return List.of();
    }

    /** A list of scalar texts (see {@link #list}); non-scalar elements are reported and skipped. */
    List<String> texts(List<Node> nodes, String field) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            String s = text(n, field);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The key/value pairs of a mapping whose keys are names or ids (not fixed fields). */
    List<NodeTuple> entries(Node node, String field) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof MappingNode m) {
            Set<String> seen = new HashSet<>();
            List<NodeTuple> out = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                String key = text(t.getKeyNode(), field);
                if (key != null && !seen.add(key)) {
                    problem(t.getKeyNode(), "'" + key + "' appears twice in " + field);
                } else if (key != null) {
                    out.add(t);
                }
            }
            return out;
        }
        problem(node, "'" + field + "' must be a mapping");
        return List.of();
    }

    Integer integer(Node node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            problem(node, "'" + field + "' must be a whole number, not '" + s + "'");
            return null;
        }
    }

    Double number(Node node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(node, "'" + field + "' must be a number, not '" + s + "'");
        return null;
    }

    /** The fields of one mapping, in file order; {@link #get} is null for an absent field. */
    static final class Fields {
        final Node node;
        final Map<String, Node> values = new LinkedHashMap<>();
        final Map<String, Node> keys = new LinkedHashMap<>();

        Fields(Node node) {
            this.node = node;
        }

        Node get(String key) {
            return values.get(key);
        }

        boolean has(String key) {
            return values.containsKey(key);
        }
    }
}
