package dev.ascent.quizzes;

/** The item types of the README, with their YAML names. */
public enum ItemType {
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_RESPONSE("multiple-response"),
    TRUE_FALSE("true-false"),
    NUMERIC("numeric"),
    ORDERING("ordering"),
    MATCHING("matching"),
    SHORT_TEXT("short-text");

    private final String yamlName;

    ItemType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Types whose items have {@code options}. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_RESPONSE || this == ORDERING || this == MATCHING;
    }

    /** @return the type for a YAML name such as {@code single-choice}, or null when unknown */
    public static ItemType fromYaml(String name) {
        for (ItemType t : values()) {
            if (t.yamlName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
