package dev.ascent.course;

import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of one course version: its lesson, objectives, key terms and figures (kept as JSON text). */
@Entity
@Table(name = "unit")
public class Unit {
    @Id
    private String id;
    @Column(name = "course_version_id", nullable = false)
    private String courseVersionId;
    @Column(name = "unit_key", nullable = false)
    private String unitKey;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String title;
    private String summary;
    @Column(name = "lesson_markdown", nullable = false)
    private String lessonMarkdown;
    @Column(name = "objectives_json", nullable = false)
    private String objectivesJson;
    @Column(name = "key_terms_json", nullable = false)
    private String keyTermsJson;
    @Column(name = "figures_json", nullable = false)
    private String figuresJson;

    protected Unit() {
    }

    Unit(CourseVersion version, String unitKey, int position, String title, String summary,
         String lessonMarkdown, String objectivesJson, String keyTermsJson, String figuresJson) {
        this.id = Ids.newId();
        this.courseVersionId = version.getId();
        this.unitKey = unitKey;
        this.position = position;
        this.title = title;
        this.summary = summary;
        this.lessonMarkdown = lessonMarkdown;
        this.objectivesJson = objectivesJson;
        this.keyTermsJson = keyTermsJson;
        this.figuresJson = figuresJson;
    }

    public String getId() {
        return id;
    }

    public String getCourseVersionId() {
        return courseVersionId;
    }

    public String getUnitKey() {
        return unitKey;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLessonMarkdown() {
        return lessonMarkdown;
    }

    public String getObjectivesJson() {
        return objectivesJson;
    }

    public String getKeyTermsJson() {
        return keyTermsJson;
    }

    /** The lesson's figures as JSON ({@code dev.ascent.quizzes.Figure[]}). */
    public String getFiguresJson() {
        return figuresJson;
    }
}
