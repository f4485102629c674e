package dev.ascent.cohort;

import java.time.Instant;

/**
 * A learner started an attempt at a quiz in a cohort (CDI event, fired synchronously by the quiz
 * engine in the starting transaction). The cohort feature observes it: an invited learner arrives
 * (INVITED becomes ACTIVE). It lives here, with its observer, because the quiz engine already
 * depends on this feature (enrollment checks) and this feature must not depend on the engine.
 */
public record QuizStarted(String personId, String cohortId, Instant at) {
}
