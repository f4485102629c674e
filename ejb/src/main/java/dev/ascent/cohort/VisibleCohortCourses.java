package dev.ascent.cohort;

import dev.ascent.identity.Caller;
import dev.ascent.quiz.CohortCourses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The cohort's course version for quiz settings, under this feature's one scope rule ({@link CohortScope#visible}). */
@ApplicationScoped
public class VisibleCohortCourses implements CohortCourses {

    @PersistenceContext
    EntityManager em;

    @Override
    public String courseVersionOfVisible(Caller caller, String cohortId) {
        return CohortScope.visible(em, caller, cohortId).getCourseVersionId();
    }
}
