package dev.ascent.quiz;

import dev.ascent.quizzes.RenderedItem;

/** Single choice: one option is right; {@code selected} names at most one. */
final class SingleChoiceBehaviour implements ItemTypeBehaviour {
    static final SingleChoiceBehaviour INSTANCE = new SingleChoiceBehaviour();

    @Override
    public Answer.Field answerField() {
        return Answer.Field.SELECTED;
    }

    @Override
    public String shapeProblem(RenderedItem item, Answer answer) {
        return answer.selected() != null && answer.selected().size() > 1 ? "pick at most one option" : null;
    }

    @Override
    public double grade(RenderedItem item, Answer answer) {
        return answer.selectedOrEmpty().size() == 1 && item.correctIds().contains(answer.selectedOrEmpty().get(0)) ? 1 : 0;
    }

    @Override
    public Answer correctAnswer(RenderedItem item) {
        return new Answer(item.correctIds(), null, null, null, null);
    }
}
