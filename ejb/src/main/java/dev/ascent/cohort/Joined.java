package dev.ascent.cohort;

/** What a learner learns on joining with a code: the cohort, its provider and their enrollment. */
public record Joined(String enrollmentId, String cohortId, String cohortName, String providerName, String status) {
}
