package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Multiple response: {@code selected} names the options the learner ticks; partial credit. */
final class MultipleResponseBehaviour implements ItemTypeBehaviour {
    static final MultipleResponseBehaviour INSTANCE = new MultipleResponseBehaviour();

    @Override
    public Answer.Field answerField() {
        return Answer.Field.SELECTED;
    }

    @Override
    public double grade(RenderedItem item, Answer answer) {
        return credit(item, answer.selectedOrEmpty());
    }

    /**
     * Each right pick earns 1/(number of correct options); each wrong pick costs 1/(number of wrong
     * options), so ticking everything earns 0; never below 0. A repeated pick counts once.
     */
    static double credit(RenderedItem item, List<String> picked) {
        Set<String> correct = Set.copyOf(item.correctIds());
        if (correct.isEmpty()) {
            return 0;
        }
        int wrongOptions = item.options().size() - correct.size();
        Set<String> unique = new HashSet<>(picked);
        unique.remove(null);
        long hits = unique.stream().filter(correct::contains).count();
        long misses = unique.size() - hits;
        double credit = (double) hits / correct.size() - (wrongOptions <= 0 ? 0 : (double) misses / wrongOptions);
        return Math.max(0, Math.min(1, credit));
    }

    @Override
    public Answer correctAnswer(RenderedItem item) {
        return new Answer(item.correctIds(), null, null, null, null);
    }
}
