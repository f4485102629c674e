/**
 * Providers (the tenants), their details and branding, and their admins. Owns the tables
 * provider and provider_admin.
 * <p>Uses {@code identity} and {@code shared}; implements identity's
 * {@link dev.ascent.identity.ProviderRoles}.
 */
package dev.ascent.provider;
