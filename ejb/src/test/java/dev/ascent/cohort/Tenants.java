package dev.ascent.cohort;

import dev.ascent.identity.Person;
import dev.ascent.identity.Roles;
import dev.ascent.identity.TestPeople;
import dev.ascent.provider.ProviderDetails;
import dev.ascent.provider.ProviderService;
import dev.ascent.shared.Identities;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** Test tenants built through the services themselves: a provider with an admin, a cohort and its instructor. */
@Dependent
public class Tenants {
    public static final Set<String> PLATFORM = Set.of(Roles.USER, Roles.PLATFORM_ADMIN);
    public static final Set<String> PROVIDER_ADMIN = Set.of(Roles.USER, Roles.PROVIDER_ADMIN);
    public static final Set<String> INSTRUCTOR = Set.of(Roles.USER, Roles.INSTRUCTOR);

    @Inject
    TestPeople people;
    @Inject
    ProviderService providers;
    @Inject
    CohortService cohorts;

    public record Tenant(String platformAdminId, String providerId, String adminId, String cohortId, String instructorId) {
    }

    public Tenant create(String label) {
        Person platform = people.platformAdmin("Platform " + label);
        Person admin = people.learner("Admin " + label);
        Person instructor = people.learner("Instructor " + label);
        String providerId = Identities.as(platform.getId(), PLATFORM, () -> {
            String id = providers.create("p-" + UUID.randomUUID(), details(label)).id();
            providers.addAdmin(id, admin.getEmail(), null);
            return id;
        });
        String cohortId = Identities.as(admin.getId(), PROVIDER_ADMIN, () -> {
            String id = cohorts.create(new NewCohort(providerId, "Cohort " + label, "ml-engineer", null, null)).id();
            cohorts.addInstructor(id, instructor.getEmail(), null);
            return id;
        });
        return new Tenant(platform.getId(), providerId, admin.getId(), cohortId, instructor.getId());
    }

    public static ProviderDetails details(String name) {
        return new ProviderDetails("Provider " + name, "https://example.org/logo.png", "#112233", "#AABBCC", "Dr. Sign",
                "Director");
    }
}
