package dev.ascent.cohort;

import dev.ascent.identity.Caller;
import dev.ascent.quiz.CohortCourses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.Optional;

/** The cohort's course version for quiz settings, under this feature's one scope rule ({@link CohortScope#visible}). */
@ApplicationScoped
public class VisibleCohortCourses implements CohortCourses {

    @PersistenceContext
    EntityManager em;

    @Override
    public String courseVersionOfVisible(Caller caller, String cohortId) {
        return CohortScope.visible(em, caller, cohortId).getCourseVersionId();
    }

    @Override
    public Optional<String> learnerName(String cohortId, String personId) {
        return em.createQuery("select e from Enrollment e where e.cohortId = :cohort and e.personId = :person",
                        Enrollment.class)
                .setParameter("cohort", cohortId)
                .setParameter("person", personId)
                .getResultStream()
                .findFirst()
                .map(e -> Objects.requireNonNullElse(e.getName(), ""));
    }
}
