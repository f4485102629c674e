package dev.ascent.quiz;

import java.time.Instant;

/** When a learner may see one part of the review of a submitted attempt. */
public enum ReviewWhen {
    /** As soon as the attempt is submitted. */
    IMMEDIATELY,
    /** Once the quiz has closed for the cohort; with no close date, never. */
    AFTER_CLOSE,
    NEVER;

    public boolean allows(Instant closesAt, Instant now) {
        return switch (this) {
            case IMMEDIATELY -> true;
            case AFTER_CLOSE -> closesAt != null && !now.isBefore(closesAt);
            case NEVER -> false;
        };
    }
}
