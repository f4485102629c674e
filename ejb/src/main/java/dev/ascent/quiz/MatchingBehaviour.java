package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;
import java.util.Map;

/** Matching: {@code pairs} maps each prompt to an option; credit per prompt matched. */
final class MatchingBehaviour implements ItemTypeBehaviour {
    static final MatchingBehaviour INSTANCE = new MatchingBehaviour();

    @Override
    public Answer.Field answerField() {
        return Answer.Field.PAIRS;
    }

    @Override
    public double grade(RenderedItem item, Answer answer) {
        return credit(item.correctPairs(), answer.pairsOrEmpty());
    }

    /** Share of prompts matched to their option; extra or unknown prompts in the answer earn nothing. */
    static double credit(Map<String, String> correct, Map<String, String> given) {
        if (correct.isEmpty()) {
            return 0;
        }
        long right = correct.entrySet().stream()
                .filter(pair -> pair.getValue().equals(given.get(pair.getKey())))
                .count();
        return (double) right / correct.size();
    }

    @Override
    public Answer correctAnswer(RenderedItem item) {
        return Answer.ofPairs(item.correctPairs());
    }
}
