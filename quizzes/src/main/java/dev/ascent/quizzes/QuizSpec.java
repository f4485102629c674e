package dev.ascent.quizzes;

/**
 * The quiz settings of a unit.
 *
 * @param draw             items drawn per attempt from the pool
 * @param timeLimitMinutes null for no limit
 * @param attemptsAllowed  0 = unlimited
 */
public record QuizSpec(String title, int draw, int passMarkPercent, Integer timeLimitMinutes, int attemptsAllowed) {
}
