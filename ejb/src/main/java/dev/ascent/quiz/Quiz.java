package dev.ascent.quiz;

import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The quiz of one unit in one course version, with the settings the content gives it. */
@Entity
@Table(name = "quiz")
public class Quiz {
    @Id
    private String id;
    @Column(name = "unit_id", nullable = false)
    private String unitId;
    @Column(nullable = false)
    private String title;
    @Column(name = "draw_count", nullable = false)
    private int drawCount;
    @Column(name = "pass_mark_percent", nullable = false)
    private int passMarkPercent;
    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;
    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    protected Quiz() {
    }

    public Quiz(String unitId, String title, int drawCount, int passMarkPercent, Integer timeLimitMinutes,
                int attemptsAllowed) {
        this.id = Ids.newId();
        this.unitId = unitId;
        this.title = title;
        this.drawCount = drawCount;
        this.passMarkPercent = passMarkPercent;
        this.timeLimitMinutes = timeLimitMinutes;
        this.attemptsAllowed = attemptsAllowed;
    }

    public String getId() {
        return id;
    }

    public String getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }

    public int getDrawCount() {
        return drawCount;
    }

    public int getPassMarkPercent() {
        return passMarkPercent;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }
}
