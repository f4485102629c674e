package dev.ascent.quiz;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One learner's accommodation at one quiz in one cohort (Moodle's user override), as staff set it.
 * A null field changes nothing. See {@link QuizSettings#accommodatedBy} for how it applies.
 *
 * @param extraAttempts  added to the cohort's number of attempts (when it is limited)
 * @param extraMinutes   added to the time limit, after the multiplier (when there is a limit)
 * @param timeMultiplier the time limit times this, rounded up to whole minutes (1 to 10)
 * @param closesAt       a later close date for this learner; never earlier than the cohort's
 * @param reason         why (required; kept in the change log)
 */
public record Accommodation(@Min(0) @Max(100) Integer extraAttempts, @Min(0) @Max(10_080) Integer extraMinutes,
                            @DecimalMin("1.0") @DecimalMax("10.0") Double timeMultiplier, Instant closesAt,
                            @NotBlank @Size(max = 1000) String reason) {

    int extraAttemptsOrZero() {
        return extraAttempts == null ? 0 : extraAttempts;
    }

    int extraMinutesOrZero() {
        return extraMinutes == null ? 0 : extraMinutes;
    }

    double timeMultiplierOrOne() {
        return timeMultiplier == null ? 1.0 : timeMultiplier;
    }

    /** Gives nothing: no attempts, minutes, multiplier or close date. */
    boolean isEmpty() {
        return extraAttemptsOrZero() == 0 && extraMinutesOrZero() == 0 && timeMultiplierOrOne() == 1.0
                && closesAt == null;
    }

    /** For the change log: what was set. */
    String describe() {
        return "extraAttempts=" + extraAttemptsOrZero() + ", extraMinutes=" + extraMinutesOrZero()
                + ", timeMultiplier=" + timeMultiplierOrOne() + ", closesAt=" + (closesAt == null ? "-" : closesAt);
    }
}
