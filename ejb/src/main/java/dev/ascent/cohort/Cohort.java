package dev.ascent.cohort;

import dev.ascent.course.CourseVersion;
import dev.ascent.provider.Provider;
import dev.ascent.identity.Person;
import dev.ascent.shared.InsertAfter;
import dev.ascent.shared.Ids;
import dev.ascent.shared.InstantConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A group of learners of one provider taking one course version, with its dates, per-unit
 * deadlines (by unit key) and instructors (person ids, table cohort_instructor).
 */
@Entity
@InsertAfter({Provider.class, CourseVersion.class, Person.class})
@Table(name = "cohort")
public class Cohort {
    @Id
    private String id;
    @Column(name = "provider_id", nullable = false)
    private String providerId;
    @Column(nullable = false)
    private String name;
    @Column(name = "course_version_id", nullable = false)
    private String courseVersionId;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** Instructors by person id, with the name the provider entered for them ("" when none was). */
    @ElementCollection
    @CollectionTable(name = "cohort_instructor", joinColumns = @JoinColumn(name = "cohort_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "name")
    private Map<String, String> instructors = new HashMap<>();
    @ElementCollection
    @CollectionTable(name = "cohort_deadline", joinColumns = @JoinColumn(name = "cohort_id"))
    @MapKeyColumn(name = "unit_key")
    @Column(name = "due_at", nullable = false)
    @Convert(converter = InstantConverter.class) // autoApply does not reach map values
    private Map<String, Instant> deadlines = new HashMap<>();

    protected Cohort() {
    }

    Cohort(String providerId, String name, String courseVersionId, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
        this.id = Ids.newId();
        this.providerId = providerId;
        this.name = name;
        this.courseVersionId = courseVersionId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getName() {
        return name;
    }

    public String getCourseVersionId() {
        return courseVersionId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getInstructorIds() {
        return Set.copyOf(instructors.keySet());
    }

    /** The name the provider entered for an instructor; blank when none was. */
    public String enteredName(String personId) {
        return instructors.get(personId);
    }

    public Map<String, Instant> getDeadlines() {
        return Map.copyOf(deadlines);
    }

    /** Adds the instructor; a name given again replaces the one entered before. */
    void addInstructor(String personId, String enteredName) {
        if (!instructors.containsKey(personId) || enteredName != null) {
            instructors.put(personId, enteredName == null ? "" : enteredName);
        }
    }

    void removeInstructor(String personId) {
        instructors.remove(personId);
    }

    void replaceDeadlines(Map<String, Instant> byUnitKey) {
        deadlines.clear();
        deadlines.putAll(byUnitKey);
    }
}
