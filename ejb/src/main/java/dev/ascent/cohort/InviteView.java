package dev.ascent.cohort;

import java.time.Instant;

/** An invite code with its seats and expiry, as the cohort's admins see it. */
public record InviteView(String id, String cohortId, String code, int seatLimit, int seatsUsed, Instant expiresAt,
                         Instant createdAt, boolean expired) {
}
