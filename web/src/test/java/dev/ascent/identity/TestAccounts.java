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
 * Test-only EJB, packed into the EJB module of the test EAR (never into the product): people
 * with a password, each with a unique email so tests never share an account or a login throttle.
 */
@Stateless
@PermitAll
public class TestAccounts {
    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public record Created(String id, String email, String name) {
    }

    public Created withPassword(String name, String password) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
        Person person = new Person(local + "-" + UUID.randomUUID() + "@test.invalid", name, null, clock.instant());
        person.setPasswordHash(PasswordHasher.hash(password));
        em.persist(person);
        return new Created(person.getId(), person.getEmail(), person.getName());
    }
}
