package dev.ascent.cohort;

import dev.ascent.course.Course;
import dev.ascent.course.CourseVersion;
import dev.ascent.course.Unit;
import dev.ascent.identity.Caller;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Person;
import dev.ascent.identity.PersonDirectory;
import dev.ascent.identity.PersonRef;
import dev.ascent.identity.Roles;
import dev.ascent.provider.Provider;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cohorts: provider admins create and run the cohorts of their provider; instructors see only
 * the cohorts they teach. Learners have no business here (they use their own learning view).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN})
public class CohortService {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;
    @Inject
    PersonDirectory people;

    public CohortView create(@NotNull @Valid NewCohort request) {
        Provider provider = em.find(Provider.class, request.providerId());
        if (provider == null || !callers.current().administers(provider.getId())) {
            throw DomainException.notFound("provider", request.providerId());
        }
        if (request.startsOn() != null && request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw DomainException.invalid("validation", "The cohort cannot end before it starts");
        }
        Course course = em.createQuery("select c from Course c where c.slug = :slug", Course.class)
                .setParameter("slug", request.courseSlug())
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.invalid("unknown-course", "There is no course '" + request.courseSlug() + "'"));
        Cohort cohort = new Cohort(provider.getId(), request.name().strip(), course.getCurrentVersionId(),
                request.startsOn(), request.endsOn(), clock.instant());
        em.persist(cohort);
        return views(List.of(cohort)).get(0);
    }

    /** The caller's cohorts: all of their providers' and the ones they teach; optionally of one provider. */
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
    public List<CohortView> list(String providerId) {
        Caller caller = callers.current();
        Map<String, Cohort> found = new LinkedHashMap<>();
        if (caller.platformAdmin()) {
            em.createQuery("select c from Cohort c", Cohort.class).getResultStream().forEach(c -> found.put(c.getId(), c));
        } else {
            if (!caller.adminOfProviders().isEmpty()) {
                em.createQuery("select c from Cohort c where c.providerId in :providers", Cohort.class)
                        .setParameter("providers", caller.adminOfProviders())
                        .getResultStream().forEach(c -> found.put(c.getId(), c));
            }
            if (!caller.instructsCohorts().isEmpty()) {
                em.createQuery("select c from Cohort c where c.id in :cohorts", Cohort.class)
                        .setParameter("cohorts", caller.instructsCohorts())
                        .getResultStream().forEach(c -> found.put(c.getId(), c));
            }
        }
        List<Cohort> cohorts = found.values().stream()
                .filter(c -> providerId == null || providerId.isBlank() || c.getProviderId().equals(providerId))
                .sorted(Comparator.comparing(Cohort::getName).thenComparing(Cohort::getCreatedAt))
                .toList();
        return views(cohorts);
    }

    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
    public CohortView get(@NotBlank String cohortId) {
        return views(List.of(CohortScope.visible(em, callers.current(), cohortId))).get(0);
    }

    /** An unknown email gets an account and a set-password mail. Adding an instructor twice changes nothing. */
    public CohortView addInstructor(@NotBlank String cohortId, @NotBlank @Email @Size(max = 254) String email,
                                    @Size(max = 200) String name) {
        Cohort cohort = CohortScope.managed(em, callers.current(), cohortId);
        Person person = people.findOrInvite(email, name, "the instructors of " + cohort.getName());
        cohort.addInstructor(person.getId(), name == null || name.isBlank() ? null : name.strip());
        return views(List.of(cohort)).get(0);
    }

    /** Idempotent: removing someone who does not teach the cohort changes nothing. */
    public CohortView removeInstructor(@NotBlank String cohortId, @NotBlank @Size(max = 254) String email) {
        Cohort cohort = CohortScope.managed(em, callers.current(), cohortId);
        people.byEmail(email).ifPresent(person -> cohort.removeInstructor(person.getId()));
        return views(List.of(cohort)).get(0);
    }

    /** Replaces all deadlines; keys are unit keys of the cohort's course version. */
    public CohortView setDeadlines(@NotBlank String cohortId, @NotNull Map<String, Instant> dueByUnitKey) {
        Cohort cohort = CohortScope.managed(em, callers.current(), cohortId);
        Set<String> unitKeys = units(cohort.getCourseVersionId()).stream().map(Unit::getUnitKey).collect(Collectors.toSet());
        List<String> unknown = dueByUnitKey.keySet().stream().filter(key -> !unitKeys.contains(key)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("unknown-unit", "The course has no units " + unknown + "; its units are "
                    + unitKeys.stream().sorted().toList());
        }
        if (dueByUnitKey.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalid("validation", "Every deadline needs a time, e.g. 2026-12-01T17:00:00Z");
        }
        cohort.replaceDeadlines(dueByUnitKey);
        return views(List.of(cohort)).get(0);
    }

    private List<Unit> units(String courseVersionId) {
        return em.createQuery("select u from Unit u where u.courseVersionId = :version order by u.position", Unit.class)
                .setParameter("version", courseVersionId).getResultList();
    }

    private List<CohortView> views(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        Set<String> cohortIds = cohorts.stream().map(Cohort::getId).collect(Collectors.toSet());
        Map<String, Long> learners = new HashMap<>();
        em.createQuery("select e.cohortId, count(e) from Enrollment e where e.cohortId in :cohorts"
                        + " and e.status <> :withdrawn group by e.cohortId", Object[].class)
                .setParameter("cohorts", cohortIds)
                .setParameter("withdrawn", Enrollment.Status.WITHDRAWN)
                .getResultStream().forEach(row -> learners.put((String) row[0], ((Number) row[1]).longValue()));
        Map<String, Provider> providers = new HashMap<>();
        Map<String, CourseVersion> versions = new HashMap<>();
        Map<String, List<Unit>> unitsByVersion = new HashMap<>();
        Set<String> personIds = new LinkedHashSet<>();
        cohorts.forEach(c -> personIds.addAll(c.getInstructorIds()));
        Map<String, PersonRef> refs = people.refs(personIds);
        List<CohortView> views = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            Provider provider = providers.computeIfAbsent(cohort.getProviderId(), id -> em.find(Provider.class, id));
            CourseVersion version = versions.computeIfAbsent(cohort.getCourseVersionId(), id -> em.find(CourseVersion.class, id));
            Course course = em.find(Course.class, version.getCourseId());
            Map<String, Instant> due = cohort.getDeadlines();
            Map<String, Instant> deadlines = new LinkedHashMap<>();
            unitsByVersion.computeIfAbsent(version.getId(), this::units).forEach(unit -> {
                if (due.containsKey(unit.getUnitKey())) {
                    deadlines.put(unit.getUnitKey(), due.get(unit.getUnitKey()));
                }
            });
            List<PersonRef> instructors = cohort.getInstructorIds().stream()
                    .filter(refs::containsKey).map(id -> refs.get(id).withEnteredName(cohort.enteredName(id)))
                    .sorted(Comparator.comparing(PersonRef::email)).toList();
            views.add(new CohortView(cohort.getId(), provider.getId(), provider.getName(), cohort.getName(), course.getSlug(),
                    version.getTitle(), version.getNumber(), cohort.getStartsOn(), cohort.getEndsOn(), deadlines,
                    instructors, learners.getOrDefault(cohort.getId(), 0L), cohort.getCreatedAt()));
        }
        return views;
    }
}
