package dev.ascent.identity;

import java.util.Set;

/**
 * What identity needs from the provider feature to build a {@link Caller}: the providers a person
 * administers. Implemented there (a CDI bean), so identity reads no table of another feature.
 */
public interface ProviderRoles {
    Set<String> providersAdministeredBy(String personId);
}
