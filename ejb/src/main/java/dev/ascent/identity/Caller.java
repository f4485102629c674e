package dev.ascent.identity;

import java.util.Set;

/**
 * Who is calling and what they may reach: the tenant scope every service query is filtered by.
 * An anonymous caller has a null person id and no scope.
 */
public record Caller(String personId, boolean platformAdmin, Set<String> adminOfProviders, Set<String> instructsCohorts) {

    public static final Caller ANONYMOUS = new Caller(null, false, Set.of(), Set.of());

    public boolean isAnonymous() {
        return personId == null;
    }

    public boolean administers(String providerId) {
        return platformAdmin || adminOfProviders.contains(providerId);
    }

    public boolean instructs(String cohortId) {
        return instructsCohorts.contains(cohortId);
    }

    public boolean is(String personId) {
        return personId != null && personId.equals(this.personId);
    }
}
