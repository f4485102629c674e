package dev.ascent.attempt;

/**
 * A submitted attempt's score was changed by a re-grade after a key correction, fired once per
 * changed attempt, synchronously in the re-grade's transaction after the rows are written. For
 * whatever keeps derived grades (none yet); no grade-change event existed when it was added.
 */
public record AttemptRegraded(String attemptId, String personId, String cohortId, String quizId, double oldScore,
                              double newScore, double maxScore) {
}
