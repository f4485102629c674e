package dev.ascent.identity;

/**
 * Security groups. Every signed-in person is a {@code user} (a learner in their own cohorts); the
 * others follow from memberships. Services check the group with {@code @RolesAllowed} and then
 * scope every query to the provider or cohort the caller belongs to.
 */
public final class Roles {
    public static final String USER = "user";
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String PROVIDER_ADMIN = "provider-admin";
    public static final String INSTRUCTOR = "instructor";

    private Roles() {
    }
}
