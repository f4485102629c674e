package dev.ascent.grade;

import dev.ascent.attempt.Attempt;
import dev.ascent.cohort.Cohort;
import dev.ascent.identity.Person;
import dev.ascent.shared.Ids;
import dev.ascent.shared.InsertAfter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One manual change to a grade: who, when, what, old and new value, why. Append-only: no setter, never deleted. */
@Entity
@Table(name = "grade_audit")
@InsertAfter({Person.class, Cohort.class, Attempt.class})
public class GradeAudit {

    public enum Kind { ITEM_CREDIT, UNIT_GRADE, UNIT_GRADE_REMOVED, COMMENT }

    @Id
    private String id;
    @Column(name = "cohort_id", nullable = false)
    private String cohortId;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "unit_key")
    private String unitKey;
    @Column(name = "attempt_id")
    private String attemptId;
    @Column(name = "item_key")
    private String itemKey;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value")
    private String newValue;
    @Column(nullable = false)
    private String reason;
    @Column(name = "actor_id", nullable = false)
    private String actorId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected GradeAudit() {
    }

    GradeAudit(String cohortId, String personId, Kind kind, String unitKey, String attemptId, String itemKey,
               String oldValue, String newValue, String reason, String actorId, Instant changedAt) {
        this.id = Ids.newId();
        this.cohortId = cohortId;
        this.personId = personId;
        this.kind = kind;
        this.unitKey = unitKey;
        this.attemptId = attemptId;
        this.itemKey = itemKey;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.actorId = actorId;
        this.changedAt = changedAt;
    }

    Overrides.AuditEntry view(String actorEmail) {
        return new Overrides.AuditEntry(id, kind.name(), personId, unitKey, attemptId, itemKey, oldValue, newValue, reason,
                actorId, actorEmail, changedAt);
    }

    String getActorId() {
        return actorId;
    }
}
