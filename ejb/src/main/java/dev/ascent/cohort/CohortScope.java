package dev.ascent.cohort;

import dev.ascent.identity.Caller;
import dev.ascent.shared.DomainException;
import jakarta.persistence.EntityManager;

/**
 * The tenant rule for cohorts, in one place: a cohort is managed by the admins of its provider
 * (and the platform admin) and seen by them and its own instructors. Any other cohort is
 * answered as not found, so ids of other tenants reveal nothing.
 */
final class CohortScope {
    private CohortScope() {
    }

    static Cohort managed(EntityManager em, Caller caller, String cohortId) {
        Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
        if (cohort == null || !caller.administers(cohort.getProviderId())) {
            throw DomainException.notFound("cohort", cohortId);
        }
        return cohort;
    }

    static Cohort visible(EntityManager em, Caller caller, String cohortId) {
        Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
        if (cohort == null || !(caller.administers(cohort.getProviderId()) || caller.instructs(cohort.getId()))) {
            throw DomainException.notFound("cohort", cohortId);
        }
        return cohort;
    }
}
