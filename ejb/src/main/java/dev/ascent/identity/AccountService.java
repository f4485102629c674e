package dev.ascent.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** What a signed-in person may know about themselves. */
@Stateless
@RolesAllowed(Roles.USER)
public class AccountService {

    @PersistenceContext
    EntityManager em;
    @Inject
    CallerService callers;

    public record Me(String id, String email, String name, String externalId, List<String> roles,
                     Set<String> adminOfProviders, Set<String> instructsCohorts) {
    }

    public Me me() {
        Caller caller = callers.current();
        Person person = em.find(Person.class, caller.personId());
        return new Me(person.getId(), person.getEmail(), person.getName(), person.getExternalId(),
                callers.groupsOf(person).stream().sorted().toList(), caller.adminOfProviders(), caller.instructsCohorts());
    }
}
