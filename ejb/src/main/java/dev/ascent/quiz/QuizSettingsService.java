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
import java.time.Clock;
import java.time.Instant;

/**
 * A cohort's quiz settings: read and changed by the cohort's instructors and its provider's admins
 * (and platform admins). Cohorts the caller has no part in look as if they did not exist.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
public class QuizSettingsService {

    @PersistenceContext
    EntityManager em;
    @Inject
    CallerService callers;
    @Inject
    CohortCourses cohorts;
    @Inject
    Clock clock;

    /**
     * The settings of one unit's quiz in one cohort. {@code override} has null for every field that
     * keeps the default; {@code updatedAt} and {@code updatedBy} are null when there is no override.
     */
    public record SettingsView(String cohortId, String unitKey, String quizId, int poolSize, QuizSettings defaults,
                               SettingsOverride override, QuizSettings effective, Instant updatedAt, String updatedBy) {
    }

    /** @param unitId the unit key (e.g. {@code u2}) or the id of the unit's quiz in the cohort's course version */
    public SettingsView get(@NotBlank String cohortId, @NotBlank String unitId) {
        Target target = target(cohortId, unitId);
        return view(target, em.find(QuizSettingsOverride.class, new QuizSettingsOverride.Key(cohortId, target.unitKey)));
    }

    /** Replaces the cohort's override as a whole. */
    public SettingsView put(@NotBlank String cohortId, @NotBlank String unitId, @NotNull @Valid SettingsOverride override) {
        Target target = target(cohortId, unitId);
        QuizSettings effective = QuizSettings.defaults(target.quiz).overriddenBy(override);
        int pool = poolSize(target.quiz);
        if (effective.drawCount() > pool) {
            throw DomainException.invalid("invalid-settings",
                    "drawCount " + effective.drawCount() + " is more than the " + pool + " items in the pool");
        }
        if (effective.opensAt() != null && effective.closesAt() != null && !effective.opensAt().isBefore(effective.closesAt())) {
            throw DomainException.invalid("invalid-settings", "closesAt must be after opensAt");
        }
        QuizSettingsOverride stored = em.find(QuizSettingsOverride.class,
                new QuizSettingsOverride.Key(cohortId, target.unitKey));
        if (stored == null) {
            stored = new QuizSettingsOverride(cohortId, target.unitKey);
            stored.set(override, callers.current().personId(), clock.instant());
            em.persist(stored);
        } else {
            stored.set(override, callers.current().personId(), clock.instant());
        }
        return view(target, stored);
    }

    /** Back to the content's defaults. */
    public SettingsView reset(@NotBlank String cohortId, @NotBlank String unitId) {
        Target target = target(cohortId, unitId);
        QuizSettingsOverride stored = em.find(QuizSettingsOverride.class,
                new QuizSettingsOverride.Key(cohortId, target.unitKey));
        if (stored != null) {
            em.remove(stored);
        }
        return view(target, null);
    }

    private record Target(String cohortId, String unitKey, Quiz quiz) {
    }

    private Target target(String cohortId, String unitId) {
        Caller caller = callers.current();
        String courseVersionId = cohorts.courseVersionOfVisible(caller, cohortId);
        return em.createQuery("select q, u.unitKey from Quiz q, Unit u where q.unitId = u.id and u.courseVersionId = :version"
                        + " and (u.unitKey = :unit or q.id = :unit)", Object[].class)
                .setParameter("version", courseVersionId)
                .setParameter("unit", unitId)
                .getResultStream()
                .findFirst()
                .map(row -> new Target(cohortId, (String) row[1], (Quiz) row[0]))
                .orElseThrow(() -> DomainException.notFound("quiz of this cohort's course", unitId));
    }

    private SettingsView view(Target target, QuizSettingsOverride stored) {
        QuizSettings defaults = QuizSettings.defaults(target.quiz);
        SettingsOverride override = stored == null ? SettingsOverride.NONE : stored.toOverride();
        return new SettingsView(target.cohortId, target.unitKey, target.quiz.getId(), poolSize(target.quiz), defaults,
                override, defaults.overriddenBy(override), stored == null ? null : stored.getUpdatedAt(),
                stored == null ? null : stored.getUpdatedBy());
    }

    private int poolSize(Quiz quiz) {
        return em.createQuery("select count(i) from QuizItem i where i.quizId = :quiz", Long.class)
                .setParameter("quiz", quiz.getId())
                .getSingleResult().intValue();
    }
}
