package dev.ascent.identity;

import java.util.Set;

/**
 * What identity needs from the cohort feature to build a {@link Caller}: the cohorts a person
 * teaches. Implemented there (a CDI bean), so identity reads no table of another feature.
 */
public interface CohortRoles {
    Set<String> cohortsTaughtBy(String personId);
}
