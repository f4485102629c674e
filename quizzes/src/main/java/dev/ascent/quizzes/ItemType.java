package dev.ascent.quizzes;

/**
 * The item types of the README, with their YAML names. Each is read by its {@link ItemTypeReader}
 * here and handled by its {@code ItemTypeBehaviour} in the quiz engine.
 */
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
