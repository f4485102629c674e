package dev.ascent.cohort;

/**
 * A learner was withdrawn from a cohort (CDI event, fired in the withdrawing transaction). The
 * quiz engine observes it to close the learner's open attempts there; the cohort feature does not
 * know who listens.
 */
public record EnrollmentWithdrawn(String cohortId, String personId) {
}
