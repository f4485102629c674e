/**
 * Identity: people, sign-in, passwords and their resets, API tokens, the {@code Caller} and its
 * roles. Owns the tables person, password_reset and api_token.
 * <p>Uses only {@code shared}. What a caller administers or teaches it asks through its own
 * interfaces {@link dev.ascent.identity.ProviderRoles} and {@link dev.ascent.identity.CohortRoles},
 * implemented by the provider and cohort features, so it reads none of their tables.
 */
package dev.ascent.identity;
