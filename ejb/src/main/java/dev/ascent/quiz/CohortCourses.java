package dev.ascent.quiz;

import dev.ascent.identity.Caller;

/**
 * What the quiz feature needs to know about a cohort to set its quiz settings, answered by the
 * cohort feature (which implements it with its own scope rule), so quiz neither reads the cohort
 * table nor depends on the cohort feature (which depends, through course, on quiz).
 */
public interface CohortCourses {

    /**
     * The course version of a cohort the caller may see (an admin of its provider, or one of its
     * instructors); any other cohort is answered as not found ({@code DomainException}).
     */
    String courseVersionOfVisible(Caller caller, String cohortId);
}
