package dev.ascent.cohort;

import dev.ascent.identity.Person;
import dev.ascent.shared.InsertAfter;
import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A self-enrollment code for a cohort, with a seat limit and an expiry. */
@Entity
@InsertAfter({Cohort.class, Person.class})
@Table(name = "invite")
public class Invite {
    @Id
    private String id;
    @Column(name = "cohort_id", nullable = false)
    private String cohortId;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(name = "seat_limit", nullable = false)
    private int seatLimit;
    @Column(name = "seats_used", nullable = false)
    private int seatsUsed;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Invite() {
    }

    Invite(String cohortId, String code, int seatLimit, Instant expiresAt, String createdBy, Instant createdAt) {
        this.id = Ids.newId();
        this.cohortId = cohortId;
        this.code = code;
        this.seatLimit = seatLimit;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    boolean isFull() {
        return seatsUsed >= seatLimit;
    }

    void takeSeat() {
        seatsUsed++;
    }

    public String getId() {
        return id;
    }

    public String getCohortId() {
        return cohortId;
    }

    public String getCode() {
        return code;
    }

    public int getSeatLimit() {
        return seatLimit;
    }

    public int getSeatsUsed() {
        return seatsUsed;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
