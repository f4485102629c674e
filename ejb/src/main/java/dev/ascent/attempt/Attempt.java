package dev.ascent.attempt;

import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One learner's go at a quiz in a cohort. The draw, the item order, the option shuffle and the seed
 * are fixed at start and never leave the server.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    public enum State { IN_PROGRESS, SUBMITTED }

    /** Saves are still taken this long after the deadline: the network is not instant. */
    public static final Duration GRACE = Duration.ofSeconds(30);

    @Id
    private String id;
    @Column(name = "quiz_id", nullable = false)
    private String quizId;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "cohort_id")
    private String cohortId;
    @Column(name = "attempt_number", nullable = false)
    private int number;
    @Column(nullable = false)
    private long seed;
    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "item_keys", nullable = false)
    private String itemKeys;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    private Instant deadline;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;
    private Double score;
    @Column(name = "max_score")
    private Double maxScore;
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Attempt() {
    }

    Attempt(String quizId, String personId, String cohortId, int number, long seed, boolean shuffleOptions,
            List<String> itemKeys, Instant startedAt, Instant deadline) {
        this.id = Ids.newId();
        this.quizId = quizId;
        this.personId = personId;
        this.cohortId = cohortId;
        this.number = number;
        this.seed = seed;
        this.shuffleOptions = shuffleOptions;
        this.state = State.IN_PROGRESS;
        this.itemKeys = String.join(",", itemKeys);
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    void submit(double score, double maxScore, Instant at, boolean auto) {
        this.state = State.SUBMITTED;
        this.score = score;
        this.maxScore = maxScore;
        this.submittedAt = at;
        this.autoSubmitted = auto;
    }

    /** A submitted attempt's new score: staff changed an item's credit, or a re-grade after a key correction. */
    void rescore(double score) {
        this.score = score;
    }

    /** True when saves are no longer taken: past the deadline and its grace. */
    boolean isOverdue(Instant now) {
        return state == State.IN_PROGRESS && deadline != null && now.isAfter(deadline.plus(GRACE));
    }

    /** Submitted because its time ran out (not because its learner left the cohort, which also submits automatically). */
    boolean isTimedOut() {
        return autoSubmitted && deadline != null && submittedAt != null && !submittedAt.isBefore(deadline);
    }

    public String getId() {
        return id;
    }

    public String getQuizId() {
        return quizId;
    }

    public String getPersonId() {
        return personId;
    }

    public String getCohortId() {
        return cohortId;
    }

    public int getNumber() {
        return number;
    }

    long getSeed() {
        return seed;
    }

    boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public State getState() {
        return state;
    }

    public List<String> getItemKeys() {
        return Arrays.asList(itemKeys.split(","));
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    public Double getScore() {
        return score;
    }

    public Double getMaxScore() {
        return maxScore;
    }

    /** Percent of the maximum, or null before submission. */
    public Double getPercent() {
        return score == null || maxScore == null || maxScore == 0 ? null : 100 * score / maxScore;
    }
}
