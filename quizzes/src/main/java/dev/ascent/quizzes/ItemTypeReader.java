package dev.ascent.quizzes;

import java.util.List;

/**
 * The part of reading an item of items.yaml that depends on its type: which of the type-specific
 * fields ({@link #TYPE_FIELDS}) it may have and must have, and how its answer key is read and
 * checked. One implementation per {@link ItemType}; {@link ItemReader} reads what every item has
 * (id, stem, options and prompts when the type has them, params, concepts, ...) and the draw
 * checks of computed items.
 * <p>Adding an item type: a constant in {@link ItemType}, one implementation here and its line in
 * {@link #of} (the compiler points at it); in the quiz engine, its {@code ItemTypeBehaviour}.
 */
interface ItemTypeReader {

    /** The fields only some types have, in the order their problems are reported. */
    List<String> TYPE_FIELDS = List.of("options", "prompts", "tolerance", "unit", "pattern", "answer-when");

    static ItemTypeReader of(ItemType type) {
        return switch (type) {
            case SINGLE_CHOICE -> SingleChoiceReader.INSTANCE;
            case MULTIPLE_RESPONSE -> MultipleResponseReader.INSTANCE;
            case TRUE_FALSE -> TrueFalseReader.INSTANCE;
            case NUMERIC -> NumericReader.INSTANCE;
            case ORDERING -> OrderingReader.INSTANCE;
            case MATCHING -> MatchingReader.INSTANCE;
            case SHORT_TEXT -> ShortTextReader.INSTANCE;
        };
    }

    /** Which of {@link #TYPE_FIELDS} items of this type may have; the others are reported where they occur. */
    List<String> fields();

    /**
     * Reports what items of this type must have and do not: by default just the {@code answer};
     * {@link ItemFields#requireOptions()} and the like for more.
     */
    default void checkRequired(ItemFields in) {
        in.requireAnswer();
    }

    /** Reads and checks the answer key (and its own fields, such as the tolerance) into {@code key}. */
    void readKey(KeyReading in, AnswerKey key);
}
