package dev.ascent.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One learner's accommodation at one unit's quiz in one cohort. Keyed by unit key, as
 * {@link QuizSettingsOverride} is, so it reads the same for every quiz row of the unit.
 */
@Entity
@Table(name = "quiz_accommodation")
@IdClass(QuizAccommodation.Key.class)
public class QuizAccommodation {
    @Id
    @Column(name = "cohort_id")
    private String cohortId;
    @Id
    @Column(name = "unit_key")
    private String unitKey;
    @Id
    @Column(name = "person_id")
    private String personId;
    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;
    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;
    @Column(name = "time_multiplier", nullable = false)
    private double timeMultiplier;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "reason", nullable = false)
    private String reason;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected QuizAccommodation() {
    }

    QuizAccommodation(String cohortId, String unitKey, String personId) {
        this.cohortId = cohortId;
        this.unitKey = unitKey;
        this.personId = personId;
    }

    void set(Accommodation a, String by, Instant at) {
        extraAttempts = a.extraAttemptsOrZero();
        extraMinutes = a.extraMinutesOrZero();
        timeMultiplier = a.timeMultiplierOrOne();
        closesAt = a.closesAt();
        reason = a.reason();
        updatedBy = by;
        updatedAt = at;
    }

    public Accommodation toAccommodation() {
        return new Accommodation(extraAttempts, extraMinutes, timeMultiplier, closesAt, reason);
    }

    String getCohortId() {
        return cohortId;
    }

    public String getPersonId() {
        return personId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public static class Key implements Serializable {
        private String cohortId;
        private String unitKey;
        private String personId;

        public Key() {
        }

        public Key(String cohortId, String unitKey, String personId) {
            this.cohortId = cohortId;
            this.unitKey = unitKey;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cohortId, k.cohortId) && Objects.equals(unitKey, k.unitKey)
                    && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, unitKey, personId);
        }
    }
}
