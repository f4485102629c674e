package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Ordering: {@code selected} lists every option in the learner's order; credit by pairs in order. */
final class OrderingBehaviour implements ItemTypeBehaviour {
    static final OrderingBehaviour INSTANCE = new OrderingBehaviour();

    @Override
    public Answer.Field answerField() {
        return Answer.Field.SELECTED;
    }

    @Override
    public double grade(RenderedItem item, Answer answer) {
        return credit(item.correctIds(), answer.selectedOrEmpty());
    }

    /**
     * Share of item pairs that stand in the right relative order (Kendall): 1 for the exact order,
     * 0 for the reverse. An order that does not place every item exactly once earns nothing.
     */
    static double credit(List<String> correct, List<String> given) {
        if (given.size() != correct.size() || given.stream().anyMatch(Objects::isNull)
                || !new HashSet<>(given).equals(Set.copyOf(correct)) || new HashSet<>(given).size() != given.size()) {
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

    @Override
    public Answer correctAnswer(RenderedItem item) {
        return new Answer(item.correctIds(), null, null, null, null);
    }

    /** Always: the written order may be the answer. */
    @Override
    public boolean alwaysShufflesOptions() {
        return true;
    }
}
