package dev.ascent.attempt;

import dev.ascent.quiz.QuizSettings;
import dev.ascent.quiz.ReviewPolicy;
import dev.ascent.quiz.ReviewWhen;
import java.time.Instant;
import java.util.List;

/**
 * Standings as staff see them, for many learners at once (the gradebook): {@link Standing}'s one
 * rule, fed with attempts read as plain rows (no entities) and with the score always visible,
 * whatever the learner's review policy. Added by the gradebook (dev.ascent.grade); the only entry
 * point it needs from the quiz engine.
 */
public final class StaffStandings {
    private static final ReviewPolicy STAFF_SEE_ALL = new ReviewPolicy(ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY,
            ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY);

    private StaffStandings() {
    }

    /** One attempt as the gradebook reads it: who, which quiz, its number, state and score. */
    public record Row(String personId, String quizId, int number, Attempt.State state, Double score, Double maxScore) {
    }

    /**
     * @param attempts one learner's attempts at the quiz in this cohort, in the order taken
     * @return their standing with the real grade, pass and status (never SUBMITTED)
     */
    public static Standing of(String quizId, String cohortId, QuizSettings settings, List<Row> attempts) {
        QuizSettings staff = new QuizSettings(settings.drawCount(), settings.shuffleItems(), settings.shuffleOptions(),
                settings.attemptsAllowed(), settings.gradingMethod(), settings.passMarkPercent(),
                settings.timeLimitMinutes(), settings.opensAt(), settings.closesAt(), STAFF_SEE_ALL);
        List<Attempt> plain = attempts.stream().map(row -> {
            Attempt attempt = new Attempt(quizId, row.personId(), cohortId, row.number(), 0, false, List.of(),
                    Instant.EPOCH, null);
            if (row.state() == Attempt.State.SUBMITTED) {
                attempt.submit(row.score() == null ? 0 : row.score(), row.maxScore() == null ? 0 : row.maxScore(),
                        Instant.EPOCH, false);
            }
            return attempt;
        }).toList();
        return Standing.of(quizId, cohortId, staff, plain, Instant.EPOCH);
    }
}
