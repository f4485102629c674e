package dev.ascent.provider;

import dev.ascent.identity.ProviderRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** The providers a person administers, for identity's caller scope: read from this feature's provider_admin. */
@ApplicationScoped
public class ProviderAdmins implements ProviderRoles {

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> providersAdministeredBy(String personId) {
        List<String> rows = em.createNativeQuery("select provider_id from provider_admin where person_id = ?1")
                .setParameter(1, personId).getResultList();
        return Set.copyOf(rows);
    }
}
