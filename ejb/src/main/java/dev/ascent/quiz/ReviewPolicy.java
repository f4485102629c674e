package dev.ascent.quiz;

import java.time.Instant;

/**
 * What a learner sees of a submitted attempt, and when: the score (and pass/fail), right or wrong
 * per item, the feedback (explanations and option feedback), and the correct answers. In an
 * override a null part keeps the default.
 */
public record ReviewPolicy(ReviewWhen score, ReviewWhen correctness, ReviewWhen feedback, ReviewWhen correctAnswers) {

    /** Score and right/wrong at once; feedback and answers (which give the key away) after the close date. */
    public static final ReviewPolicy DEFAULT = new ReviewPolicy(ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY,
            ReviewWhen.AFTER_CLOSE, ReviewWhen.AFTER_CLOSE);

    public ReviewPolicy overriddenBy(ReviewPolicy override) {
        if (override == null) {
            return this;
        }
        return new ReviewPolicy(or(override.score, score), or(override.correctness, correctness),
                or(override.feedback, feedback), or(override.correctAnswers, correctAnswers));
    }

    /** What is visible now of a submitted attempt. */
    public Visible at(Instant closesAt, Instant now) {
        return new Visible(score.allows(closesAt, now), correctness.allows(closesAt, now),
                feedback.allows(closesAt, now), correctAnswers.allows(closesAt, now));
    }

    public record Visible(boolean score, boolean correctness, boolean feedback, boolean correctAnswers) {
        public static final Visible NOTHING = new Visible(false, false, false, false);

        public boolean anyPerItem() {
            return correctness || feedback || correctAnswers;
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
