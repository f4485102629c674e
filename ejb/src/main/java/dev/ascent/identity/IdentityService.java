package dev.ascent.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks passwords and API tokens for the web layer's authentication mechanism. A sign-in passes
 * the {@link SignInThrottle} before its one password hash; a known and an unknown email take the
 * same path (one hash, the same back-off, the same answer).
 */
@Stateless
@PermitAll
public class IdentityService {
    // Verifying against a real hash when the email is unknown (or has no password yet) keeps response times alike.
    private static final String DUMMY_HASH = PasswordHasher.hash("no such account");
    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;
    @Inject
    SignInThrottle throttle;

    /** A sign-in from inside the server (no client address, so no per-client limit). */
    public LoginOutcome login(String email, String password) {
        return login(email, password, null);
    }

    /** Checks a password for a sign-in from {@code client} (its network address). */
    public LoginOutcome login(String email, String password, String client) {
        String key = Objects.requireNonNullElse(Person.normaliseEmail(email), "");
        Optional<SignInThrottle.Refusal> refused = throttle.admit(key, client);
        if (refused.isPresent()) {
            return LoginOutcome.refused(refused.get());
        }
        // The account is looked up inside the turn too: a sign-in waiting for a turn holds no database connection.
        Optional<Checked> checked = throttle.hash(() -> {
            Optional<Person> found = key.isEmpty() ? Optional.empty() : findByEmail(key).filter(Person::hasPassword);
            String stored = found.map(Person::getPasswordHash).orElse(DUMMY_HASH);
            boolean matches = PasswordHasher.verify(password == null ? "" : password, stored);
            return new Checked(found.filter(p -> matches).orElse(null));
        });
        if (checked.isEmpty()) {
            return LoginOutcome.refused(new SignInThrottle.Refusal(SignInThrottle.Reason.BUSY, Duration.ofSeconds(2)));
        }
        if (checked.get().person() == null) {
            throttle.failed(key, client);
            return LoginOutcome.rejected();
        }
        throttle.succeeded(key, client);
        Person person = checked.get().person();
        return LoginOutcome.success(new Authenticated(person.getId(), callers.groupsOf(person)), person.getCredentialVersion());
    }

    public Optional<Authenticated> authenticateToken(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Secrets.sha256(rawToken.strip()))
                .getResultStream()
                .filter(ApiToken::isActive)
                .findFirst()
                .map(token -> {
                    Instant now = clock.instant();
                    // One write a minute at most: the token is checked on every API call.
                    if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minusSeconds(60))) {
                        token.used(now);
                    }
                    Person person = em.find(Person.class, token.getPersonId());
                    return new Authenticated(person.getId(), callers.groupsOf(person));
                });
    }

    /**
     * A session's person, with groups as they are now; empty when the account is gone or its
     * password was reset after the session signed in ({@code credentialVersion} is from then).
     */
    public Optional<Authenticated> reauthenticate(String personId, int credentialVersion) {
        return Optional.ofNullable(em.find(Person.class, personId))
                .filter(person -> person.getCredentialVersion() == credentialVersion)
                .map(person -> new Authenticated(person.getId(), callers.groupsOf(person)));
    }

    public Optional<Person> findByEmail(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    /** The person whose password matched, or null. */
    private record Checked(Person person) {
    }

    /**
     * The result of a password check: the person on success (with the credential version to keep
     * in the session), else {@code refusal} when the throttle stopped it before the check.
     */
    public record LoginOutcome(Authenticated authenticated, int credentialVersion, SignInThrottle.Refusal refusal) {
        static LoginOutcome success(Authenticated authenticated, int credentialVersion) {
            return new LoginOutcome(authenticated, credentialVersion, null);
        }

        static LoginOutcome rejected() {
            return new LoginOutcome(null, 0, null);
        }

        static LoginOutcome refused(SignInThrottle.Refusal refusal) {
            return new LoginOutcome(null, 0, refusal);
        }

        public boolean succeeded() {
            return authenticated != null;
        }
    }
}
