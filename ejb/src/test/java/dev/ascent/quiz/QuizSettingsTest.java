package dev.ascent.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizSettingsTest {

    private static final QuizSettings CONTENT = new QuizSettings(10, true, true, 3, GradingMethod.HIGHEST, 70, 20, null,
            null, ReviewPolicy.DEFAULT);
    private static final Instant CLOSE = Instant.parse("2030-01-31T17:00:00Z");

    @Test
    void no_override_keeps_everything() {
        assertEquals(CONTENT, CONTENT.overriddenBy(SettingsOverride.NONE));
        assertSame(CONTENT, CONTENT.overriddenBy(null));
    }

    @Test
    void each_overridden_field_wins_and_zero_minutes_removes_the_time_limit() {
        QuizSettings s = CONTENT.overriddenBy(new SettingsOverride(5, false, false, 0, GradingMethod.AVERAGE, 50, 0,
                CLOSE.minusSeconds(3600), CLOSE, new ReviewPolicy(ReviewWhen.NEVER, null, null, null)));
        assertEquals(new QuizSettings(5, false, false, 0, GradingMethod.AVERAGE, 50, null, CLOSE.minusSeconds(3600), CLOSE,
                new ReviewPolicy(ReviewWhen.NEVER, ReviewWhen.IMMEDIATELY, ReviewWhen.AFTER_CLOSE, ReviewWhen.AFTER_CLOSE)), s);
        assertEquals(45, CONTENT.overriddenBy(new SettingsOverride(null, null, null, null, null, null, 45, null, null,
                null)).timeLimitMinutes());
    }

    @Test
    void review_parts_become_visible_when_their_moment_comes() {
        ReviewPolicy policy = new ReviewPolicy(ReviewWhen.IMMEDIATELY, ReviewWhen.AFTER_CLOSE, ReviewWhen.NEVER,
                ReviewWhen.AFTER_CLOSE);
        assertEquals(new ReviewPolicy.Visible(true, false, false, false), policy.at(CLOSE, CLOSE.minusMillis(1)));
        assertEquals(new ReviewPolicy.Visible(true, true, false, true), policy.at(CLOSE, CLOSE));
        assertEquals(new ReviewPolicy.Visible(true, false, false, false), policy.at(null, CLOSE),
                "without a close date after-close never comes");
        assertFalse(ReviewPolicy.Visible.NOTHING.anyPerItem());
    }

    @Test
    void grading_methods() {
        List<Double> percents = List.of(50.0, 100.0, 25.0);
        assertEquals(100.0, GradingMethod.HIGHEST.grade(percents));
        assertEquals(175.0 / 3, GradingMethod.AVERAGE.grade(percents), 1e-9);
        assertEquals(50.0, GradingMethod.FIRST.grade(percents));
        assertEquals(25.0, GradingMethod.LAST.grade(percents));
        for (GradingMethod method : GradingMethod.values()) {
            assertNull(method.grade(List.of()), method + " of nothing");
            assertEquals(80.0, method.grade(List.of(80.0)), method + " of one");
        }
    }

    @Test
    void the_pass_mark_is_inclusive() {
        assertTrue(CONTENT.passes(70));
        assertFalse(CONTENT.passes(69.99));
    }
}
