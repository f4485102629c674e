package dev.ascent.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;

/** Test data: people with unique emails, so tests never depend on each other or on order. */
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

    private Person create(String name, String password) {
        Person person = new Person(name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@test.invalid", name,
                null, clock.instant());
        if (password != null) {
            person.setPasswordHash(PasswordHasher.hash(password));
        }
        em.persist(person);
        return person;
    }
}
