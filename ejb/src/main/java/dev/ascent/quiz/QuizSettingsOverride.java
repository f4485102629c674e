package dev.ascent.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One cohort's override of one unit's quiz settings. Keyed by unit key, so it reads the same for every quiz row of the unit. */
@Entity
@Table(name = "quiz_settings_override")
@IdClass(QuizSettingsOverride.Key.class)
public class QuizSettingsOverride {
    @Id
    @Column(name = "cohort_id")
    private String cohortId;
    @Id
    @Column(name = "unit_key")
    private String unitKey;
    @Column(name = "draw_count")
    private Integer drawCount;
    @Column(name = "shuffle_items")
    private Boolean shuffleItems;
    @Column(name = "shuffle_options")
    private Boolean shuffleOptions;
    @Column(name = "attempts_allowed")
    private Integer attemptsAllowed;
    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method")
    private GradingMethod gradingMethod;
    @Column(name = "pass_mark_percent")
    private Integer passMarkPercent;
    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_score")
    private ReviewWhen reviewScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_correctness")
    private ReviewWhen reviewCorrectness;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_feedback")
    private ReviewWhen reviewFeedback;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_answers")
    private ReviewWhen reviewAnswers;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected QuizSettingsOverride() {
    }

    QuizSettingsOverride(String cohortId, String unitKey) {
        this.cohortId = cohortId;
        this.unitKey = unitKey;
    }

    void set(SettingsOverride o, String by, Instant at) {
        drawCount = o.drawCount();
        shuffleItems = o.shuffleItems();
        shuffleOptions = o.shuffleOptions();
        attemptsAllowed = o.attemptsAllowed();
        gradingMethod = o.gradingMethod();
        passMarkPercent = o.passMarkPercent();
        timeLimitMinutes = o.timeLimitMinutes();
        opensAt = o.opensAt();
        closesAt = o.closesAt();
        ReviewPolicy review = o.review();
        reviewScore = review == null ? null : review.score();
        reviewCorrectness = review == null ? null : review.correctness();
        reviewFeedback = review == null ? null : review.feedback();
        reviewAnswers = review == null ? null : review.correctAnswers();
        updatedBy = by;
        updatedAt = at;
    }

    public SettingsOverride toOverride() {
        ReviewPolicy review = reviewScore == null && reviewCorrectness == null && reviewFeedback == null
                && reviewAnswers == null ? null
                : new ReviewPolicy(reviewScore, reviewCorrectness, reviewFeedback, reviewAnswers);
        return new SettingsOverride(drawCount, shuffleItems, shuffleOptions, attemptsAllowed, gradingMethod,
                passMarkPercent, timeLimitMinutes, opensAt, closesAt, review);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public static class Key implements Serializable {
        private String cohortId;
        private String unitKey;

        public Key() {
        }

        public Key(String cohortId, String unitKey) {
            this.cohortId = cohortId;
            this.unitKey = unitKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cohortId, k.cohortId) && Objects.equals(unitKey, k.unitKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, unitKey);
        }
    }
}
