package dev.ascent.cohort;

import dev.ascent.identity.Person;
import dev.ascent.shared.InsertAfter;
import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person in a cohort. Added by an admin it is INVITED until the learner first opens their
 * learning; joining with an invite code makes it ACTIVE at once. Withdrawing changes the status
 * only: the row, its dates and its {@link EnrollmentEvent}s stay.
 */
@Entity
@InsertAfter({Cohort.class, Person.class})
@Table(name = "enrollment")
public class Enrollment {

    public enum Status { INVITED, ACTIVE, COMPLETED, WITHDRAWN }

    @Id
    private String id;
    @Column(name = "cohort_id", nullable = false)
    private String cohortId;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "external_id")
    private String externalId;
    /** The name the provider entered, or the person's own when they joined with a code (they chose to share it). */
    @Column(name = "name")
    private String name;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Enrollment() {
    }

    private Enrollment(String cohortId, String personId, String externalId, String name) {
        this.id = Ids.newId();
        this.cohortId = cohortId;
        this.personId = personId;
        this.externalId = externalId;
        this.name = name;
    }

    static Enrollment invited(String cohortId, String personId, String externalId, String name, Instant at) {
        Enrollment enrollment = new Enrollment(cohortId, personId, externalId, name);
        enrollment.status = Status.INVITED;
        enrollment.invitedAt = at;
        return enrollment;
    }

    static Enrollment joined(String cohortId, String personId, String ownName, Instant at) {
        Enrollment enrollment = new Enrollment(cohortId, personId, null, ownName);
        enrollment.status = Status.ACTIVE;
        enrollment.activatedAt = at;
        return enrollment;
    }

    boolean isWithdrawn() {
        return status == Status.WITHDRAWN;
    }

    void activate(Instant at) {
        if (status == Status.INVITED) {
            status = Status.ACTIVE;
            activatedAt = at;
        }
    }

    void withdraw(Instant at) {
        status = Status.WITHDRAWN;
        withdrawnAt = at;
    }

    /** Back in the cohort: active again if the learner had ever been active, else invited again. */
    void reactivate(Instant at, String newExternalId, String newName) {
        status = activatedAt != null ? Status.ACTIVE : Status.INVITED;
        if (status == Status.INVITED) {
            invitedAt = at;
        }
        withdrawnAt = null;
        if (newExternalId != null) {
            externalId = newExternalId;
        }
        if (newName != null) {
            name = newName;
        }
    }

    public String getId() {
        return id;
    }

    public String getCohortId() {
        return cohortId;
    }

    public String getPersonId() {
        return personId;
    }

    public Status getStatus() {
        return status;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
