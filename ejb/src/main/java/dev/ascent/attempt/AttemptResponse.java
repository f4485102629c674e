package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest saved answer to one item of an attempt; the revision counts the saves. */
@Entity
@Table(name = "attempt_response")
public class AttemptResponse {
    @Id
    private String id;
    @Column(name = "attempt_id", nullable = false)
    private String attemptId;
    @Column(name = "item_key", nullable = false)
    private String itemKey;
    @Column(nullable = false)
    private String answer;
    @Column(nullable = false)
    private int revision;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected AttemptResponse() {
    }

    AttemptResponse(String attemptId, String itemKey) {
        this.id = Ids.newId();
        this.attemptId = attemptId;
        this.itemKey = itemKey;
    }

    void record(Answer answer, Instant at) {
        this.answer = ItemCodec.toJson(answer);
        this.revision++;
        this.savedAt = at;
    }

    public String getItemKey() {
        return itemKey;
    }

    public Answer answer() {
        return ItemCodec.fromJson(answer, Answer.class);
    }

    public int getRevision() {
        return revision;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
