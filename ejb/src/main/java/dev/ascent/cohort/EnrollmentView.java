package dev.ascent.cohort;

import java.time.Instant;
import java.util.List;

/** A learner on a roster; {@code history} is filled only when one enrollment is asked for. */
public record EnrollmentView(String id, String cohortId, String personId, String email, String name, String externalId,
                             String status, Instant invitedAt, Instant activatedAt, Instant completedAt,
                             Instant withdrawnAt, List<HistoryEntry> history) {

    /** One status change: the new status, when, who did it (a person id; null for the learner's own visit) and how. */
    public record HistoryEntry(String status, Instant at, String actorId, String via) {
    }
}
