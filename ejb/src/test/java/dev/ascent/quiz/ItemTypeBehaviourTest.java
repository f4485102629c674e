package dev.ascent.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.quizzes.Tolerance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemTypeBehaviourTest {

    private static final List<AuthoredChoice> ABC = List.of(choice("a"), choice("b"), choice("c"));

    /** One rendered item per type, with a key that is not simply the first option. */
    static RenderedItem sample(ItemType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> new RenderedItem("i", type, "", ABC, List.of(), Map.of(),
                    List.of("b"), Map.of(), null, null, null, List.of(), null);
            case ORDERING -> new RenderedItem("i", type, "", ABC, List.of(), Map.of(), List.of("c", "a", "b"), Map.of(),
                    null, null, null, List.of(), null);
            case MATCHING -> new RenderedItem("i", type, "", ABC, List.of(choice("p1"), choice("p2")), Map.of(),
                    List.of(), Map.of("p1", "c", "p2", "a"), null, null, null, List.of(), null);
            case TRUE_FALSE -> new RenderedItem("i", type, "", List.of(), List.of(), Map.of(), List.of(), Map.of(),
                    false, null, null, List.of(), null);
            case NUMERIC -> new RenderedItem("i", type, "", List.of(), List.of(), Map.of(), List.of(), Map.of(), null,
                    2.5, Tolerance.parse("0.01"), List.of(), null);
            case SHORT_TEXT -> new RenderedItem("i", type, "", List.of(), List.of(), Map.of(), List.of(), Map.of(),
                    null, null, null, List.of("Gradient descent", "GD"), null);
        };
    }

    @Test
    void every_type_has_a_behaviour_whose_key_earns_full_credit_in_the_field_it_takes() {
        for (ItemType type : ItemType.values()) {
            ItemTypeBehaviour behaviour = ItemTypeBehaviour.of(type);
            RenderedItem item = sample(type);
            Answer key = behaviour.correctAnswer(item);
            assertEquals(1, behaviour.grade(item, key), type + ": its own key");
            assertEquals(1, Grader.grade(item, key), type + ": through the grader");
            for (Answer.Field field : Answer.Field.values()) {
                assertEquals(field == behaviour.answerField(), field.isGiven(key), type + ": the key uses " + field);
            }
            assertEquals(0, behaviour.grade(item, new Answer(null, null, null, null, null)), type + ": an empty answer");
        }
    }

    @Test
    void the_key_has_the_shape_a_learner_sends() {
        assertEquals(Answer.choice("b"), ItemTypeBehaviour.of(ItemType.SINGLE_CHOICE).correctAnswer(sample(ItemType.SINGLE_CHOICE)));
        assertEquals(Answer.choice("c", "a", "b"), ItemTypeBehaviour.of(ItemType.ORDERING).correctAnswer(sample(ItemType.ORDERING)));
        assertEquals(Answer.ofPairs(Map.of("p1", "c", "p2", "a")),
                ItemTypeBehaviour.of(ItemType.MATCHING).correctAnswer(sample(ItemType.MATCHING)));
        assertEquals(Answer.ofTruth(false), ItemTypeBehaviour.of(ItemType.TRUE_FALSE).correctAnswer(sample(ItemType.TRUE_FALSE)));
        assertEquals(Answer.ofNumber(2.5), ItemTypeBehaviour.of(ItemType.NUMERIC).correctAnswer(sample(ItemType.NUMERIC)));
        assertEquals(Answer.ofText("Gradient descent"),
                ItemTypeBehaviour.of(ItemType.SHORT_TEXT).correctAnswer(sample(ItemType.SHORT_TEXT)),
                "the first accepted text");
    }

    @Test
    void only_ordering_always_shuffles_its_options() {
        for (ItemType type : ItemType.values()) {
            assertEquals(type == ItemType.ORDERING, ItemTypeBehaviour.of(type).alwaysShufflesOptions(), type.yamlName());
        }
    }

    @Test
    void only_single_choice_limits_the_number_of_picks() {
        RenderedItem single = sample(ItemType.SINGLE_CHOICE);
        assertNotNull(ItemTypeBehaviour.of(ItemType.SINGLE_CHOICE).shapeProblem(single, Answer.choice("a", "b")));
        assertNull(ItemTypeBehaviour.of(ItemType.SINGLE_CHOICE).shapeProblem(single, Answer.choice("a")));
        assertNull(ItemTypeBehaviour.of(ItemType.SINGLE_CHOICE).shapeProblem(single, Answer.choice()));
        assertNull(ItemTypeBehaviour.of(ItemType.MULTIPLE_RESPONSE)
                .shapeProblem(sample(ItemType.MULTIPLE_RESPONSE), Answer.choice("a", "b")));
    }

    @Test
    void field_is_given_only_when_not_null() {
        assertTrue(Answer.Field.SELECTED.isGiven(Answer.choice()));
        assertFalse(Answer.Field.SELECTED.isGiven(Answer.ofText("x")));
        assertTrue(Answer.Field.TEXT.isGiven(Answer.ofText("")));
        assertEquals("pairs", Answer.Field.PAIRS.jsonName());
    }

    private static AuthoredChoice choice(String id) {
        return new AuthoredChoice(id, id.toUpperCase(), null);
    }
}
