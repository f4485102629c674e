package dev.ascent.quiz;

import dev.ascent.identity.Caller;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Roles;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Per-learner accommodations at a cohort's quiz (Moodle's user overrides): extra attempts, a
 * longer time limit, a later close date. Set and removed, each with a reason, by the cohort's
 * instructors, its provider's admins and platform admins (the cohort's one scope rule, through
 * {@link CohortCourses}); every change is kept in an append-only log. The engine reads them
 * through {@link QuizSettings#forLearner}.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
public class AccommodationService {

    @PersistenceContext
    EntityManager em;
    @Inject
    CallerService callers;
    @Inject
    CohortCourses cohorts;
    @Inject
    Clock clock;

    /** One learner's accommodation and the settings their attempts run under with it. */
    public record AccommodationView(String personId, String learnerName, Accommodation accommodation,
                                    QuizSettings effective, String updatedBy, Instant updatedAt) {
    }

    /** A setting (SET) or removal (REMOVED) of an accommodation. */
    public record ChangeView(String personId, String action, String detail, String reason, String changedBy,
                             Instant changedAt) {
    }

    /** A quiz's accommodations in a cohort, the cohort's settings they apply to, and the change log (newest first). */
    public record AccommodationsView(String cohortId, String unitKey, String quizId, QuizSettings cohortSettings,
                                     List<AccommodationView> accommodations, List<ChangeView> changes) {
    }

    /** @param unitId the unit key (e.g. {@code u2}) or the id of the unit's quiz in the cohort's course version */
    public AccommodationsView list(@NotBlank String cohortId, @NotBlank String unitId) {
        Target target = target(cohortId, unitId);
        QuizSettings cohortSettings = QuizSettings.forCohort(em, target.quiz, cohortId);
        List<AccommodationView> accommodations = em.createQuery("select a from QuizAccommodation a"
                        + " where a.cohortId = :cohort and a.unitKey = :unit order by a.updatedAt, a.personId",
                        QuizAccommodation.class)
                .setParameter("cohort", cohortId)
                .setParameter("unit", target.unitKey)
                .getResultStream()
                .map(a -> view(cohortSettings, a))
                .toList();
        List<ChangeView> changes = em.createQuery("select c from QuizAccommodationChange c"
                        + " where c.cohortId = :cohort and c.unitKey = :unit order by c.changedAt desc",
                        QuizAccommodationChange.class)
                .setParameter("cohort", cohortId)
                .setParameter("unit", target.unitKey)
                .getResultStream()
                .map(c -> new ChangeView(c.getPersonId(), c.getAction(), c.getDetail(), c.getReason(),
                        c.getChangedBy(), c.getChangedAt()))
                .toList();
        return new AccommodationsView(cohortId, target.unitKey, target.quiz.getId(), cohortSettings, accommodations,
                changes);
    }

    /** Gives a learner of the cohort an accommodation, replacing the one they had. */
    public AccommodationView put(@NotBlank String cohortId, @NotBlank String unitId, @NotBlank String personId,
                                 @NotNull @Valid Accommodation accommodation) {
        Target target = target(cohortId, unitId);
        if (cohorts.learnerName(cohortId, personId).isEmpty()) {
            throw DomainException.notFound("learner of this cohort", personId);
        }
        if (accommodation.isEmpty()) {
            throw DomainException.invalid("empty-accommodation",
                    "An accommodation gives extra attempts, extra minutes, a time multiplier above 1 or a later close"
                            + " date; to take one away, remove it");
        }
        String by = callers.current().personId();
        Instant now = clock.instant();
        QuizAccommodation stored = em.find(QuizAccommodation.class,
                new QuizAccommodation.Key(cohortId, target.unitKey, personId));
        if (stored == null) {
            stored = new QuizAccommodation(cohortId, target.unitKey, personId);
            stored.set(accommodation, by, now);
            em.persist(stored);
        } else {
            stored.set(accommodation, by, now);
        }
        em.persist(new QuizAccommodationChange(cohortId, target.unitKey, personId, "SET", accommodation.describe(),
                accommodation.reason(), by, now));
        return view(QuizSettings.forCohort(em, target.quiz, cohortId), stored);
    }

    /**
     * Takes a learner's accommodation away: their attempts run under the cohort's settings again.
     * Removing one that is not there changes nothing (and logs nothing).
     */
    public AccommodationsView remove(@NotBlank String cohortId, @NotBlank String unitId, @NotBlank String personId,
                                     @NotBlank @Size(max = 1000) String reason) {
        Target target = target(cohortId, unitId);
        QuizAccommodation stored = em.find(QuizAccommodation.class,
                new QuizAccommodation.Key(cohortId, target.unitKey, personId));
        if (stored != null) {
            em.remove(stored);
            em.persist(new QuizAccommodationChange(cohortId, target.unitKey, personId, "REMOVED",
                    stored.toAccommodation().describe(), reason, callers.current().personId(), clock.instant()));
            em.flush();
        }
        return list(cohortId, unitId);
    }

    private AccommodationView view(QuizSettings cohortSettings, QuizAccommodation a) {
        Accommodation accommodation = a.toAccommodation();
        return new AccommodationView(a.getPersonId(), cohorts.learnerName(a.getCohortId(), a.getPersonId())
                .orElse(""), accommodation, cohortSettings.accommodatedBy(accommodation), a.getUpdatedBy(),
                a.getUpdatedAt());
    }

    private record Target(String unitKey, Quiz quiz) {
    }

    /** The unit's quiz in the cohort's course version, for a caller who may see the cohort (else not found). */
    private Target target(String cohortId, String unitId) {
        Caller caller = callers.current();
        String courseVersionId = cohorts.courseVersionOfVisible(caller, cohortId);
        return em.createQuery("select q, u.unitKey from Quiz q, Unit u where q.unitId = u.id and u.courseVersionId = :version"
                        + " and (u.unitKey = :unit or q.id = :unit)", Object[].class)
                .setParameter("version", courseVersionId)
                .setParameter("unit", unitId)
                .getResultStream()
                .findFirst()
                .map(row -> new Target((String) row[1], (Quiz) row[0]))
                .orElseThrow(() -> DomainException.notFound("quiz of this cohort's course", unitId));
    }
}
