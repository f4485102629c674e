package dev.ascent.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What other features may know about enrollments, asked of the feature that owns the cohort and
 * enrollment tables. Runs in the caller's transaction (no security of its own: callers are the
 * quiz engine and My learning, which check who is asking).
 */
@ApplicationScoped
public class Enrollments {

    private static final List<Enrollment.Status> CURRENT = List.of(Enrollment.Status.INVITED, Enrollment.Status.ACTIVE);

    @PersistenceContext
    EntityManager em;

    /**
     * Whether the person is a current learner of the cohort (INVITED or ACTIVE, as for starting):
     * what every write to an attempt needs, asked at each write so a withdrawal counts at once.
     */
    public boolean isLearner(String personId, String cohortId) {
        return cohortId != null && !em.createQuery("select e.id from Enrollment e where e.personId = :person"
                        + " and e.cohortId = :cohort and e.status in :current", String.class)
                .setParameter("person", personId)
                .setParameter("cohort", cohortId)
                .setParameter("current", CURRENT)
                .getResultList().isEmpty();
    }

    /**
     * Cohorts of this course version in which the person is a current learner: ACTIVE, or INVITED
     * and now signed in (starting a quiz makes them ACTIVE). Ordered by cohort id.
     */
    public List<String> cohortsTaking(String personId, String courseVersionId) {
        return em.createQuery("select c.id from Enrollment e, Cohort c where c.id = e.cohortId and e.personId = :person"
                        + " and e.status in :current and c.courseVersionId = :version order by c.id", String.class)
                .setParameter("person", personId)
                .setParameter("current", CURRENT)
                .setParameter("version", courseVersionId)
                .getResultList();
    }

    /**
     * The person's enrollments that are not withdrawn, for their own learning: opening it is when
     * an invited learner has arrived, so INVITED ones become ACTIVE here ("dashboard").
     */
    public List<Enrollment> arriveAtLearning(String personId, Instant now) {
        List<Enrollment> enrollments = em.createQuery(
                        "select e from Enrollment e where e.personId = :person and e.status <> :withdrawn", Enrollment.class)
                .setParameter("person", personId)
                .setParameter("withdrawn", Enrollment.Status.WITHDRAWN)
                .getResultList();
        enrollments.forEach(enrollment -> Arrival.arrive(em, enrollment, now, "dashboard"));
        return enrollments;
    }

    /** Starting a quiz is an arrival too ("quiz"): in the starting transaction, so it stands or falls with the attempt. */
    void onQuizStarted(@Observes QuizStarted started) {
        Arrival.arrive(em, started.personId(), started.cohortId(), started.at(), "quiz");
    }
}
