package dev.ascent.cohort;

import static dev.ascent.cohort.Tenants.INSTRUCTOR;
import static dev.ascent.cohort.Tenants.PROVIDER_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.identity.TestPeople;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import dev.ascent.shared.TestClock;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class InviteServiceIT {
    private static final Instant NEXT_WEEK = Instant.now().plus(7, ChronoUnit.DAYS);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    InviteService invites;
    @Inject
    EnrollmentService enrollments;
    @Inject
    Tenants tenants;
    @Inject
    TestPeople people;

    @Test
    void a_code_enrols_people_until_its_seats_are_taken() {
        Tenants.Tenant t = tenants.create("Seats");
        InviteView invite = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> invites.create(t.cohortId(), 2, NEXT_WEEK));
        assertTrue(invite.code().matches("[A-HJ-NP-Z2-9]{10}"), invite.code());

        String first = people.learner("First").getId();
        Joined joined = Identities.as(first, () -> invites.accept(invite.code().toLowerCase()));
        assertEquals(t.cohortId(), joined.cohortId());
        assertEquals("ACTIVE", joined.status());
        assertEquals("Provider Seats", joined.providerName());
        assertEquals(joined, Identities.as(first, () -> invites.accept(invite.code())), "accepting again uses no seat");

        Identities.run(people.learner("Second").getId(), () -> invites.accept(invite.code()));
        DomainException full = assertThrows(DomainException.class,
                () -> Identities.run(people.learner("Third").getId(), () -> invites.accept(invite.code())));
        assertEquals(DomainException.Kind.CONFLICT, full.kind());
        assertEquals("invite-full", full.type());

        List<InviteView> listed = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> invites.list(t.cohortId()));
        assertEquals(List.of(2), listed.stream().map(InviteView::seatsUsed).toList());
        assertEquals(2, Identities.as(t.adminId(), PROVIDER_ADMIN, () -> enrollments.roster(t.cohortId())).size());
    }

    @Test
    void an_expired_code_is_gone_and_an_unknown_one_not_found() {
        Tenants.Tenant t = tenants.create("Expiry");
        InviteView invite = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> invites.create(t.cohortId(), 5, NEXT_WEEK));
        // Eight days later, by the server's clock: the code has run out.
        TestClock.advance(Duration.ofDays(8));
        try {
            String learner = people.learner("Late").getId();
            DomainException gone = assertThrows(DomainException.class, () -> Identities.run(learner, () -> invites.accept(invite.code())));
            assertEquals(DomainException.Kind.GONE, gone.kind());
            assertEquals("invite-expired", gone.type());
            assertTrue(Identities.as(t.adminId(), PROVIDER_ADMIN, () -> invites.list(t.cohortId())).get(0).expired());
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                    () -> Identities.run(learner, () -> invites.accept("NOSUCHCODE"))).kind());
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void a_withdrawn_learner_cannot_come_back_with_a_code() {
        Tenants.Tenant t = tenants.create("Withdrawn");
        String learner = people.learner("Gone").getId();
        InviteView invite = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> invites.create(t.cohortId(), 5, NEXT_WEEK));
        Joined joined = Identities.as(learner, () -> invites.accept(invite.code()));
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> enrollments.withdraw(t.cohortId(), joined.enrollmentId()));
        assertEquals("enrollment-withdrawn", assertThrows(DomainException.class,
                () -> Identities.run(learner, () -> invites.accept(invite.code()))).type());
    }

    @Test
    void only_the_cohorts_admins_create_and_list_codes_and_the_expiry_must_be_ahead() {
        Tenants.Tenant a = tenants.create("A");
        Tenants.Tenant b = tenants.create("B");
        Identities.run(b.adminId(), PROVIDER_ADMIN, () -> {
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> invites.create(a.cohortId(), 5, NEXT_WEEK)).kind());
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, () -> invites.list(a.cohortId())).kind());
        });
        Identities.run(a.instructorId(), INSTRUCTOR, () -> assertThrows(EJBAccessException.class, () -> invites.list(a.cohortId())));
        Identities.run(a.adminId(), PROVIDER_ADMIN, () -> {
            assertThrows(DomainException.class, () -> invites.create(a.cohortId(), 5, Instant.now().minusSeconds(60)));
            assertThrows(EJBException.class, () -> invites.create(a.cohortId(), 0, NEXT_WEEK));
        });
        assertThrows(EJBAccessException.class, () -> invites.accept("ANYCODE"));
    }
}
