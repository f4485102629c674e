package dev.ascent.grade;

import java.time.Instant;
import java.util.List;

/** What the override service hands out: records only, no entity. */
public final class Overrides {
    private Overrides() {
    }

    /**
     * One manual change. {@code kind}: ITEM_CREDIT (old and new credit 0–1), UNIT_GRADE (old: the
     * grade before, set or computed; new: the percent set), UNIT_GRADE_REMOVED (old: the override;
     * new: the computed grade it restores, empty when there is none), COMMENT (old and new text).
     */
    public record AuditEntry(String id, String kind, String personId, String unitKey, String attemptId, String itemId,
                             String oldValue, String newValue, String reason, String actorId, String actorEmail,
                             Instant changedAt) {
    }

    /** A unit grade set by staff. */
    public record UnitOverride(String unitKey, double percent, String setBy, Instant setAt) {
    }

    /** A learner's marks in a cohort: the unit grades set by staff and every change, newest first. */
    public record LearnerMarks(String cohortId, String personId, List<UnitOverride> overrides, List<AuditEntry> audit) {
    }
}
