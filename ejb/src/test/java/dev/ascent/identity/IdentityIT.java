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
import java.time.Instant;
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
    void repeated_failed_logins_lock_the_account_even_for_the_right_password_until_the_lock_ends() {
        Person person = people.withPassword("Throttled", PASSWORD);
        String email = person.getEmail();
        for (int i = 1; i < IdentityService.FREE_FAILURES; i++) {
            IdentityService.LoginOutcome outcome = identities.login(email, "wrong " + i);
            assertFalse(outcome.succeeded());
            assertEquals(null, outcome.lockedUntil(), "failure " + i + " does not lock yet");
        }
        IdentityService.LoginOutcome locked = identities.login(email, "wrong again");
        assertNotNull(locked.lockedUntil());
        assertTrue(locked.lockedUntil().isAfter(Instant.now()));
        assertFalse(identities.login(email, PASSWORD).succeeded(), "locked: even the right password is refused");

        data.update("update person set locked_until = ?1 where id = ?2", Instant.now().minusSeconds(1), person.getId());
        assertTrue(identities.login(email, PASSWORD).succeeded(), "the lock has ended");
        assertEquals(0L, data.count("select failed_logins from person where id = ?1", person.getId()));
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
        data.update("update password_reset set expires_at = ?1 where person_id = ?2", Instant.now().minusSeconds(1), person.getId());
        assertEquals("reset-link-invalid",
                assertThrows(DomainException.class, () -> resets.resetPassword(token, "too late now")).type());
        assertTrue(identities.login(person.getEmail(), PASSWORD).succeeded(), "the old password still works");
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
