package dev.ascent.quiz;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The few facts about cohorts and enrollments that quizzes need, read with plain SQL from the
 * tables of the people feature (V2). Kept here, small, until the cohort feature offers them.
 */
public final class Cohorts {
    private Cohorts() {
    }

    public record CohortRef(String id, String providerId, String courseVersionId) {
    }

    public static Optional<CohortRef> find(EntityManager em, String cohortId) {
        List<?> rows = em.createNativeQuery("select id, provider_id, course_version_id from cohort where id = ?1")
                .setParameter(1, cohortId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new CohortRef((String) r[0], (String) r[1], (String) r[2]);
        });
    }

    /**
     * Cohorts of this course version in which the person is a current learner: ACTIVE, or INVITED
     * and now signed in (starting a quiz makes them ACTIVE).
     */
    @SuppressWarnings("unchecked")
    public static List<String> activeCohorts(EntityManager em, String personId, String courseVersionId) {
        return em.createNativeQuery("select c.id from enrollment e join cohort c on c.id = e.cohort_id"
                        + " where e.person_id = ?1 and e.status in ('INVITED', 'ACTIVE') and c.course_version_id = ?2 order by c.id")
                .setParameter(1, personId)
                .setParameter(2, courseVersionId)
                .getResultList();
    }

    /**
     * Whether the person is a current learner of the cohort (INVITED or ACTIVE, as for starting):
     * what every write to an attempt needs, asked at each write so a withdrawal counts at once.
     */
    public static boolean isLearner(EntityManager em, String personId, String cohortId) {
        return cohortId != null && !em.createNativeQuery("select e.id from enrollment e where e.person_id = ?1"
                        + " and e.cohort_id = ?2 and e.status in ('INVITED', 'ACTIVE')")
                .setParameter(1, personId)
                .setParameter(2, cohortId)
                .getResultList().isEmpty();
    }

    /** The course version a quiz belongs to. */
    public static String courseVersionOf(EntityManager em, Quiz quiz) {
        return em.createQuery("select u.courseVersionId from Unit u where u.id = :unit", String.class)
                .setParameter("unit", quiz.getUnitId())
                .getSingleResult();
    }
}
