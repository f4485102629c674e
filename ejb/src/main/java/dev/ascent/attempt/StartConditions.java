package dev.ascent.attempt;

import dev.ascent.quiz.QuizSettings;
import dev.ascent.shared.DomainException;
import java.time.Instant;

/**
 * Whether a new attempt may be started now: the quiz is open, not yet closed, and attempts are
 * left in the cohort. The one rule behind both starting and the history's {@code canStart}. Pure.
 */
final class StartConditions {
    private StartConditions() {
    }

    /**
     * @param attemptsUsed the learner's attempts at the quiz in the cohort the settings are for
     * @return why a new attempt may not start now, or null when it may
     */
    static DomainException refusal(QuizSettings settings, int attemptsUsed, Instant now) {
        if (settings.opensAt() != null && now.isBefore(settings.opensAt())) {
            return DomainException.conflict("quiz-not-open", "This quiz opens at " + settings.opensAt());
        }
        if (settings.closesAt() != null && !now.isBefore(settings.closesAt())) {
            return DomainException.conflict("quiz-closed", "This quiz closed at " + settings.closesAt());
        }
        if (settings.attemptsAllowed() > 0 && attemptsUsed >= settings.attemptsAllowed()) {
            return DomainException.conflict("attempts-exhausted", "All " + settings.attemptsAllowed()
                    + " attempts allowed at this quiz are used").with("attemptsAllowed", settings.attemptsAllowed());
        }
        return null;
    }
}
