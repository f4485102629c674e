package dev.ascent.quiz;

import dev.ascent.identity.Caller;
import java.util.Optional;

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

    /**
     * The name (as the provider entered it, possibly empty) of a person enrolled in the cohort in
     * any state; empty when the person is not a learner of the cohort. No scope check: ask after
     * {@link #courseVersionOfVisible}.
     */
    Optional<String> learnerName(String cohortId, String personId);
}
