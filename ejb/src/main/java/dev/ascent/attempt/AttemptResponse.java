package dev.ascent.attempt;

import dev.ascent.quiz.Answer;
import dev.ascent.quiz.ItemCodec;
import dev.ascent.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The latest saved answer to one item of an attempt. The revision counts the saves that changed
 * it, so a client can say which one its change is based on; the credit is set once, at submit.
 */
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
    private Double credit;
    @Column(name = "credit_by_staff", nullable = false)
    private boolean creditByStaff;

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

    void grade(double credit) {
        this.credit = credit;
    }

    /** Staff's credit: kept whatever grading would say (a re-grade leaves it). */
    void creditByStaff(double credit) {
        this.credit = credit;
        this.creditByStaff = true;
    }

    public boolean isCreditByStaff() {
        return creditByStaff;
    }

    public String getItemKey() {
        return itemKey;
    }

    /** The answer as stored (JSON, under the content's ids), for the save log. */
    String answerJson() {
        return answer;
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

    public Double getCredit() {
        return credit;
    }
}
