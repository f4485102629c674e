package dev.ascent.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ItemRenderTest {
    private static final CourseContent COURSE = CourseLoader.fromDirectory(Path.of("src/test/resources/courses/valid"));

    private static Item item(String id) {
        return COURSE.units().get(0).items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sameSeedSameValues() {
        Item numeric = item("u1-q02");
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(numeric.render(seed), numeric.render(seed));
        }
    }

    @Test
    void differentSeedsVary() {
        Set<Map<String, Double>> seen = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            seen.add(item("u1-q02").render(seed).values());
        }
        assertEquals(10, seen.size(), "x has 5 values and y 2, so 100 draws see all 10 pairs");
    }

    @Test
    void valuesStayWithinMinMaxStepAndAvoidNot() {
        Item numeric = item("u1-q02");
        for (long seed = 0; seed < 500; seed++) {
            Map<String, Double> v = numeric.render(seed).values();
            double x = v.get("x");
            assertTrue(x >= 1 && x <= 5 && x == Math.rint(x), "x=" + x);
            assertTrue(List.of(2.0, 4.0).contains(v.get("y")), "y=" + v.get("y") + " (3 is excluded by not)");
            assertEquals(x + v.get("y"), v.get("s"));
        }
    }

    @Test
    void stemAndAnswerUseTheDrawnValues() {
        RenderedItem r = item("u1-q02").render(7);
        Map<String, Double> v = r.values();
        assertEquals(List.of("x", "y", "s"), List.copyOf(v.keySet()), "params then let, in declaration order");
        assertEquals("What is " + Placeholders.format(v.get("x")) + " + " + Placeholders.format(v.get("y")) + "?", r.stem());
        assertEquals(v.get("s"), r.correctNumber());
        assertTrue(r.acceptsNumber(v.get("s") + 0.0005));
        assertFalse(r.acceptsNumber(v.get("s") + 0.01));
        assertEquals("Add them; the sum is " + Placeholders.format(v.get("s")) + ".", item("u1-q02").explanation(v));
    }

    @Test
    void answerWhenPicksTheConditionThatHolds() {
        Item threshold = item("u1-q08");
        Set<String> answers = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            RenderedItem r = threshold.render(seed);
            double p = r.values().get("p");
            assertEquals(List.of(p >= 0.5 ? "a" : "b"), r.correctIds(), "p=" + p);
            assertTrue(r.stem().startsWith("A model outputs " + Placeholders.format(p, 2) + " and"), r.stem());
            answers.addAll(r.correctIds());
        }
        assertEquals(Set.of("a", "b"), answers);
    }

    @Test
    void rangeValuesAreExactDecimals() {
        // 0.05 + 9 * 0.05 in binary is 0.49999999999999994; the draw must give exactly 0.5
        Param p = new Param("p", 0.05, 0.95, 0.05, null, null);
        assertTrue(p.candidates().contains(0.5));
        assertEquals(19, p.candidates().size());
    }

    @Test
    void plainItemsComeBackAsWritten() {
        Item choice = item("u1-q01");
        RenderedItem r = choice.render(42);
        assertFalse(choice.isComputed());
        assertTrue(r.values().isEmpty());
        assertEquals(choice.stem(), r.stem());
        assertSame(choice.options(), r.options());
        assertEquals(List.of("a"), r.correctIds());
        assertNull(r.correctNumber());

        assertEquals(Map.of("p1", "a", "p2", "b"), item("u1-q06").render(1).correctPairs());
        assertEquals(List.of("b", "c", "a"), item("u1-q05").render(1).correctIds());
        assertEquals(Boolean.FALSE, item("u1-q03").render(1).correctTrue());
    }

    @Test
    void shortTextIsNormalisedAndMayMatchThePattern() {
        RenderedItem r = item("u1-q07").render(0);
        assertTrue(r.acceptsText("  The   SUM "));
        assertTrue(r.acceptsText("sum"));
        assertFalse(r.acceptsText("total"));
    }

    @Test
    void placeholderFormats() {
        Map<String, Double> v = Map.of("a", 0.5, "b", 2.0, "c", 1.0 / 3, "d", -0.00001);
        assertEquals("0.5 2 0.3333 0 0.50 {{zz}}", Placeholders.fill("{{a}} {{b}} {{c}} {{d}} {{a:2}} {{zz}}", v));
        assertEquals("0.00", Placeholders.format(-0.001, 2));
    }
}
