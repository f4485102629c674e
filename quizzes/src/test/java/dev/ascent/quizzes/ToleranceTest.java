package dev.ascent.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void absolute() {
        Tolerance t = Tolerance.parse("0.001");
        assertEquals(new Tolerance(0.001, false), t);
        assertTrue(t.accepts(0.75, 0.75));
        assertTrue(t.accepts(0.75, 0.751)); // exactly at the edge, despite binary rounding
        assertTrue(t.accepts(0.75, 0.749));
        assertFalse(t.accepts(0.75, 0.7515));
        assertFalse(t.accepts(0.75, Double.NaN));
    }

    @Test
    void relativeIsAFractionOfTheExpectedValue() {
        Tolerance t = Tolerance.parse("1%");
        assertEquals(new Tolerance(0.01, true), t);
        assertTrue(t.accepts(200, 202));
        assertTrue(t.accepts(-200, -198));
        assertFalse(t.accepts(200, 202.5));
        assertTrue(t.accepts(0, 0));
        assertFalse(t.accepts(0, 0.001));
        assertEquals("1%", t.toString());
    }

    @Test
    void zeroMeansExact() {
        assertTrue(Tolerance.parse("0").accepts(3, 3));
        assertFalse(Tolerance.parse("0").accepts(3, 3.001));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Tolerance.parse("abc"));
        assertThrows(IllegalArgumentException.class, () -> Tolerance.parse("-0.1"));
        assertThrows(IllegalArgumentException.class, () -> Tolerance.parse("%"));
    }
}
