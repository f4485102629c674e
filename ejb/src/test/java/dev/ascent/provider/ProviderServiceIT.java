package dev.ascent.provider;

import static dev.ascent.cohort.Tenants.PLATFORM;
import static dev.ascent.cohort.Tenants.PROVIDER_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.cohort.Tenants;
import dev.ascent.identity.IdentityService;
import dev.ascent.identity.PasswordResetService;
import dev.ascent.identity.PersonRef;
import dev.ascent.identity.RecordingMailer;
import dev.ascent.identity.TestPeople;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ProviderServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    ProviderService providers;
    @Inject
    Tenants tenants;
    @Inject
    TestPeople people;
    @Inject
    RecordingMailer mailer;
    @Inject
    PasswordResetService resets;
    @Inject
    IdentityService identities;

    @Test
    void the_platform_admin_creates_a_provider_with_its_branding_and_sees_every_provider() {
        Tenants.Tenant a = tenants.create("A");
        Tenants.Tenant b = tenants.create("B");
        ProviderView created = Identities.as(a.platformAdminId(), PLATFORM, () -> providers.create("acme-" + UUID.randomUUID(),
                new ProviderDetails(" Acme ", "https://acme.example/logo.svg", "#A1B2C3", null, "Ann Sign", "Dean")));
        assertEquals("Acme", created.name());
        assertEquals("#a1b2c3", created.primaryColor());
        assertEquals("Ann Sign", created.signatoryName());
        List<String> all = Identities.as(a.platformAdminId(), PLATFORM, () -> providers.list().stream().map(ProviderView::id).toList());
        assertTrue(all.containsAll(List.of(a.providerId(), b.providerId(), created.id())));
    }

    @Test
    void a_provider_admin_reaches_only_their_own_provider() {
        Tenants.Tenant a = tenants.create("A");
        Tenants.Tenant b = tenants.create("B");
        Identities.run(a.adminId(), PROVIDER_ADMIN, () -> {
            assertEquals(List.of(a.providerId()), providers.list().stream().map(ProviderView::id).toList());
            assertEquals("Provider A", providers.get(a.providerId()).name());
            ProviderView updated = providers.update(a.providerId(), new ProviderDetails("Renamed", null, "#000000", "#ffffff", null, null));
            assertEquals("Renamed", updated.name());
            for (var call : List.<Runnable>of(() -> providers.get(b.providerId()),
                    () -> providers.update(b.providerId(), Tenants.details("x")),
                    () -> providers.addAdmin(b.providerId(), TestPeople.newEmail("x"), null))) {
                assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, call::run).kind());
            }
            assertThrows(EJBAccessException.class, () -> providers.create("nope-" + UUID.randomUUID(), Tenants.details("x")));
        });
    }

    @Test
    void learners_and_nobody_cannot_use_providers_at_all() {
        Tenants.Tenant a = tenants.create("A");
        String learner = people.learner("Learner").getId();
        Identities.run(learner, () -> {
            assertThrows(EJBAccessException.class, () -> providers.list());
            assertThrows(EJBAccessException.class, () -> providers.get(a.providerId()));
        });
        assertThrows(EJBAccessException.class, () -> providers.list());
    }

    @Test
    void an_unknown_admin_email_gets_an_account_and_a_set_password_link_that_works_once() {
        Tenants.Tenant a = tenants.create("A");
        String email = TestPeople.newEmail("New Admin");
        ProviderView view = Identities.as(a.adminId(), PROVIDER_ADMIN, () -> providers.addAdmin(a.providerId(), email, "New Admin"));
        PersonRef added = view.admins().stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
        assertEquals("New Admin", added.name());

        String token = mailer.lastToken(email).orElseThrow(() -> new AssertionError("no set-password mail to " + email));
        resets.resetPassword(token, "a brand new password");
        assertTrue(identities.login(email, "a brand new password").succeeded());
        assertEquals(DomainException.Kind.INVALID, assertThrows(DomainException.class,
                () -> resets.resetPassword(token, "another new password")).kind(), "the link works once");

        // Removing is idempotent and takes the admin right away.
        Identities.run(a.adminId(), PROVIDER_ADMIN, () -> {
            providers.removeAdmin(a.providerId(), email);
            ProviderView after = providers.removeAdmin(a.providerId(), email);
            assertTrue(after.admins().stream().noneMatch(p -> p.email().equals(email)));
        });
        Identities.run(added.id(), PROVIDER_ADMIN, () -> assertEquals(List.of(), providers.list()));
    }

    @Test
    void bad_branding_and_a_taken_slug_are_refused() {
        Tenants.Tenant a = tenants.create("A");
        String slug = "slug-" + UUID.randomUUID();
        Identities.run(a.platformAdminId(), PLATFORM, () -> {
            providers.create(slug, Tenants.details("S"));
            assertEquals("slug-taken", assertThrows(DomainException.class, () -> providers.create(slug, Tenants.details("S"))).type());
            for (ProviderDetails bad : List.of(
                    new ProviderDetails("X", "javascript:alert(1)", null, null, null, null),
                    new ProviderDetails("X", null, "red", null, null, null),
                    new ProviderDetails("X", null, null, "#12345", null, null),
                    new ProviderDetails(" ", null, null, null, null, null),
                    new ProviderDetails("X", null, null, null, "s".repeat(201), null))) {
                EJBException thrown = assertThrows(EJBException.class, () -> providers.update(a.providerId(), bad), bad::toString);
                assertTrue(thrown.getCause() instanceof ConstraintViolationException, bad::toString);
                assertEquals(1, ((ConstraintViolationException) thrown.getCause()).getConstraintViolations().size(), bad::toString);
            }
            assertThrows(EJBException.class, () -> providers.create("Not A Slug", Tenants.details("S")));
        });
    }

    @Test
    void granting_provider_admin_takes_effect_for_the_person_at_once() {
        Tenants.Tenant a = tenants.create("A");
        String someone = people.learner("Someone").getId();
        String email = people.email(someone);
        Identities.run(a.adminId(), PROVIDER_ADMIN, () -> providers.addAdmin(a.providerId(), email, null));
        Identities.run(someone, Set.of("user", "provider-admin"),
                () -> assertEquals(List.of(a.providerId()), providers.list().stream().map(ProviderView::id).toList()));
    }
}
