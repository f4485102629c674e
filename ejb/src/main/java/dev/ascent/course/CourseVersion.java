package dev.ascent.course;

import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported state of the course files; attempts keep pointing at the version they were taken on. */
@Entity
@Table(name = "course_version")
public class CourseVersion {
    @Id
    private String id;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(nullable = false)
    private int number;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(nullable = false)
    private String title;
    private String summary;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected CourseVersion() {
    }

    CourseVersion(Course course, int number, String contentHash, String title, String summary, Instant importedAt) {
        this.id = Ids.newId();
        this.courseId = course.getId();
        this.number = number;
        this.contentHash = contentHash;
        this.title = title;
        this.summary = summary;
        this.importedAt = importedAt;
    }

    public String getId() {
        return id;
    }

    public String getCourseId() {
        return courseId;
    }

    public int getNumber() {
        return number;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
