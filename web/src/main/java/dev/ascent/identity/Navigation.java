package dev.ascent.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the shared header shows a signed-in person: links by role. Roles are read once per
 * request from {@link AccountService#me()}, the same memberships the services check.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    AccountService accounts;

    private AccountService.Me me;

    private AccountService.Me me() {
        if (me == null) {
            me = accounts.me();
        }
        return me;
    }

    private List<String> roles() {
        return me().roles();
    }

    /**
     * Whether the admin pages of this provider's cohorts apply: the services allow instructors
     * to read a cohort too, but managing it is for its provider's admins.
     */
    public boolean administers(String providerId) {
        return isPlatformAdmin() || me().adminOfProviders().contains(providerId);
    }

    public boolean isPlatformAdmin() {
        return roles().contains(Roles.PLATFORM_ADMIN);
    }

    /** Provider pages: the admins of a provider, and the platform admin who creates providers. */
    public boolean isRunsProviders() {
        return isPlatformAdmin() || roles().contains(Roles.PROVIDER_ADMIN);
    }

    public boolean isInstructor() {
        return roles().contains(Roles.INSTRUCTOR);
    }
}
