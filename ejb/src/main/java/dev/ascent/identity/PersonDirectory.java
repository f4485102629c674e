package dev.ascent.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finding people by email and creating accounts for people someone else adds (provider admins,
 * instructors, learners). Internal: the calling service has already checked the caller's rights,
 * and no endpoint reaches this bean directly. Runs in the caller's transaction.
 */
@Stateless
@PermitAll
public class PersonDirectory {
    private static final Logger LOG = Logger.getLogger(PersonDirectory.class.getName());
    /** Emails per IN query: one query for a 1,000-row roster, and well inside every driver's limit. */
    static final int EMAILS_PER_QUERY = 1000;
    private static final Object PENDING_MAIL = new Object();

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PasswordResetService resets;
    @Inject
    Mailer mailer;
    @Resource
    TransactionSynchronizationRegistry transactions;

    public Optional<Person> byEmail(String email) {
        return em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    /** The people who have these emails, keyed by normalised email; unknown emails are absent. */
    public Map<String, Person> byEmails(Collection<String> emails) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(emails.stream().map(Person::normaliseEmail).toList()));
        Map<String, Person> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += EMAILS_PER_QUERY) {
            em.createQuery("select p from Person p where p.email in :emails", Person.class)
                    .setParameter("emails", wanted.subList(from, Math.min(from + EMAILS_PER_QUERY, wanted.size())))
                    .getResultStream()
                    .forEach(person -> found.put(person.getEmail(), person));
        }
        return found;
    }

    public Map<String, PersonRef> refs(Collection<String> personIds) {
        Map<String, PersonRef> refs = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(personIds));
        for (int from = 0; from < ids.size(); from += EMAILS_PER_QUERY) {
            em.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", ids.subList(from, Math.min(from + EMAILS_PER_QUERY, ids.size())))
                    .getResultStream()
                    .forEach(person -> refs.put(person.getId(), PersonRef.of(person)));
        }
        return refs;
    }

    /** The person with this email, or a new account for them (see {@link #invite}). */
    public Person findOrInvite(String email, String name, String addedTo) {
        return byEmail(email).orElseGet(() -> invite(email, name, null, addedTo));
    }

    /**
     * A new account without a password. Once the transaction commits, the person gets a mail with
     * a one-time link to choose one; a rolled-back transaction sends nothing.
     */
    public Person invite(String email, String name, String externalId, String addedTo) {
        String normalised = Person.normaliseEmail(email);
        String display = name == null || name.isBlank() ? normalised.substring(0, normalised.indexOf('@')) : name.strip();
        Person person = new Person(normalised, display, externalId, clock.instant());
        em.persist(person);
        String link = resets.issueLink(person);
        mailAfterCommit(person.getEmail(), "Your Ascent account",
                "Hello " + person.getName() + ",\n\nYou have been added to " + addedTo + " on Ascent.\n"
                        + "Use this link within 24 hours to choose your password:\n" + link
                        + "\n\nWhen it has expired, use \"Forgot your password?\" on the sign-in page.\n");
        return person;
    }

    @SuppressWarnings("unchecked")
    private void mailAfterCommit(String to, String subject, String body) {
        List<String[]> pending = (List<String[]>) transactions.getResource(PENDING_MAIL);
        if (pending == null) {
            List<String[]> batch = new ArrayList<>();
            transactions.putResource(PENDING_MAIL, batch);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        batch.forEach(mail -> send(mail[0], mail[1], mail[2]));
                    }
                }
            });
            pending = batch;
        }
        pending.add(new String[] {to, subject, body});
    }

    private void send(String to, String subject, String body) {
        try {
            mailer.send(to, subject, body);
        } catch (RuntimeException e) {
            // The account exists; the person can still ask for a link with "Forgot your password?".
            LOG.log(Level.WARNING, "Could not mail " + to + " their set-password link", e);
        }
    }
}
