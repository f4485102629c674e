package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.shared.Ids;
import dev.ascent.shared.InsertAfter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One accepted save of an answer: the revision it made, when, and the answer as saved (the same
 * JSON as {@link AttemptResponse}, under the content's ids). Append-only, written in the save's
 * transaction; only staff read it (attempt review).
 */
@Entity
@InsertAfter({Attempt.class})
@Table(name = "attempt_save")
public class AttemptSave {
    @Id
    private String id;
    @Column(name = "attempt_id", nullable = false)
    private String attemptId;
    @Column(name = "item_key", nullable = false)
    private String itemKey;
    @Column(nullable = false)
    private int revision;
    @Column(nullable = false)
    private String answer;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected AttemptSave() {
    }

    /** The save that just made this response what it is. */
    static AttemptSave of(AttemptResponse response, String attemptId) {
        AttemptSave save = new AttemptSave();
        save.id = Ids.newId();
        save.attemptId = attemptId;
        save.itemKey = response.getItemKey();
        save.revision = response.getRevision();
        save.answer = response.answerJson();
        save.savedAt = response.getSavedAt();
        return save;
    }

    String getAttemptId() {
        return attemptId;
    }

    String getItemKey() {
        return itemKey;
    }

    int getRevision() {
        return revision;
    }

    Answer answer() {
        return ItemCodec.fromJson(answer, Answer.class);
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
