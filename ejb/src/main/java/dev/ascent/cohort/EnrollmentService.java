package dev.ascent.cohort;

import dev.ascent.identity.Caller;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Person;
import dev.ascent.identity.PersonDirectory;
import dev.ascent.identity.PersonRef;
import dev.ascent.identity.Roles;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rosters: provider admins add, import and withdraw learners of their provider's cohorts;
 * instructors read the rosters of the cohorts they teach. A withdrawal keeps the row and its
 * history; adding the person again brings the same row back.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN})
public class EnrollmentService {
    /** About 25,000 rows of typical length: far beyond a cohort, small enough to hold in memory. */
    public static final int MAX_CSV_CHARS = 2_000_000;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;
    @Inject
    PersonDirectory people;
    @Inject
    Event<EnrollmentWithdrawn> withdrawals;

    /** The result of adding one learner: {@code reactivated} when a withdrawn enrollment came back. */
    public record Added(EnrollmentView enrollment, boolean reactivated) {
    }

    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
    public List<EnrollmentView> roster(@NotBlank String cohortId) {
        Cohort cohort = CohortScope.visible(em, callers.current(), cohortId);
        List<Enrollment> enrollments = em.createQuery("select e from Enrollment e where e.cohortId = :cohort", Enrollment.class)
                .setParameter("cohort", cohort.getId()).getResultList();
        Map<String, PersonRef> refs = people.refs(enrollments.stream().map(Enrollment::getPersonId).toList());
        return enrollments.stream()
                .map(e -> view(e, refs.get(e.getPersonId()), null))
                .sorted(Comparator.comparing(EnrollmentView::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(EnrollmentView::email))
                .toList();
    }

    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
    public EnrollmentView get(@NotBlank String cohortId, @NotBlank String enrollmentId) {
        Cohort cohort = CohortScope.visible(em, callers.current(), cohortId);
        return withHistory(inCohort(cohort, enrollmentId));
    }

    public Added add(@NotBlank String cohortId, @NotBlank @Email @Size(max = RosterCsv.MAX_EMAIL) String email,
                     @Size(max = RosterCsv.MAX_NAME) String name, @Size(max = RosterCsv.MAX_EXTERNAL_ID) String externalId) {
        Caller caller = callers.current();
        Cohort cohort = CohortScope.managed(em, caller, cohortId);
        Person person = people.findOrInvite(email, name, cohort.getName());
        String external = externalId == null || externalId.isBlank() ? null : externalId.strip();
        String entered = name == null || name.isBlank() ? null : name.strip();
        Enrollment existing = enrollmentOf(cohort.getId(), person.getId());
        if (existing != null && !existing.isWithdrawn()) {
            throw DomainException.conflict("already-enrolled", person.getEmail() + " is already in " + cohort.getName());
        }
        Instant now = clock.instant();
        Enrollment enrollment = enroll(cohort, person.getId(), external, entered, existing, now, caller.personId(), "manual");
        return new Added(withHistory(enrollment), existing != null);
    }

    public EnrollmentView withdraw(@NotBlank String cohortId, @NotBlank String enrollmentId) {
        Caller caller = callers.current();
        Enrollment enrollment = inCohort(CohortScope.managed(em, caller, cohortId), enrollmentId);
        if (!enrollment.isWithdrawn()) {
            Instant now = clock.instant();
            enrollment.withdraw(now);
            em.persist(new EnrollmentEvent(enrollment, now, caller.personId(), "manual"));
            // Written first, so observers that read enrollments in this transaction see the withdrawal.
            em.flush();
            withdrawals.fire(new EnrollmentWithdrawn(enrollment.getCohortId(), enrollment.getPersonId()));
        }
        return withHistory(enrollment);
    }

    /**
     * Imports a roster file (see {@link RosterCsv}). A preview writes nothing; a real import writes
     * every good row in this one transaction, so an unexpected failure leaves nothing behind.
     * People are looked up with one query per 1,000 emails, and existing enrollments with one.
     */
    public RosterReport importRoster(@NotBlank String cohortId,
                                     @NotNull @Size(max = MAX_CSV_CHARS, message = "must be at most 2,000,000 characters") String csv,
                                     boolean preview) {
        Caller caller = callers.current();
        Cohort cohort = CohortScope.managed(em, caller, cohortId);
        RosterCsv.Parsed parsed = RosterCsv.parse(csv);
        Map<String, Person> known = people.byEmails(parsed.rows().stream().map(RosterCsv.Row::email).toList());
        Map<String, Enrollment> enrolled = em.createQuery("select e from Enrollment e where e.cohortId = :cohort", Enrollment.class)
                .setParameter("cohort", cohort.getId())
                .getResultStream().collect(Collectors.toMap(Enrollment::getPersonId, Function.identity()));
        List<RosterCsv.Issue> issues = new ArrayList<>(parsed.issues());
        int accepted = 0;
        int newAccounts = 0;
        int reactivated = 0;
        Instant now = clock.instant();
        for (RosterCsv.Row row : parsed.rows()) {
            Person person = known.get(row.email());
            Enrollment existing = person == null ? null : enrolled.get(person.getId());
            if (existing != null && !existing.isWithdrawn()) {
                issues.add(new RosterCsv.Issue(row.line(), RosterCsv.EMAIL, RosterCsv.Problem.ALREADY_ENROLLED,
                        row.email() + " is already in this cohort"));
                continue;
            }
            accepted++;
            newAccounts += person == null ? 1 : 0;
            reactivated += existing != null ? 1 : 0;
            if (!preview) {
                String personId = person != null ? person.getId()
                        : people.invite(row.email(), row.name(), null, cohort.getName()).getId();
                enroll(cohort, personId, row.externalId(), row.name(), existing, now, caller.personId(), "csv");
            }
        }
        issues.sort(RosterCsv.Issue.BY_LINE);
        return new RosterReport(preview, parsed.records(), accepted, parsed.records() - accepted, newAccounts, reactivated,
                List.copyOf(issues));
    }

    private Enrollment enroll(Cohort cohort, String personId, String externalId, String name, Enrollment withdrawn,
                              Instant now, String actorId, String via) {
        Enrollment enrollment = withdrawn;
        if (enrollment == null) {
            enrollment = Enrollment.invited(cohort.getId(), personId, externalId, name, now);
            em.persist(enrollment);
        } else {
            enrollment.reactivate(now, externalId, name);
        }
        em.persist(new EnrollmentEvent(enrollment, now, actorId, via));
        return enrollment;
    }

    private Enrollment enrollmentOf(String cohortId, String personId) {
        return em.createQuery("select e from Enrollment e where e.cohortId = :cohort and e.personId = :person", Enrollment.class)
                .setParameter("cohort", cohortId).setParameter("person", personId)
                .getResultStream().findFirst().orElse(null);
    }

    private Enrollment inCohort(Cohort cohort, String enrollmentId) {
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || !enrollment.getCohortId().equals(cohort.getId())) {
            throw DomainException.notFound("enrollment", enrollmentId);
        }
        return enrollment;
    }

    private EnrollmentView withHistory(Enrollment enrollment) {
        List<EnrollmentView.HistoryEntry> history = em.createQuery(
                        "select h from EnrollmentEvent h where h.enrollmentId = :enrollment order by h.occurredAt, h.id",
                        EnrollmentEvent.class)
                .setParameter("enrollment", enrollment.getId())
                .getResultStream()
                .map(h -> new EnrollmentView.HistoryEntry(h.getStatus(), h.getOccurredAt(), h.getActorId(), h.getVia()))
                .toList();
        return view(enrollment, people.refs(List.of(enrollment.getPersonId())).get(enrollment.getPersonId()), history);
    }

    /**
     * A provider sees what it entered (the name on the enrollment, else the email's local part),
     * never the name stored on the account, which another provider or the person chose.
     */
    static EnrollmentView view(Enrollment e, PersonRef person, List<EnrollmentView.HistoryEntry> history) {
        return new EnrollmentView(e.getId(), e.getCohortId(), e.getPersonId(), person.email(),
                person.withEnteredName(e.getName()).name(),
                e.getExternalId(), e.getStatus().name(), e.getInvitedAt(), e.getActivatedAt(), e.getCompletedAt(),
                e.getWithdrawnAt(), history);
    }
}
