package dev.ascent.attempt;

import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One learner's go at a quiz. The draw and the seed are fixed at start and never leave the server. */
@Entity
@Table(name = "attempt")
public class Attempt {

    public enum State { IN_PROGRESS, SUBMITTED }

    @Id
    private String id;
    @Column(name = "quiz_id", nullable = false)
    private String quizId;
    @Column(name = "person_id")
    private String personId;
    @Column(nullable = false)
    private long seed;
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
    private Double score;
    @Column(name = "max_score")
    private Double maxScore;
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Attempt() {
    }

    Attempt(String quizId, String personId, long seed, List<String> itemKeys, Instant startedAt, Instant deadline) {
        this.id = Ids.newId();
        this.quizId = quizId;
        this.personId = personId;
        this.seed = seed;
        this.state = State.IN_PROGRESS;
        this.itemKeys = String.join(",", itemKeys);
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    void submit(double score, double maxScore, Instant at) {
        this.state = State.SUBMITTED;
        this.score = score;
        this.maxScore = maxScore;
        this.submittedAt = at;
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

    long getSeed() {
        return seed;
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

    public Double getScore() {
        return score;
    }

    public Double getMaxScore() {
        return maxScore;
    }
}
