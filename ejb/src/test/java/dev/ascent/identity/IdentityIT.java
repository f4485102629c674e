package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import dev.ascent.shared.TestData;
import jakarta.inject.Inject;
import dev.ascent.shared.TestClock;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login throttle, one-time password links and token revocation, each with a fresh person. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {
    private static final String PASSWORD = "correct horse battery";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    IdentityService identities;
    @Inject
    PasswordResetService resets;
    @Inject
    ApiTokenService tokens;
    @Inject
    TestPeople people;
    @Inject
    RecordingMailer mailer;
    @Inject
    TestData data;

    @Test
    void repeated_failed_logins_hold_that_email_back_for_a_capped_while_and_an_unknown_email_alike() {
        Person person = people.withPassword("Throttled", PASSWORD);
        String unknown = TestPeople.newEmail("Nobody");
        String client = "198.51.100." + (int) (Math.random() * 250);
        try {
            for (String email : new String[] {person.getEmail(), unknown}) {
                for (int i = 1; i <= 5; i++) {
                    IdentityService.LoginOutcome outcome = identities.login(email, "wrong " + i, client);
                    assertFalse(outcome.succeeded());
                    assertEquals(null, outcome.refusal(), "failure " + i + " is not held back yet");
                }
                IdentityService.LoginOutcome held = identities.login(email, PASSWORD, client);
                assertNotNull(held.refusal(), "held back after five failures: " + email);
                assertEquals(SignInThrottle.Reason.BACK_OFF, held.refusal().reason());
            }
            assertTrue(identities.login(person.getEmail(), PASSWORD, "203.0.113.9").succeeded(),
                    "the owner signs in from elsewhere");
            TestClock.advance(Duration.ofMinutes(16));
            assertTrue(identities.login(person.getEmail(), PASSWORD, client).succeeded(), "the delay has a cap");
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void a_reset_ends_every_other_link_and_every_session() {
        Person person = people.withPassword("Twice", PASSWORD);
        resets.requestReset(person.getEmail());
        String first = mailer.lastToken(person.getEmail()).orElseThrow();
        resets.requestReset(person.getEmail());
        String second = mailer.lastToken(person.getEmail()).orElseThrow();
        IdentityService.LoginOutcome before = identities.login(person.getEmail(), PASSWORD);
        assertTrue(identities.reauthenticate(person.getId(), before.credentialVersion()).isPresent());

        resets.resetPassword(second, "my new password!");
        assertEquals("reset-link-invalid",
                assertThrows(DomainException.class, () -> resets.resetPassword(first, "yet another one")).type());
        assertTrue(identities.reauthenticate(person.getId(), before.credentialVersion()).isEmpty(),
                "a session from before the reset ends");
        IdentityService.LoginOutcome after = identities.login(person.getEmail(), "my new password!");
        assertTrue(identities.reauthenticate(person.getId(), after.credentialVersion()).isPresent());
    }

    @Test
    void a_password_link_works_once() {
        Person person = people.withPassword("Forgetful", PASSWORD);
        resets.requestReset(person.getEmail());
        String token = mailer.lastToken(person.getEmail()).orElseThrow();
        resets.resetPassword(token, "my new password!");
        assertTrue(identities.login(person.getEmail(), "my new password!").succeeded());
        assertFalse(identities.login(person.getEmail(), PASSWORD).succeeded());
        assertEquals("reset-link-invalid",
                assertThrows(DomainException.class, () -> resets.resetPassword(token, "yet another one")).type());
    }

    @Test
    void a_password_link_expires() {
        Person person = people.withPassword("Slow", PASSWORD);
        resets.requestReset(person.getEmail());
        String token = mailer.lastToken(person.getEmail()).orElseThrow();
        // A day and a minute later, by the server's clock: the link has run out.
        TestClock.advance(Duration.ofHours(24).plusMinutes(1));
        try {
            assertEquals("reset-link-invalid",
                    assertThrows(DomainException.class, () -> resets.resetPassword(token, "too late now")).type());
            assertTrue(identities.login(person.getEmail(), PASSWORD).succeeded(), "the old password still works");
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void asking_for_a_link_for_an_unknown_email_sends_nothing() {
        String email = TestPeople.newEmail("Nobody");
        resets.requestReset(email);
        assertEquals(0, mailer.to(email).size());
    }

    @Test
    void a_revoked_token_stops_working_and_only_its_owner_can_revoke_it() {
        Person owner = people.learner("Owner");
        ApiTokenService.CreatedToken created = Identities.as(owner.getId(), () -> tokens.create("ci"));
        assertEquals(owner.getId(), identities.authenticateToken(created.secret()).orElseThrow().personId());

        String stranger = people.learner("Stranger").getId();
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> Identities.run(stranger, () -> tokens.revoke(created.token().id()))).kind());
        assertTrue(identities.authenticateToken(created.secret()).isPresent());

        assertNotNull(Identities.as(owner.getId(), () -> tokens.revoke(created.token().id())).revokedAt());
        assertTrue(identities.authenticateToken(created.secret()).isEmpty());
        assertEquals(64, data.count("select length(token_hash) from api_token where id = ?1", created.token().id()),
                "only the SHA-256 of the secret is stored");
    }
}
