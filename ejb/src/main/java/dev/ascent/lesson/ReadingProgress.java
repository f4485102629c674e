package dev.ascent.lesson;

import dev.ascent.cohort.Cohort;
import dev.ascent.cohort.Enrollments;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Person;
import dev.ascent.identity.Roles;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller's own reading progress. A lesson is read once the learner reached its end or said so;
 * the first time counts, marking it again changes nothing. Only a current learner of the cohort
 * (invited or active) may mark a lesson of the cohort's course version.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class ReadingProgress {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;
    @Inject
    Enrollments enrollments;

    /** When the caller read the lesson, marked now if it was not read before. */
    public Instant markRead(@NotBlank String cohortId, @NotBlank String unitKey) {
        String personId = callers.current().personId();
        if (!enrollments.isLearner(personId, cohortId)) {
            throw DomainException.forbidden("not-enrolled", "You are not an active learner in this cohort");
        }
        Cohort cohort = em.find(Cohort.class, cohortId);
        boolean unitExists = !em.createQuery("select u.id from Unit u where u.courseVersionId = :version"
                        + " and u.unitKey = :key", String.class)
                .setParameter("version", cohort.getCourseVersionId())
                .setParameter("key", unitKey)
                .getResultList().isEmpty();
        if (!unitExists) {
            throw DomainException.notFound("unit", unitKey);
        }
        // One person's marks in order (the end of the page and the button at once): no duplicate row.
        em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        Instant existing = readAt(personId, cohortId).get(unitKey);
        if (existing != null) {
            return existing;
        }
        LessonRead read = new LessonRead(personId, cohortId, unitKey, clock.instant());
        em.persist(read);
        return read.getReadAt();
    }

    /** The units whose lessons the caller has read in this cohort, with when (unit key to time). */
    public Map<String, Instant> read(@NotBlank String cohortId) {
        return readAt(callers.current().personId(), cohortId);
    }

    private Map<String, Instant> readAt(String personId, String cohortId) {
        Map<String, Instant> read = new LinkedHashMap<>();
        em.createQuery("select r from LessonRead r where r.personId = :person and r.cohortId = :cohort"
                        + " order by r.readAt", LessonRead.class)
                .setParameter("person", personId)
                .setParameter("cohort", cohortId)
                .getResultStream()
                .forEach(r -> read.put(r.getUnitKey(), r.getReadAt()));
        return read;
    }
}
