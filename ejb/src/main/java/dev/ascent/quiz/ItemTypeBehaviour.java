package dev.ascent.quiz;

import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;

/**
 * Everything the quiz engine does differently for one item type, in one place per type: which
 * answer field it takes and what else an answer must satisfy, how an answer is graded, the key in
 * the shape of an answer (for the review), and how its options are shown to the learner. Pure:
 * the attempt service stores, translates ids and applies the review policy around it.
 * <p>Adding an item type: a constant in {@link ItemType} (and its reader in the quizzes library),
 * one implementation here, and its line in {@link #of}; the compiler points at that line.
 */
public interface ItemTypeBehaviour {

    static ItemTypeBehaviour of(ItemType type) {
        return switch (type) {
            case SINGLE_CHOICE -> SingleChoiceBehaviour.INSTANCE;
            case MULTIPLE_RESPONSE -> MultipleResponseBehaviour.INSTANCE;
            case TRUE_FALSE -> TrueFalseBehaviour.INSTANCE;
            case NUMERIC -> NumericBehaviour.INSTANCE;
            case ORDERING -> OrderingBehaviour.INSTANCE;
            case MATCHING -> MatchingBehaviour.INSTANCE;
            case SHORT_TEXT -> ShortTextBehaviour.INSTANCE;
        };
    }

    /** The one field of {@link Answer} that answers to items of this type use. */
    Answer.Field answerField();

    /**
     * What this type asks of an answer beyond using its field with the item's own ids (which
     * the attempt service checks for every type), e.g. "pick at most one option".
     *
     * @return the problem, or null when there is none
     */
    default String shapeProblem(RenderedItem item, Answer answer) {
        return null;
    }

    /** Credit between 0 and 1 for an answer (not null) to a rendered item of this type. */
    double grade(RenderedItem item, Answer answer);

    /** The key in the same shape as an answer: what a learner would have had to send. */
    Answer correctAnswer(RenderedItem item);

    /** True when the options are shuffled even where the settings keep the written order. */
    default boolean alwaysShufflesOptions() {
        return false;
    }
}
