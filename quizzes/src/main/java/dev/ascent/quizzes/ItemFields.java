package dev.ascent.quizzes;

/** One item's fields as read from items.yaml, for its {@link ItemTypeReader} to check. */
class ItemFields {
    final NodeReader r;
    final NodeReader.Fields f;
    final ItemType type;

    ItemFields(NodeReader r, NodeReader.Fields f, ItemType type) {
        this.r = r;
        this.f = f;
        this.type = type;
    }

    void requireAnswer() {
        if (!f.has("answer")) {
            r.problem(f.node, "missing correct answer: no 'answer'");
        }
    }

    void requireOptions() {
        if (!f.has("options")) {
            r.problem(f.node, "missing field 'options' in " + type.yamlName() + " item");
        }
    }
}
