package dev.ascent.cohort;

import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * An invited learner "arrives" the first time they open their learning or start a quiz: the
 * enrollment turns ACTIVE and the history records how.
 */
final class Arrival {
    private Arrival() {
    }

    static void arrive(EntityManager em, Enrollment enrollment, Instant at, String via) {
        if (enrollment.getStatus() == Enrollment.Status.INVITED) {
            enrollment.activate(at);
            em.persist(new EnrollmentEvent(enrollment, at, enrollment.getPersonId(), via));
        }
    }

    static void arrive(EntityManager em, String personId, String cohortId, Instant at, String via) {
        em.createQuery("select e from Enrollment e where e.personId = :person and e.cohortId = :cohort", Enrollment.class)
                .setParameter("person", personId)
                .setParameter("cohort", cohortId)
                .getResultStream()
                .findFirst()
                .ifPresent(enrollment -> arrive(em, enrollment, at, via));
    }
}
