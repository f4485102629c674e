package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the service hands out about attempts: never a key, a formula or the seed. */
public final class AttemptViews {
    private AttemptViews() {
    }

    public record Sheet(String id, String quizId, String state, Instant startedAt, Instant deadline,
                        List<PresentedItem> items, Map<String, Answer> responses) {
    }

    public record PresentedItem(String id, String type, String stem, List<Choice> options,
                                List<Choice> prompts) {
    }

    public record Choice(String id, String text) {
    }

    public record Saved(String attemptId, String itemId, int revision, Instant savedAt) {
    }

    public record Result(String attemptId, String state, double score, double maxScore, double percent,
                         boolean passed, Instant submittedAt) {
    }
}
