package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ascent.quiz.Answer;
import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.DomainException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerShapeTest {

    private static final List<AuthoredChoice> ABC = List.of(choice("a"), choice("b"), choice("c"));

    @Test
    void each_type_takes_its_own_field_only() {
        assertDoesNotThrow(() -> AnswerShape.check(item(ItemType.SINGLE_CHOICE), Answer.choice("a")));
        assertDoesNotThrow(() -> AnswerShape.check(item(ItemType.MULTIPLE_RESPONSE), Answer.choice("a", "c")));
        assertDoesNotThrow(() -> AnswerShape.check(item(ItemType.ORDERING), Answer.choice("c", "b", "a")));
        assertDoesNotThrow(() -> AnswerShape.check(item(ItemType.MATCHING), Answer.ofPairs(Map.of("p1", "b"))));
        assertDoesNotThrow(() -> AnswerShape.check(item(ItemType.TRUE_FALSE), Answer.ofTruth(true)));
        assertDoesNotThrow(() -> AnswerShape.check(item(ItemType.NUMERIC), Answer.ofNumber(1.5)));
        assertDoesNotThrow(() -> AnswerShape.check(item(ItemType.SHORT_TEXT), Answer.ofText("x")));

        assertRefused("this numeric item takes no 'selected'", ItemType.NUMERIC, Answer.choice("a"));
        assertRefused("only matching items take 'pairs'", ItemType.SINGLE_CHOICE, Answer.ofPairs(Map.of("p1", "a")));
        assertRefused("only true-false items take 'truth'", ItemType.NUMERIC, Answer.ofTruth(false));
        assertRefused("only numeric items take 'number'", ItemType.SHORT_TEXT, Answer.ofNumber(1));
        assertRefused("only short-text items take 'text'", ItemType.TRUE_FALSE, Answer.ofText("true"));
    }

    @Test
    void all_fields_empty_clears_the_answer_of_any_type() {
        for (ItemType type : ItemType.values()) {
            assertDoesNotThrow(() -> AnswerShape.check(item(type), new Answer(null, null, null, null, null)), type.yamlName());
        }
    }

    @Test
    void an_answer_names_only_the_items_own_choices() {
        assertRefused("'selected' names an option this item does not have", ItemType.MULTIPLE_RESPONSE, Answer.choice("a", "z"));
        assertRefused("'selected' names an option this item does not have", ItemType.ORDERING,
                new Answer(Arrays.asList("a", null), null, null, null, null));
        assertRefused("'selected' repeats an option", ItemType.ORDERING, Answer.choice("a", "a", "b"));
        assertRefused("pick at most one option", ItemType.SINGLE_CHOICE, Answer.choice("a", "b"));
        assertRefused("'pairs' names a prompt or an option this item does not have", ItemType.MATCHING,
                Answer.ofPairs(Map.of("p9", "a")));
        assertRefused("'pairs' names a prompt or an option this item does not have", ItemType.MATCHING,
                Answer.ofPairs(Map.of("p1", "z")));
    }

    @Test
    void numbers_are_finite_and_texts_short() {
        assertRefused("'number' must be finite", ItemType.NUMERIC, Answer.ofNumber(Double.NaN));
        assertRefused("'text' is longer than 500 characters", ItemType.SHORT_TEXT, Answer.ofText("x".repeat(501)));
        assertDoesNotThrow(() -> AnswerShape.check(item(ItemType.SHORT_TEXT), Answer.ofText("x".repeat(500))));
    }

    private static void assertRefused(String problem, ItemType type, Answer answer) {
        DomainException e = assertThrows(DomainException.class, () -> AnswerShape.check(item(type), answer));
        assertEquals("invalid-answer", e.type());
        assertEquals("The answer does not fit the item: " + problem, e.getMessage());
    }

    private static RenderedItem item(ItemType type) {
        boolean hasOptions = type != ItemType.TRUE_FALSE && type != ItemType.NUMERIC && type != ItemType.SHORT_TEXT;
        List<AuthoredChoice> options = hasOptions ? ABC : List.of();
        List<AuthoredChoice> prompts = type == ItemType.MATCHING ? List.of(choice("p1"), choice("p2")) : List.of();
        return new RenderedItem("i", type, "", options, prompts, Map.of(), List.of("a"), Map.of(), null, null, null,
                List.of(), null);
    }

    private static AuthoredChoice choice(String id) {
        return new AuthoredChoice(id, id, null);
    }
}
