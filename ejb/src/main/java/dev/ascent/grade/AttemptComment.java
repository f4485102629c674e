package dev.ascent.grade;

import dev.ascent.attempt.Attempt;
import dev.ascent.identity.Person;
import dev.ascent.shared.Ids;
import dev.ascent.shared.InsertAfter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Staff's comment to the learner on one attempt; the learner reads it with the result. */
@Entity
@Table(name = "attempt_comment")
@InsertAfter({Person.class, Attempt.class})
public class AttemptComment {
    @Id
    private String id;
    @Column(name = "attempt_id", nullable = false)
    private String attemptId;
    @Column(name = "comment_text", nullable = false)
    private String text;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected AttemptComment() {
    }

    AttemptComment(String attemptId) {
        this.id = Ids.newId();
        this.attemptId = attemptId;
    }

    void set(String text, String by, Instant at) {
        this.text = text;
        this.setBy = by;
        this.setAt = at;
    }

    String getAttemptId() {
        return attemptId;
    }

    String getText() {
        return text;
    }

    Instant getSetAt() {
        return setAt;
    }
}
