package dev.ascent.attempt;

import dev.ascent.shared.Ids;
import dev.ascent.shared.InsertAfter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt re-graded after a key correction: who, when, old and new credit and score, why. Append-only. */
@Entity
@InsertAfter({Attempt.class})
@Table(name = "attempt_regrade")
public class AttemptRegrade {
    @Id
    private String id;
    @Column(name = "attempt_id", nullable = false)
    private String attemptId;
    @Column(name = "item_key", nullable = false)
    private String itemKey;
    @Column(name = "corrected_quiz_id", nullable = false)
    private String correctedQuizId;
    @Column(name = "old_credit")
    private Double oldCredit;
    @Column(name = "new_credit")
    private Double newCredit;
    @Column(name = "old_score", nullable = false)
    private double oldScore;
    @Column(name = "new_score", nullable = false)
    private double newScore;
    @Column(name = "max_score", nullable = false)
    private double maxScore;
    @Column(name = "reason", nullable = false)
    private String reason;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AttemptRegrade() {
    }

    AttemptRegrade(RegradeService.AttemptChange change, String itemKey, String correctedQuizId, String reason,
                   String changedBy, Instant changedAt) {
        this.id = Ids.newId();
        this.attemptId = change.attemptId();
        this.itemKey = itemKey;
        this.correctedQuizId = correctedQuizId;
        this.oldCredit = change.oldCredit();
        this.newCredit = change.newCredit();
        this.oldScore = change.oldScore();
        this.newScore = change.newScore();
        this.maxScore = change.maxScore();
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    RegradeService.AuditEntry entry(String personId) {
        return new RegradeService.AuditEntry(attemptId, personId, itemKey, correctedQuizId, oldCredit, newCredit, oldScore,
                newScore, maxScore, reason, changedBy, changedAt);
    }

    String getAttemptId() {
        return attemptId;
    }
}
