package dev.ascent.lesson;

import dev.ascent.cohort.Cohort;
import dev.ascent.identity.Person;
import dev.ascent.shared.Ids;
import dev.ascent.shared.InsertAfter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner read a unit's lesson in a cohort: at most one row per person, cohort and unit key. */
@Entity
@Table(name = "lesson_read")
@InsertAfter({Person.class, Cohort.class})
public class LessonRead {
    @Id
    private String id;
    @Column(name = "person_id", nullable = false)
    private String personId;
    @Column(name = "cohort_id", nullable = false)
    private String cohortId;
    @Column(name = "unit_key", nullable = false)
    private String unitKey;
    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected LessonRead() {
    }

    LessonRead(String personId, String cohortId, String unitKey, Instant readAt) {
        this.id = Ids.newId();
        this.personId = personId;
        this.cohortId = cohortId;
        this.unitKey = unitKey;
        this.readAt = readAt;
    }

    public String getPersonId() {
        return personId;
    }

    public String getCohortId() {
        return cohortId;
    }

    public String getUnitKey() {
        return unitKey;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
