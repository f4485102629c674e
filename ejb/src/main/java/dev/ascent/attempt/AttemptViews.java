package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the service hands out about attempts. None of these records has a field for a key, a
 * formula or the seed; the review parts are filled only as far as the review policy allows, and
 * JSON leaves out what is null.
 */
public final class AttemptViews {
    private AttemptViews() {
    }

    /**
     * An attempt as its learner sees it. {@code result} is there once the attempt is submitted.
     *
     * @param serverTime the server's clock when this was made, for a countdown to {@code deadline}
     * @param responses  item id to the latest saved answer
     */
    public record Sheet(String id, String quizId, String cohortId, int number, String state, Instant startedAt,
                        Instant deadline, Instant serverTime, List<PresentedItem> items,
                        Map<String, SavedAnswer> responses, Result result) {
    }

    /** Stem and choices only. {@code unit} is the numeric unit label shown after the input, if any. */
    public record PresentedItem(String id, String type, String stem, String unit, List<Choice> options,
                                List<Choice> prompts) {
    }

    public record Choice(String id, String text) {
    }

    public record SavedAnswer(Answer answer, int revision, Instant savedAt) {
    }

    public record Saved(String attemptId, String itemId, int revision, Instant savedAt) {
    }

    /** A new attempt ({@code created}) or the open one, resumed. */
    public record Started(boolean created, Sheet sheet) {
    }

    /**
     * A submitted attempt as the review policy lets its learner see it now: score, maxScore,
     * percent and passed only when the score may be seen; items only when something per item may.
     */
    public record Result(String attemptId, String state, Instant submittedAt, boolean autoSubmitted, Double score,
                         Double maxScore, Double percent, Boolean passed, List<ItemReview> items, Comment comment) {
    }

    /** Staff's comment to the learner on one attempt: the learner reads it with the result, whatever the policy. */
    public record Comment(String attemptId, int attemptNumber, String text, Instant commentedAt) {
    }

    /**
     * One item of a review. {@code outcome} (CORRECT, PARTIAL, INCORRECT, UNANSWERED) and
     * {@code credit} (0 to 1) when right/wrong may be seen; {@code feedback} and
     * {@code correctAnswer} when those may. {@code objectiveId}, the unit objective the item tests
     * (so a page can send the learner back to the lesson section that teaches it), only with
     * right/wrong: where the policy hides that, which objectives were missed is hidden too.
     */
    public record ItemReview(String itemId, String outcome, Double credit, Feedback feedback, Answer correctAnswer,
                             String objectiveId) {
    }

    /** The item's explanation and the feedback of the options the learner chose. */
    public record Feedback(String explanation, List<OptionFeedback> options) {
    }

    public record OptionFeedback(String id, String feedback) {
    }

    /**
     * A learner's attempts at one quiz and the grade the grading method makes of them (absent
     * while the score may not be seen, or before the first submission).
     */
    public record History(String quizId, String cohortId, int attemptsAllowed, int attemptsUsed, boolean canStart,
                          String gradingMethod, Integer passMarkPercent, Grade grade, List<Summary> attempts,
                          List<Comment> comments) {
    }

    /** @param overridden the grade was set by staff and wins over the attempts until removed */
    public record Grade(double percent, boolean passed, boolean overridden) {
    }

    public record Summary(String id, int number, String state, Instant startedAt, Instant deadline,
                          Instant submittedAt, boolean autoSubmitted, Double score, Double maxScore, Double percent,
                          Boolean passed) {
    }

    /**
     * A quiz before it is started: its title, the items an attempt draws, the time limit in
     * minutes (null = none), the dates (null = none) and the learner's history at it.
     */
    public record Intro(String quizId, String title, int itemCount, Integer timeLimitMinutes, Instant opensAt,
                        Instant closesAt, History history) {
    }

    /** A learner's attempts at a quiz as staff see them: everything, whatever the learner's review policy. */
    public record StaffReview(String quizId, String personId, List<StaffAttempt> attempts) {
    }

    /** One attempt for staff: its score, the staff comment and every item as the learner saw it. */
    public record StaffAttempt(String id, String cohortId, int number, String state, Instant startedAt, Instant deadline,
                               Instant submittedAt, boolean autoSubmitted, Double score, Double maxScore, Double percent,
                               Boolean passed, Comment comment, List<StaffItem> items) {
    }

    /**
     * One item as the learner saw it (stem with its parameters resolved, options in the learner's
     * order under the attempt's ids), their answer, the key in the same ids, outcome and credit
     * ({@code creditByStaff}: set by hand), feedback, the revision and time of the last save, and
     * every save in order ({@code saves}: staff only, never in a learner's view).
     */
    public record StaffItem(String itemId, String type, String stem, String unit, List<Choice> options,
                            List<Choice> prompts, Answer answer, Answer correctAnswer, String outcome, Double credit,
                            boolean creditByStaff, Feedback feedback, int revision, Instant savedAt,
                            List<SaveEntry> saves) {
    }

    /** One accepted save of an item's answer, for staff: the revision it made, when, and the answer (attempt's ids). */
    public record SaveEntry(int revision, Instant savedAt, Answer answer) {
    }

    /** An item's credit set by staff and the attempt re-scored: before and after. */
    public record CreditChange(String attemptId, String personId, String cohortId, String quizId, String itemId,
                               Double oldCredit, double newCredit, Double oldPercent, Double newPercent) {
    }

    /** Which learner, cohort, quiz and unit an attempt belongs to, for staff who may see its cohort. */
    public record AttemptRef(String attemptId, String personId, String cohortId, String quizId, int number,
                             String unitKey) {
    }
}
