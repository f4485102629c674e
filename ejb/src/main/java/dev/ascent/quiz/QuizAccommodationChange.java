package dev.ascent.quiz;

import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One setting or removal of an accommodation: who, when, what, why. Append-only. */
@Entity
@Table(name = "quiz_accommodation_change")
public class QuizAccommodationChange {
    @Id
    private String id;
    @Column(name = "cohort_id", nullable = false)
    private String cohortId;
    @Column(name = "unit_key", nullable = false)
    private String unitKey;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "action", nullable = false)
    private String action;
    @Column(name = "detail", nullable = false)
    private String detail;
    @Column(name = "reason", nullable = false)
    private String reason;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected QuizAccommodationChange() {
    }

    QuizAccommodationChange(String cohortId, String unitKey, String personId, String action, String detail,
                            String reason, String changedBy, Instant changedAt) {
        this.id = Ids.newId();
        this.cohortId = cohortId;
        this.unitKey = unitKey;
        this.personId = personId;
        this.action = action;
        this.detail = detail;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    String getPersonId() {
        return personId;
    }

    String getAction() {
        return action;
    }

    String getDetail() {
        return detail;
    }

    String getReason() {
        return reason;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
