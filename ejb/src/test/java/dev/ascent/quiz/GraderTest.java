package dev.ascent.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ascent.quizzes.Choice;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.quizzes.Tolerance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderTest {

    private static final List<Choice> ABCD = List.of(choice("a"), choice("b"), choice("c"), choice("d"));

    @Test
    void single_choice_needs_exactly_the_right_option() {
        RenderedItem item = choiceItem(ItemType.SINGLE_CHOICE, List.of("b"));
        assertEquals(1, Grader.grade(item, Answer.choice("b")));
        assertEquals(0, Grader.grade(item, Answer.choice("a")));
        assertEquals(0, Grader.grade(item, Answer.choice("a", "b")));
        assertEquals(0, Grader.grade(item, null));
    }

    @Test
    void multiple_response_gives_partial_credit_and_penalises_wrong_picks_down_to_zero() {
        RenderedItem item = choiceItem(ItemType.MULTIPLE_RESPONSE, List.of("a", "b"));
        assertEquals(1, Grader.grade(item, Answer.choice("a", "b")));
        assertEquals(0.5, Grader.grade(item, Answer.choice("a")));
        assertEquals(0.5, Grader.grade(item, Answer.choice("a", "b", "c")));
        assertEquals(0, Grader.grade(item, Answer.choice("a", "c", "d")));
        assertEquals(0, Grader.grade(item, Answer.choice("c", "d")));
        assertEquals(0.5, Grader.grade(item, Answer.choice("a", "a")), "a repeated pick counts once");
    }

    @Test
    void ordering_credits_the_share_of_pairs_in_the_right_order() {
        RenderedItem item = choiceItem(ItemType.ORDERING, List.of("a", "b", "c", "d"));
        assertEquals(1, Grader.grade(item, Answer.choice("a", "b", "c", "d")));
        assertEquals(5.0 / 6, Grader.grade(item, Answer.choice("b", "a", "c", "d")), 1e-9);
        assertEquals(0, Grader.grade(item, Answer.choice("d", "c", "b", "a")));
        assertEquals(0, Grader.grade(item, Answer.choice("a", "b", "c")), "an incomplete order earns nothing");
        assertEquals(0, Grader.grade(item, Answer.choice("a", "a", "b", "c")));
    }

    @Test
    void matching_credits_each_right_pair() {
        RenderedItem item = new RenderedItem("m", ItemType.MATCHING, "", ABCD, List.of(choice("p1"), choice("p2")),
                Map.of(), List.of(), Map.of("p1", "a", "p2", "c"), null, null, null, List.of(), null);
        assertEquals(1, Grader.grade(item, Answer.ofPairs(Map.of("p1", "a", "p2", "c"))));
        assertEquals(0.5, Grader.grade(item, Answer.ofPairs(Map.of("p1", "a", "p2", "b"))));
        assertEquals(0, Grader.grade(item, Answer.ofPairs(Map.of())));
    }

    @Test
    void true_false_numeric_and_short_text() {
        RenderedItem truth = new RenderedItem("t", ItemType.TRUE_FALSE, "", List.of(), List.of(), Map.of(), List.of(),
                Map.of(), false, null, null, List.of(), null);
        assertEquals(1, Grader.grade(truth, Answer.ofTruth(false)));
        assertEquals(0, Grader.grade(truth, Answer.ofTruth(true)));

        RenderedItem number = new RenderedItem("n", ItemType.NUMERIC, "", List.of(), List.of(), Map.of(), List.of(),
                Map.of(), null, 0.75, new Tolerance(0.01, false), List.of(), null);
        assertEquals(1, Grader.grade(number, Answer.ofNumber(0.755)));
        assertEquals(0, Grader.grade(number, Answer.ofNumber(0.8)));
        assertEquals(0, Grader.grade(number, Answer.ofNumber(Double.NaN)));

        RenderedItem text = new RenderedItem("s", ItemType.SHORT_TEXT, "", List.of(), List.of(), Map.of(), List.of(),
                Map.of(), null, null, null, List.of("gradient descent"), null);
        assertEquals(1, Grader.grade(text, Answer.ofText("  Gradient   DESCENT ")));
        assertEquals(0, Grader.grade(text, Answer.ofText("descent")));
        assertEquals(0, Grader.grade(text, Answer.ofText("   ")));
    }

    private static RenderedItem choiceItem(ItemType type, List<String> correct) {
        return new RenderedItem("i", type, "", ABCD, List.of(), Map.of(), correct, Map.of(), null, null, null,
                List.of(), null);
    }

    private static Choice choice(String id) {
        return new Choice(id, id.toUpperCase(), null);
    }
}
