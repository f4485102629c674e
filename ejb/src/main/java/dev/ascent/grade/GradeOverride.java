package dev.ascent.grade;

import dev.ascent.cohort.Cohort;
import dev.ascent.identity.Person;
import dev.ascent.shared.Ids;
import dev.ascent.shared.InsertAfter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner's unit grade set by staff: wins over the computed grade until the row is deleted. */
@Entity
@Table(name = "grade_override")
@InsertAfter({Person.class, Cohort.class})
public class GradeOverride {
    @Id
    private String id;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "cohort_id", nullable = false)
    private String cohortId;
    @Column(name = "unit_key", nullable = false)
    private String unitKey;
    @Column(nullable = false)
    private double percent;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected GradeOverride() {
    }

    GradeOverride(String personId, String cohortId, String unitKey) {
        this.id = Ids.newId();
        this.personId = personId;
        this.cohortId = cohortId;
        this.unitKey = unitKey;
    }

    void set(double percent, String by, Instant at) {
        this.percent = percent;
        this.setBy = by;
        this.setAt = at;
    }

    String getUnitKey() {
        return unitKey;
    }

    double getPercent() {
        return percent;
    }

    String getSetBy() {
        return setBy;
    }

    Instant getSetAt() {
        return setAt;
    }
}
