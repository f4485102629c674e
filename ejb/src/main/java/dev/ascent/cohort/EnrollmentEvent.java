package dev.ascent.cohort;

import dev.ascent.identity.Person;
import dev.ascent.shared.InsertAfter;
import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an enrollment's status: who, when, and how (manual, csv, invite, dashboard). */
@Entity
@InsertAfter({Enrollment.class, Person.class})
@Table(name = "enrollment_event")
public class EnrollmentEvent {
    @Id
    private String id;
    @Column(name = "enrollment_id", nullable = false)
    private String enrollmentId;
    @Column(nullable = false)
    private String status;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "actor_id")
    private String actorId;
    @Column(nullable = false)
    private String via;

    protected EnrollmentEvent() {
    }

    EnrollmentEvent(Enrollment enrollment, Instant occurredAt, String actorId, String via) {
        this.id = Ids.newId();
        this.enrollmentId = enrollment.getId();
        this.status = enrollment.getStatus().name();
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.via = via;
    }

    public String getEnrollmentId() {
        return enrollmentId;
    }

    public String getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorId() {
        return actorId;
    }

    public String getVia() {
        return via;
    }
}
