package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;

/** Numeric: {@code number}, right within the item's tolerance of the (possibly computed) answer. */
final class NumericBehaviour implements ItemTypeBehaviour {
    static final NumericBehaviour INSTANCE = new NumericBehaviour();

    @Override
    public Answer.Field answerField() {
        return Answer.Field.NUMBER;
    }

    @Override
    public double grade(RenderedItem item, Answer answer) {
        return answer.number() != null && Double.isFinite(answer.number()) && item.acceptsNumber(answer.number()) ? 1 : 0;
    }

    @Override
    public Answer correctAnswer(RenderedItem item) {
        return Answer.ofNumber(item.correctNumber());
    }
}
