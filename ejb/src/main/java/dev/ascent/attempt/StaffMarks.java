package dev.ascent.attempt;

import java.util.Collection;
import java.util.Map;

/**
 * What the quiz engine needs from the grade feature to build a {@link Standing} and a result: unit
 * grades set by staff and staff comments on attempts. Implemented there (a CDI bean), so the engine
 * reads no table of the grade feature and does not depend on it.
 */
public interface StaffMarks {

    /** The unit grades staff set for this learner in this cohort: unit key to percent. */
    Map<String, Double> unitGrades(String personId, String cohortId);

    /** The staff comment on each of these attempts that has one: attempt id to comment. */
    Map<String, AttemptViews.Comment> comments(Collection<String> attemptIds);
}
