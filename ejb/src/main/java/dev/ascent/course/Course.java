package dev.ascent.course;

import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course by its stable slug; its content lives in versions, the newest is current. */
@Entity
@Table(name = "course")
public class Course {
    @Id
    private String id;
    @Column(nullable = false, unique = true)
    private String slug;
    @Column(nullable = false)
    private String title;
    @Column(name = "current_version_id")
    private String currentVersionId;

    protected Course() {
    }

    public Course(String slug, String title) {
        this.id = Ids.newId();
        this.slug = slug;
        this.title = title;
    }

    public String getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getCurrentVersionId() {
        return currentVersionId;
    }

    void makeCurrent(CourseVersion version) {
        this.currentVersionId = version.getId();
        this.title = version.getTitle();
    }
}
