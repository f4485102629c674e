package dev.ascent.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * Test data: people with unique emails, so tests never depend on each other or on order; also
 * packed into the EJB module of web's test EAR (behind {@code /api/test-people}). Persisted
 * directly, on purpose: no product service makes an account with a password (a provider's adding
 * an email makes one without and mails a link) or a platform admin (the server's configuration does).
 */
@Stateless
@PermitAll
public class TestPeople {
    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public Person learner(String name) {
        return create(name, null);
    }

    public Person withPassword(String name, String password) {
        return create(name, password);
    }

    public Person platformAdmin(String name) {
        Person person = create(name, null);
        person.setPlatformAdmin(true);
        return person;
    }

    public String email(String personId) {
        return em.find(Person.class, personId).getEmail();
    }

    /** A fresh email nobody has used, for tests that let the product create the account. */
    public static String newEmail(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "-" + UUID.randomUUID() + "@test.invalid";
    }

    private Person create(String name, String password) {
        Person person = new Person(newEmail(name), name, null, clock.instant());
        if (password != null) {
            person.setPasswordHash(PasswordHasher.hash(password));
        }
        em.persist(person);
        return person;
    }
}
