package dev.ascent.identity;

import java.util.Set;

/** The outcome of a successful sign-in: the principal name (person id) and the groups to grant. */
public record Authenticated(String personId, Set<String> groups) {
}
