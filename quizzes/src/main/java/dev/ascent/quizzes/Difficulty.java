package dev.ascent.quizzes;

import java.util.Locale;

public enum Difficulty {
    EASY, MEDIUM, HARD;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the difficulty for easy/medium/hard, or null when unknown */
    public static Difficulty fromYaml(String name) {
        for (Difficulty d : values()) {
            if (d.yamlName().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
