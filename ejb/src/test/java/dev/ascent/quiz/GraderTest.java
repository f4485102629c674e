package dev.ascent.quiz;

import dev.ascent.quizzes.AuthoredChoice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.Param;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.quizzes.Tolerance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderTest {

    private static final List<AuthoredChoice> ABCD = List.of(choice("a"), choice("b"), choice("c"), choice("d"));

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

    @Test
    void multiple_response_ticking_everything_earns_nothing_and_credit_never_leaves_0_to_1() {
        RenderedItem item = choiceItem(ItemType.MULTIPLE_RESPONSE, List.of("a", "b", "c"));
        assertEquals(0, Grader.grade(item, Answer.choice("a", "b", "c", "d")), "3/3 right minus 1/1 wrong");
        assertEquals(2.0 / 3, Grader.grade(item, Answer.choice("a", "b")), 1e-9);
        assertEquals(0, Grader.grade(item, Answer.choice()));
        assertEquals(0, Grader.grade(item, new Answer(null, null, null, null, null)));

        RenderedItem allCorrect = new RenderedItem("i", ItemType.MULTIPLE_RESPONSE, "", List.of(choice("a"), choice("b")),
                List.of(), Map.of(), List.of("a", "b"), Map.of(), null, null, null, List.of(), null);
        assertEquals(0.5, Grader.grade(allCorrect, Answer.choice("a")), "no wrong options: nothing to penalise");
        assertEquals(1, Grader.grade(allCorrect, Answer.choice("a", "b", "zz")), 1e-9);
    }

    @Test
    void numeric_absolute_and_relative_tolerance_at_the_edges() {
        RenderedItem absolute = numeric(10, Tolerance.parse("0.5"));
        assertEquals(1, Grader.grade(absolute, Answer.ofNumber(10.5)), "on the edge counts");
        assertEquals(1, Grader.grade(absolute, Answer.ofNumber(9.5)));
        assertEquals(0, Grader.grade(absolute, Answer.ofNumber(10.51)));
        assertEquals(0, Grader.grade(absolute, Answer.ofNumber(Double.POSITIVE_INFINITY)));
        assertEquals(0, Grader.grade(absolute, new Answer(null, null, null, null, null)));

        RenderedItem relative = numeric(-200, Tolerance.parse("1%"));
        assertEquals(1, Grader.grade(relative, Answer.ofNumber(-202)), "1 % of |-200| is 2");
        assertEquals(1, Grader.grade(relative, Answer.ofNumber(-198)));
        assertEquals(0, Grader.grade(relative, Answer.ofNumber(-202.1)));
        assertEquals(0, Grader.grade(relative, Answer.ofNumber(200)), "the sign matters");

        RenderedItem zero = numeric(0, Tolerance.parse("5%"));
        assertEquals(1, Grader.grade(zero, Answer.ofNumber(0)), "relative to 0 only 0 itself is right");
        assertEquals(0, Grader.grade(zero, Answer.ofNumber(0.001)));
    }

    @Test
    void a_computed_numeric_item_is_graded_against_its_own_draw() {
        Item item = new Item("c1", ItemType.NUMERIC, "{{a}} times {{b}}?", List.of(), List.of(), List.of(), Map.of(),
                null, "a * b", Tolerance.parse("0.001"), null, List.of(), null, Map.of(),
                List.of(new Param("a", 2.0, 9.0, 1.0, null, null), new Param("b", 11.0, 19.0, 1.0, null, null)),
                Map.of(), "Multiply.", List.of("x"), null, "o", "items.yaml", 1);
        for (long seed = 0; seed < 20; seed++) {
            RenderedItem drawn = item.render(seed);
            double a = drawn.values().get("a"), b = drawn.values().get("b");
            assertEquals(1, Grader.grade(drawn, Answer.ofNumber(a * b)), "seed " + seed);
            assertEquals(0, Grader.grade(drawn, Answer.ofNumber(a * b + 1)), "seed " + seed);
        }
        assertEquals(item.render(7).values(), item.render(7).values(), "the same seed draws the same values");
    }

    @Test
    void ordering_edge_cases() {
        RenderedItem item = choiceItem(ItemType.ORDERING, List.of("a", "b", "c"));
        assertEquals(1.0 / 3, Grader.grade(item, Answer.choice("c", "a", "b")), 1e-9, "only a before b holds");
        assertEquals(0, Grader.grade(item, Answer.choice("a", "b", "x")), "an unknown id");
        assertEquals(0, Grader.grade(item, Answer.choice()));
        RenderedItem single = choiceItem(ItemType.ORDERING, List.of("a"));
        assertEquals(1, Grader.grade(single, Answer.choice("a")));
    }

    @Test
    void matching_credits_each_right_pair_and_nothing_for_unknown_prompts() {
        RenderedItem item = new RenderedItem("m", ItemType.MATCHING, "", ABCD,
                List.of(choice("p1"), choice("p2"), choice("p3")), Map.of(), List.of(),
                Map.of("p1", "a", "p2", "c", "p3", "d"), null, null, null, List.of(), null);
        assertEquals(2.0 / 3, Grader.grade(item, Answer.ofPairs(Map.of("p1", "a", "p2", "c", "p3", "b"))), 1e-9);
        assertEquals(1.0 / 3, Grader.grade(item, Answer.ofPairs(Map.of("p1", "a", "zz", "c"))), 1e-9);
        assertEquals(1.0 / 3, Grader.grade(item, Answer.ofPairs(Map.of("p1", "a", "p2", "a", "p3", "a"))), 1e-9,
                "the same option for every prompt earns only its own pair");
    }

    @Test
    void short_text_normalises_and_accepts_any_listed_answer_or_the_pattern() {
        RenderedItem item = new RenderedItem("s", ItemType.SHORT_TEXT, "", List.of(), List.of(), Map.of(), List.of(),
                Map.of(), null, null, null, List.of("overfitting", "Over-fitting"), "over[- ]?fit(ting|ted)?");
        assertEquals(1, Grader.grade(item, Answer.ofText("OVERFITTING")));
        assertEquals(1, Grader.grade(item, Answer.ofText("over-fitting")), "second accepted answer, case folded");
        assertEquals(1, Grader.grade(item, Answer.ofText("Over Fitted")), "the pattern, case-insensitive");
        assertEquals(1, Grader.grade(item, Answer.ofText("\u00A0overfitting\t")), "no-break space and tab trimmed");
        assertEquals(1, Grader.grade(item, Answer.ofText("ｏｖｅｒｆｉｔｔｉｎｇ")), "full-width letters");
        assertEquals(0, Grader.grade(item, Answer.ofText("overfitting is bad")), "the pattern must match it all");
        assertEquals(0, Grader.grade(item, Answer.ofText("underfitting")));
        assertEquals(0, Grader.grade(item, Answer.ofText("")));
        assertEquals(0, Grader.grade(item, Answer.ofText(null)));

        RenderedItem broken = new RenderedItem("b", ItemType.SHORT_TEXT, "", List.of(), List.of(), Map.of(), List.of(),
                Map.of(), null, null, null, List.of("yes"), "([unclosed");
        assertEquals(1, Grader.grade(broken, Answer.ofText("Yes")));
        assertEquals(0, Grader.grade(broken, Answer.ofText("no")), "a broken pattern never fails grading");
    }

    @Test
    void true_false_without_an_answer_earns_nothing() {
        RenderedItem truth = new RenderedItem("t", ItemType.TRUE_FALSE, "", List.of(), List.of(), Map.of(), List.of(),
                Map.of(), true, null, null, List.of(), null);
        assertEquals(0, Grader.grade(truth, new Answer(null, null, null, null, null)));
        assertEquals(1, Grader.grade(truth, Answer.ofTruth(true)));
    }

    private static RenderedItem numeric(double answer, Tolerance tolerance) {
        return new RenderedItem("n", ItemType.NUMERIC, "", List.of(), List.of(), Map.of(), List.of(), Map.of(), null,
                answer, tolerance, List.of(), null);
    }

    private static RenderedItem choiceItem(ItemType type, List<String> correct) {
        return new RenderedItem("i", type, "", ABCD, List.of(), Map.of(), correct, Map.of(), null, null, null,
                List.of(), null);
    }

    private static AuthoredChoice choice(String id) {
        return new AuthoredChoice(id, id.toUpperCase(), null);
    }
}
