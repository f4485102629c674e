package dev.ascent.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

/** Resolves the container's caller principal (a person id) into a {@link Caller} with its scope. */
@Stateless
@PermitAll
public class CallerService {

    @Resource
    SessionContext context;
    @PersistenceContext
    EntityManager em;
    @Inject
    ProviderRoles providerRoles;
    @Inject
    CohortRoles cohortRoles;

    public Caller current() {
        Principal principal = context.getCallerPrincipal();
        Person person = principal == null ? null : em.find(Person.class, principal.getName());
        return person == null ? Caller.ANONYMOUS : of(person);
    }

    Caller of(Person person) {
        return new Caller(person.getId(), person.isPlatformAdmin(),
                providerRoles.providersAdministeredBy(person.getId()),
                cohortRoles.cohortsTaughtBy(person.getId()));
    }

    /** The security groups a person holds now (see {@link Roles}). */
    public Set<String> groupsOf(Person person) {
        Caller caller = of(person);
        Set<String> groups = new HashSet<>(Set.of(Roles.USER));
        if (caller.platformAdmin()) {
            groups.add(Roles.PLATFORM_ADMIN);
        }
        if (!caller.adminOfProviders().isEmpty()) {
            groups.add(Roles.PROVIDER_ADMIN);
        }
        if (!caller.instructsCohorts().isEmpty()) {
            groups.add(Roles.INSTRUCTOR);
        }
        return groups;
    }
}
