package dev.ascent.cohort;

import dev.ascent.identity.PersonRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cohort as admins and instructors see it. {@code deadlines} maps unit keys to due times in
 * unit order; {@code learners} counts enrollments that are not withdrawn.
 */
public record CohortView(String id, String providerId, String providerName, String name, String courseSlug,
                         String courseTitle, int courseVersion, LocalDate startsOn, LocalDate endsOn,
                         Map<String, Instant> deadlines, List<PersonRef> instructors, long learners, Instant createdAt) {
}
