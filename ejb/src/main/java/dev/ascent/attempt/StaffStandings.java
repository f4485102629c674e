package dev.ascent.attempt;

import dev.ascent.quiz.QuizSettings;
import dev.ascent.quiz.ReviewPolicy;
import dev.ascent.quiz.ReviewWhen;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        return new Bulk(cohortId).of(quizId, settings, attempts);
    }

    /**
     * For many learners of one cohort at once: attempts that differ only in who took them and
     * when are the same to the rule, so one plain attempt stands for all rows with the same
     * state and score (a page of 5,000 learners otherwise makes 50,000 of them).
     */
    public static final class Bulk {
        private final String cohortId;
        private final Map<Row, Attempt> plain = new HashMap<>();

        public Bulk(String cohortId) {
            this.cohortId = cohortId;
        }

        public Standing of(String quizId, QuizSettings settings, List<Row> attempts) {
            return of(quizId, settings, attempts, null);
        }

        /** @param override the unit grade staff set for this learner (percent), or null: it wins, as in {@link Standing} */
        public Standing of(String quizId, QuizSettings settings, List<Row> attempts, Double override) {
            QuizSettings staff = new QuizSettings(settings.drawCount(), settings.shuffleItems(), settings.shuffleOptions(),
                    settings.attemptsAllowed(), settings.gradingMethod(), settings.passMarkPercent(),
                    settings.timeLimitMinutes(), settings.opensAt(), settings.closesAt(), STAFF_SEE_ALL);
            List<Attempt> taken = attempts.stream()
                    .map(row -> plain.computeIfAbsent(new Row(null, null, 0, row.state(), row.score(), row.maxScore()),
                            this::attempt))
                    .toList();
            return Standing.of(quizId, cohortId, staff, taken, Instant.EPOCH, override, List.of());
        }

        private Attempt attempt(Row row) {
            Attempt attempt = new Attempt(null, null, cohortId, 0, 0, false, List.of(), Instant.EPOCH, null);
            if (row.state() == Attempt.State.SUBMITTED) {
                attempt.submit(row.score() == null ? 0 : row.score(), row.maxScore() == null ? 0 : row.maxScore(),
                        Instant.EPOCH, false);
            }
            return attempt;
        }
    }
}
