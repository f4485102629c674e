package dev.ascent.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Checks passwords and API tokens for the web layer's authentication mechanism. */
@Stateless
@PermitAll
public class IdentityService {
    /** Failures allowed before the account is locked; each further failure doubles the lock. */
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    // Verifying against a real hash when the email is unknown keeps response times alike.
    private static final String DUMMY_HASH = PasswordHasher.hash("no such account");

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;

    /** Runs in its own transaction so a failed attempt is counted even though the login fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome login(String email, String password) {
        Optional<Person> found = findByEmail(email);
        Instant now = clock.instant();
        if (found.isEmpty() || password == null) {
            PasswordHasher.verify(password == null ? "" : password, DUMMY_HASH);
            return LoginOutcome.rejected();
        }
        Person person = found.get();
        if (person.getLockedUntil() != null && person.getLockedUntil().isAfter(now)) {
            return LoginOutcome.locked(person.getLockedUntil());
        }
        if (!person.hasPassword() || !PasswordHasher.verify(password, person.getPasswordHash())) {
            int failures = person.getFailedLogins() + 1;
            Instant lockedUntil = failures < FREE_FAILURES ? null
                    : now.plus(FIRST_LOCK.multipliedBy(1L << Math.min(failures - FREE_FAILURES, 10)));
            person.recordFailedLogin(lockedUntil);
            return lockedUntil == null ? LoginOutcome.rejected() : LoginOutcome.locked(lockedUntil);
        }
        person.recordSuccessfulLogin();
        return LoginOutcome.success(new Authenticated(person.getId(), callers.groupsOf(person)));
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

    /** A session's person, with groups as they are now; empty when the account is gone. */
    public Optional<Authenticated> reauthenticate(String personId) {
        return Optional.ofNullable(em.find(Person.class, personId))
                .map(person -> new Authenticated(person.getId(), callers.groupsOf(person)));
    }

    public Optional<Person> findByEmail(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    /** The result of a password check; {@code lockedUntil} is set when the throttle holds the account. */
    public record LoginOutcome(Authenticated authenticated, Instant lockedUntil) {
        static LoginOutcome success(Authenticated authenticated) {
            return new LoginOutcome(authenticated, null);
        }

        static LoginOutcome rejected() {
            return new LoginOutcome(null, null);
        }

        static LoginOutcome locked(Instant until) {
            return new LoginOutcome(null, until);
        }

        public boolean succeeded() {
            return authenticated != null;
        }
    }
}
