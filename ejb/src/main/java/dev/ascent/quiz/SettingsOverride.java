package dev.ascent.quiz;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;

/**
 * A cohort's changes to a quiz's settings; every null field keeps the content's default.
 *
 * @param timeLimitMinutes 0 removes the content's time limit
 * @param attemptsAllowed  0 = unlimited
 */
public record SettingsOverride(@Min(1) Integer drawCount, Boolean shuffleItems, Boolean shuffleOptions,
                               @Min(0) Integer attemptsAllowed, GradingMethod gradingMethod,
                               @Min(0) @Max(100) Integer passMarkPercent, @Min(0) @Max(10_080) Integer timeLimitMinutes,
                               Instant opensAt, Instant closesAt, ReviewPolicy review) {

    public static final SettingsOverride NONE = new SettingsOverride(null, null, null, null, null, null, null, null,
            null, null);
}
