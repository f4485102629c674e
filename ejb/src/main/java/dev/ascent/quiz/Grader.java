package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Credit between 0 and 1 for one answer to one rendered item. Pure: no state, no I/O. */
public final class Grader {
    private Grader() {
    }

    public static double grade(RenderedItem item, Answer answer) {
        if (answer == null) {
            return 0;
        }
        return switch (item.type()) {
            case SINGLE_CHOICE -> answer.selectedOrEmpty().size() == 1
                    && item.correctIds().contains(answer.selectedOrEmpty().get(0)) ? 1 : 0;
            case MULTIPLE_RESPONSE -> multipleResponse(item, answer.selectedOrEmpty());
            case TRUE_FALSE -> answer.truth() != null && answer.truth().equals(item.correctTrue()) ? 1 : 0;
            case NUMERIC -> answer.number() != null && Double.isFinite(answer.number())
                    && item.acceptsNumber(answer.number()) ? 1 : 0;
            case ORDERING -> ordering(item.correctIds(), answer.selectedOrEmpty());
            case MATCHING -> matching(item.correctPairs(), answer.pairsOrEmpty());
            case SHORT_TEXT -> answer.text() != null && !answer.text().isBlank() && item.acceptsText(answer.text()) ? 1 : 0;
        };
    }

    /** Each right pick earns its share, each wrong pick costs its share of the wrong options; floor 0. */
    static double multipleResponse(RenderedItem item, List<String> picked) {
        Set<String> correct = Set.copyOf(item.correctIds());
        int wrongOptions = item.options().size() - correct.size();
        Set<String> unique = new HashSet<>(picked);
        long hits = unique.stream().filter(correct::contains).count();
        long misses = unique.size() - hits;
        double credit = (double) hits / correct.size() - (wrongOptions == 0 ? 0 : (double) misses / wrongOptions);
        return Math.max(0, credit);
    }

    /** Share of item pairs that stand in the right relative order (1 for the exact order). */
    static double ordering(List<String> correct, List<String> given) {
        if (given.size() != correct.size() || !Set.copyOf(given).equals(Set.copyOf(correct))) {
            return 0;
        }
        int n = correct.size();
        if (n < 2) {
            return 1;
        }
        int concordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (given.indexOf(correct.get(i)) < given.indexOf(correct.get(j))) {
                    concordant++;
                }
            }
        }
        return (double) concordant / (n * (n - 1) / 2);
    }

    static double matching(Map<String, String> correct, Map<String, String> given) {
        long right = correct.entrySet().stream()
                .filter(pair -> pair.getValue().equals(given.get(pair.getKey())))
                .count();
        return (double) right / correct.size();
    }
}
