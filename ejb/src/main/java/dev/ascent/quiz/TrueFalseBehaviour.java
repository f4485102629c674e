package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;

/** True/false: {@code truth} is the learner's verdict on the statement. */
final class TrueFalseBehaviour implements ItemTypeBehaviour {
    static final TrueFalseBehaviour INSTANCE = new TrueFalseBehaviour();

    @Override
    public Answer.Field answerField() {
        return Answer.Field.TRUTH;
    }

    @Override
    public double grade(RenderedItem item, Answer answer) {
        return answer.truth() != null && answer.truth().equals(item.correctTrue()) ? 1 : 0;
    }

    @Override
    public Answer correctAnswer(RenderedItem item) {
        return Answer.ofTruth(item.correctTrue());
    }
}
