package dev.ascent.quiz;

import java.util.List;
import java.util.Map;

/**
 * What a learner gave for one item. Which field counts depends on the item type:
 * {@code selected} for single choice, multiple response and ordering (in order),
 * {@code pairs} for matching (prompt id to option id), {@code truth} for true/false,
 * {@code number} for numeric, {@code text} for short text.
 */
public record Answer(List<String> selected, Map<String, String> pairs, Boolean truth, Double number, String text) {

    /** The fields, by their JSON names; each item type uses one (see {@link ItemTypeBehaviour#answerField}). */
    public enum Field {
        SELECTED("selected"), PAIRS("pairs"), TRUTH("truth"), NUMBER("number"), TEXT("text");

        private final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        /** True when {@code answer} has this field (not null). */
        public boolean isGiven(Answer answer) {
            return switch (this) {
                case SELECTED -> answer.selected() != null;
                case PAIRS -> answer.pairs() != null;
                case TRUTH -> answer.truth() != null;
                case NUMBER -> answer.number() != null;
                case TEXT -> answer.text() != null;
            };
        }
    }

    public static Answer choice(String... ids) {
        return new Answer(List.of(ids), null, null, null, null);
    }

    public static Answer ofPairs(Map<String, String> pairs) {
        return new Answer(null, pairs, null, null, null);
    }

    public static Answer ofTruth(boolean truth) {
        return new Answer(null, null, truth, null, null);
    }

    public static Answer ofNumber(double number) {
        return new Answer(null, null, null, number, null);
    }

    public static Answer ofText(String text) {
        return new Answer(null, null, null, null, text);
    }

    List<String> selectedOrEmpty() {
        return selected == null ? List.of() : selected;
    }

    Map<String, String> pairsOrEmpty() {
        return pairs == null ? Map.of() : pairs;
    }
}
