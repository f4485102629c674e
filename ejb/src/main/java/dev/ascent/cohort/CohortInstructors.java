package dev.ascent.cohort;

import dev.ascent.identity.CohortRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** The cohorts a person teaches, for identity's caller scope: read from this feature's cohort_instructor. */
@ApplicationScoped
public class CohortInstructors implements CohortRoles {

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> cohortsTaughtBy(String personId) {
        List<String> rows = em.createNativeQuery("select cohort_id from cohort_instructor where person_id = ?1")
                .setParameter(1, personId).getResultList();
        return Set.copyOf(rows);
    }
}
