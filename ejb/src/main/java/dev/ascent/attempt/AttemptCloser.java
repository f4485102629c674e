package dev.ascent.attempt;

import dev.ascent.cohort.EnrollmentWithdrawn;
import dev.ascent.cohort.Enrollments;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Submits attempts whose time is up, graded with what was saved. Internal: used by the expiry
 * timer and by the attempt service when a request meets an overdue attempt; it does nothing to an
 * attempt that is not overdue, so it needs no caller. Also closes the open attempts of a learner
 * withdrawn from their cohort.
 */
@Stateless
@PermitAll
public class AttemptCloser {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Enrollments enrollments;

    /** In its own transaction, so the submission stands even when the caller's request then fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean closeIfOverdue(String attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        Instant now = clock.instant();
        return attempt != null && AttemptGrading.submitIfOverdue(em, attempt, now);
    }

    /**
     * A learner left a cohort: their open attempts in it are submitted now, in the withdrawal's
     * transaction, graded with what was saved and marked as submitted automatically (the product's
     * choice over voiding them: the work done counts, and nothing can be added). Does nothing while
     * the person is still a learner of the cohort, so a stray event cannot close anyone's attempt.
     */
    public void onWithdrawn(@Observes EnrollmentWithdrawn withdrawn) {
        if (enrollments.isLearner(withdrawn.personId(), withdrawn.cohortId())) {
            return;
        }
        List<Attempt> open = em.createQuery("select a from Attempt a where a.personId = :person and a.cohortId = :cohort"
                        + " and a.state = :open", Attempt.class)
                .setParameter("person", withdrawn.personId())
                .setParameter("cohort", withdrawn.cohortId())
                .setParameter("open", Attempt.State.IN_PROGRESS)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Attempt attempt : open) {
            AttemptGrading.submit(em, attempt, clock.instant(), true);
        }
    }

    /** Ids of open attempts past deadline and grace, oldest deadline first. */
    public List<String> overdue(int max) {
        return em.createQuery("select a.id from Attempt a where a.state = :open and a.deadline < :cutoff"
                        + " order by a.deadline", String.class)
                .setParameter("open", Attempt.State.IN_PROGRESS)
                .setParameter("cutoff", clock.instant().minus(Attempt.GRACE))
                .setMaxResults(max)
                .getResultList();
    }
}
