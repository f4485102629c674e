package dev.ascent.attempt;

import dev.ascent.quizzes.AuthoredChoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.quiz.Answer;
import dev.ascent.quiz.Grader;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChoiceIdsTest {

    private static final List<AuthoredChoice> ABCD = List.of(choice("a"), choice("b"), choice("c"), choice("d"));
    private static final RenderedItem MATCHING = new RenderedItem("u1-q09", ItemType.MATCHING, "", ABCD,
            List.of(choice("p1"), choice("p2")), Map.of(), List.of(), Map.of("p1", "a", "p2", "b"), null, null, null,
            List.of(), null);

    @Test
    void ids_are_opaque_url_safe_unique_within_the_item_and_stable_for_the_attempt() {
        ChoiceIds ids = ChoiceIds.of(42L, MATCHING);
        Set<String> shown = new HashSet<>();
        for (String content : List.of("a", "b", "c", "d")) {
            String id = ids.option(content);
            assertTrue(id.matches("[A-Za-z0-9_-]{12}"), id);
            assertNotEquals(content, id);
            shown.add(id);
        }
        shown.add(ids.prompt("p1"));
        shown.add(ids.prompt("p2"));
        assertEquals(6, shown.size(), "options and prompts never share an id within an item");
        assertEquals(ids.option("a"), ChoiceIds.of(42L, MATCHING).option("a"), "same attempt, same ids");
    }

    @Test
    void another_attempt_or_another_item_shows_other_ids() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            assertTrue(seen.add(ChoiceIds.of(seed, MATCHING).option("a")), "seed " + seed);
        }
        RenderedItem other = new RenderedItem("u1-q10", ItemType.SINGLE_CHOICE, "", ABCD, List.of(), Map.of(),
                List.of("a"), Map.of(), null, null, null, List.of(), null);
        assertNotEquals(ChoiceIds.of(7L, MATCHING).option("a"), ChoiceIds.of(7L, other).option("a"));
    }

    @Test
    void an_answer_goes_out_and_comes_back_and_grades_as_the_content_key() {
        ChoiceIds ids = ChoiceIds.of(-99L, MATCHING);
        Answer key = Answer.ofPairs(MATCHING.correctPairs());
        Answer shown = ids.shown(key);
        assertEquals(Map.of(ids.prompt("p1"), ids.option("a"), ids.prompt("p2"), ids.option("b")), shown.pairs());
        assertEquals(key, ids.stored(shown));
        assertEquals(1.0, Grader.grade(MATCHING, ids.stored(shown)));

        Answer picked = Answer.choice(ids.option("c"), ids.option("a"));
        assertEquals(List.of("c", "a"), ids.stored(picked).selected(), "order kept, for ordering items");
        assertEquals(picked, ids.shown(ids.stored(picked)));
        Answer other = Answer.ofNumber(1.5);
        assertEquals(other, ids.stored(other));
        assertEquals(other, ids.shown(other));
        assertNull(ids.stored(null));
    }

    @Test
    void a_content_id_or_an_unknown_id_does_not_translate_and_so_cannot_be_saved() {
        ChoiceIds ids = ChoiceIds.of(1L, MATCHING);
        assertEquals(java.util.Arrays.asList((String) null), ids.stored(Answer.choice("a")).selected());
        assertEquals(java.util.Arrays.asList((String) null), ids.stored(Answer.choice(ids.prompt("p1"))).selected(),
                "a prompt's id is no option's");
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("p1", ids.option("a"));
        Map<String, String> stored = ids.stored(Answer.ofPairs(pairs)).pairs();
        assertTrue(stored.containsKey(null) && stored.containsValue("a"), stored.toString());
    }

    @Test
    void review_feedback_and_key_are_shown_in_the_attempt_ids() {
        ChoiceIds ids = ChoiceIds.of(5L, MATCHING);
        AttemptViews.ItemReview review = new AttemptViews.ItemReview("u1-q09", "CORRECT", 1.0,
                new AttemptViews.Feedback("because", List.of(new AttemptViews.OptionFeedback("b", "close"))),
                Answer.choice("a"), "u1-o2");
        AttemptViews.ItemReview shown = ids.shown(review);
        assertEquals("u1-o2", shown.objectiveId());
        assertEquals(List.of(ids.option("a")), shown.correctAnswer().selected());
        assertEquals(ids.option("b"), shown.feedback().options().get(0).id());
        assertEquals("because", shown.feedback().explanation());
        assertEquals("CORRECT", shown.outcome());
    }

    @Test
    void which_id_is_the_key_follows_no_pattern_across_attempts() {
        // Blind strategies against "the key is mostly a" content: the smallest id, the largest.
        int smallest = 0;
        int largest = 0;
        int attempts = 2000;
        for (long seed = 0; seed < attempts; seed++) {
            ChoiceIds ids = ChoiceIds.of(seed * 7919, MATCHING);
            List<String> shown = new ArrayList<>(ABCD.stream().map(c -> ids.option(c.id())).sorted().toList());
            smallest += shown.get(0).equals(ids.option("a")) ? 1 : 0;
            largest += shown.get(3).equals(ids.option("a")) ? 1 : 0;
        }
        // Chance is 1 in 4: 500 of 2000, standard deviation about 19.
        assertTrue(Math.abs(smallest - 500) < 100, "smallest id is the key " + smallest + " times");
        assertTrue(Math.abs(largest - 500) < 100, "largest id is the key " + largest + " times");
    }

    @Test
    void the_items_of_one_attempt_are_shuffled_independently() {
        // Seeded with seed ^ hash, items whose ids differ in the last character put "a" in the same
        // place about half the time; independent shuffles do so one time in four.
        int same = 0;
        int attempts = 4000;
        for (long n = 0; n < attempts; n++) {
            long seed = n * 0x9E3779B97F4A7C15L;
            List<String> first = new ArrayList<>(List.of("a", "b", "c", "d"));
            List<String> second = new ArrayList<>(first);
            java.util.Collections.shuffle(first, new java.util.Random(ChoiceIds.shuffleSeed(seed, "u6-q01", "option")));
            java.util.Collections.shuffle(second, new java.util.Random(ChoiceIds.shuffleSeed(seed, "u6-q02", "option")));
            same += first.indexOf("a") == second.indexOf("a") ? 1 : 0;
        }
        assertTrue(Math.abs(same - attempts / 4) < 5 * Math.sqrt(attempts * 0.1875), "same place " + same + " times");
        assertNotEquals(ChoiceIds.shuffleSeed(1L, "u6-q01", "option"), ChoiceIds.shuffleSeed(1L, "u6-q01", "prompt"));
        assertNotEquals(1L, ChoiceIds.shuffleSeed(1L, "", "draw"));
    }

    private static AuthoredChoice choice(String id) {
        return new AuthoredChoice(id, "text " + id, null);
    }
}
