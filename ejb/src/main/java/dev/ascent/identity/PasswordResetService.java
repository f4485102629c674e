package dev.ascent.identity;

import dev.ascent.shared.DomainException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Password links: for a reset, for a new account, and for the first admin. */
@Stateless
@PermitAll
public class PasswordResetService {
    static final Duration VALID_FOR = Duration.ofHours(24);
    static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Mailer mailer;
    @Inject
    SignInThrottle throttle;
    @Resource
    ManagedExecutorService executor;

    /** A new one-time link for the person, as a path under the application root. */
    public String issueLink(Person person) {
        String token = Secrets.newToken();
        em.persist(new PasswordReset(person.getId(), Secrets.sha256(token), clock.instant().plus(VALID_FOR)));
        return mailer.baseUrl() + "/reset.xhtml?token=" + token;
    }

    /**
     * Sends a link when the email belongs to an account; says nothing either way so the form
     * cannot be used to find out who has an account. Returns whether the link was only logged.
     */
    public boolean requestReset(@NotBlank String email) {
        return requestReset(email, null);
    }

    /**
     * As {@link #requestReset(String)} for a request from {@code client} (its network address),
     * which shares the sign-in limit per client. A real mail goes out on another thread, so the
     * answer takes the same time whether or not the email has an account.
     */
    public boolean requestReset(@NotBlank String email, String client) {
        throttle.admitClient(client).ifPresent(refusal -> {
            throw DomainException.invalid("too-many-requests", "Too many requests from your network; try again in "
                    + Math.max(1, refusal.retryAfter().toSeconds()) + " seconds");
        });
        Optional<Person> person = em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().findFirst();
        person.ifPresent(p -> {
            String to = p.getEmail();
            String body = "Hello " + p.getName() + ",\n\nUse this link within 24 hours to set your password:\n" + issueLink(p)
                    + "\n\nIf you did not ask for it, ignore this message.\n";
            if (mailer.isConfigured()) {
                executor.execute(() -> mailer.send(to, "Set your Ascent password", body));
            } else {
                mailer.send(to, "Set your Ascent password", body); // only a log line
            }
        });
        return !mailer.isConfigured();
    }

    public void resetPassword(@NotBlank String token, @NotBlank @Size(min = MIN_PASSWORD_LENGTH, max = 200) String password) {
        Instant now = clock.instant();
        PasswordReset reset = em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", Secrets.sha256(token.strip()))
                .getResultStream().findFirst()
                .filter(r -> r.usableAt(now))
                .orElseThrow(() -> DomainException.invalid("reset-link-invalid",
                        "This link is not valid any more; ask for a new one"));
        // Every outstanding link of this person ends with this one, and so does every session.
        em.createQuery("update PasswordReset r set r.usedAt = :now where r.personId = :person and r.usedAt is null")
                .setParameter("now", now).setParameter("person", reset.getPersonId())
                .executeUpdate();
        Person person = em.find(Person.class, reset.getPersonId());
        person.changePassword(PasswordHasher.hash(password));
    }
}
