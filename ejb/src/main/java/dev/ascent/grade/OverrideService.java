package dev.ascent.grade;

import dev.ascent.attempt.Attempt;
import dev.ascent.attempt.AttemptViews;
import dev.ascent.attempt.GradeChanged;
import dev.ascent.attempt.StaffAttempts;
import dev.ascent.attempt.StaffStandings;
import dev.ascent.cohort.Cohort;
import dev.ascent.cohort.CohortService;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Roles;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizSettings;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Manual grading for staff (a cohort's instructors, its provider's admins, platform admins; anyone
 * else's cohort or attempt is not found): an item's credit (through the quiz engine, which owns the
 * responses and re-scores the attempt), a learner's unit grade that wins over the computed one until
 * removed, and a comment to the learner per attempt. Each needs a reason and appends a row to the
 * audit trail, which nothing updates or deletes.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
public class OverrideService {
    static final int MAX_REASON = 1000;
    static final int MAX_COMMENT = 4000;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;
    @Inject
    CohortService cohorts;
    @Inject
    StaffAttempts attempts;
    @Inject
    Event<GradeChanged> gradeChanged;

    /** Sets an item's credit (0 to 1) in a submitted attempt; the attempt is re-scored. */
    public Overrides.AuditEntry setItemCredit(@NotBlank String attemptId, @NotBlank String itemId,
                                              @NotNull @DecimalMin("0") @DecimalMax("1") Double credit,
                                              @NotBlank @Size(max = MAX_REASON) String reason) {
        AttemptViews.AttemptRef ref = attempts.ref(attemptId);
        AttemptViews.CreditChange change = attempts.setCredit(attemptId, itemId, credit);
        return audit(ref.cohortId(), ref.personId(), GradeAudit.Kind.ITEM_CREDIT, ref.unitKey(), attemptId, itemId,
                number(change.oldCredit()), number(change.newCredit()), reason);
    }

    /** Sets a learner's unit grade (percent, 0 to 100): it wins over the attempts until removed. */
    public Overrides.AuditEntry setUnitGrade(@NotBlank String cohortId, @NotBlank String personId,
                                             @NotBlank String unitKey,
                                             @NotNull @DecimalMin("0") @DecimalMax("100") Double percent,
                                             @NotBlank @Size(max = MAX_REASON) String reason) {
        Quiz quiz = quizOf(cohortId, personId, unitKey);
        GradeOverride override = find(cohortId, personId, unitKey);
        String old = override != null ? number(override.getPercent()) : number(computed(cohortId, personId, quiz));
        if (override == null) {
            override = new GradeOverride(personId, cohortId, unitKey);
            override.set(percent, me(), clock.instant());
            em.persist(override);
        } else {
            override.set(percent, me(), clock.instant());
        }
        Overrides.AuditEntry entry = audit(cohortId, personId, GradeAudit.Kind.UNIT_GRADE, unitKey, null, null, old,
                number(percent), reason);
        gradeChanged.fire(new GradeChanged(personId, cohortId, quiz.getId(), null));
        return entry;
    }

    /**
     * Removes a learner's unit grade set by staff: the grade the attempts make applies again. Empty
     * (and nothing audited) when there was none: removing twice is removing once.
     */
    public Optional<Overrides.AuditEntry> removeUnitGrade(@NotBlank String cohortId, @NotBlank String personId,
                                                @NotBlank String unitKey, @NotBlank @Size(max = MAX_REASON) String reason) {
        Quiz quiz = quizOf(cohortId, personId, unitKey);
        GradeOverride override = find(cohortId, personId, unitKey);
        if (override == null) {
            return Optional.empty();
        }
        String old = number(override.getPercent());
        em.remove(override);
        em.flush();
        Overrides.AuditEntry entry = audit(cohortId, personId, GradeAudit.Kind.UNIT_GRADE_REMOVED, unitKey, null, null,
                old, number(computed(cohortId, personId, quiz)), reason);
        gradeChanged.fire(new GradeChanged(personId, cohortId, quiz.getId(), null));
        return Optional.of(entry);
    }

    /** Sets (or, with blank text, removes) the comment the learner reads with this attempt's result. */
    public Overrides.AuditEntry setComment(@NotBlank String attemptId, @NotNull @Size(max = MAX_COMMENT) String text,
                                           @NotBlank @Size(max = MAX_REASON) String reason) {
        AttemptViews.AttemptRef ref = attempts.ref(attemptId);
        AttemptComment comment = em.createQuery("select c from AttemptComment c where c.attemptId = :attempt",
                        AttemptComment.class)
                .setParameter("attempt", attemptId)
                .getResultStream().findFirst().orElse(null);
        String old = comment == null ? null : comment.getText();
        String now = text.isBlank() ? null : text.strip();
        if (now == null) {
            if (comment != null) {
                em.remove(comment);
            }
        } else if (comment == null) {
            comment = new AttemptComment(attemptId);
            comment.set(now, me(), clock.instant());
            em.persist(comment);
        } else {
            comment.set(now, me(), clock.instant());
        }
        return audit(ref.cohortId(), ref.personId(), GradeAudit.Kind.COMMENT, ref.unitKey(), attemptId, null, old, now,
                reason);
    }

    /** A learner's unit grades set by staff and the audit of every manual change to their grades in the cohort. */
    public Overrides.LearnerMarks marks(@NotBlank String cohortId, @NotBlank String personId) {
        cohorts.get(cohortId);
        requireOnRoster(cohortId, personId);
        List<Overrides.UnitOverride> overrides = em.createQuery(
                        "select o from GradeOverride o where o.cohortId = :cohort and o.personId = :person"
                                + " order by o.unitKey", GradeOverride.class)
                .setParameter("cohort", cohortId).setParameter("person", personId)
                .getResultStream()
                .map(o -> new Overrides.UnitOverride(o.getUnitKey(), o.getPercent(), o.getSetBy(), o.getSetAt()))
                .toList();
        List<Overrides.AuditEntry> audit = em.createQuery("select g, p.email from GradeAudit g, Person p"
                        + " where p.id = g.actorId and g.cohortId = :cohort and g.personId = :person"
                        + " order by g.changedAt desc, g.id", Object[].class)
                .setParameter("cohort", cohortId).setParameter("person", personId)
                .getResultStream()
                .map(r -> ((GradeAudit) r[0]).view((String) r[1]))
                .toList();
        return new Overrides.LearnerMarks(cohortId, personId, overrides, audit);
    }

    private Overrides.AuditEntry audit(String cohortId, String personId, GradeAudit.Kind kind, String unitKey,
                                       String attemptId, String itemId, String oldValue, String newValue, String reason) {
        GradeAudit row = new GradeAudit(cohortId, personId, kind, unitKey, attemptId, itemId, oldValue, newValue,
                reason.strip(), me(), clock.instant());
        em.persist(row);
        String email = em.createQuery("select p.email from Person p where p.id = :id", String.class)
                .setParameter("id", row.getActorId()).getSingleResult();
        return row.view(email);
    }

    /** The quiz of the unit in the cohort's course, after checking the caller may see the cohort and the learner is in it. */
    private Quiz quizOf(String cohortId, String personId, String unitKey) {
        cohorts.get(cohortId);
        requireOnRoster(cohortId, personId);
        Cohort cohort = em.find(Cohort.class, cohortId);
        return em.createQuery("select q from Quiz q, Unit u where q.unitId = u.id and u.courseVersionId = :version"
                        + " and u.unitKey = :unit", Quiz.class)
                .setParameter("version", cohort.getCourseVersionId())
                .setParameter("unit", unitKey)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("unit with a quiz", unitKey));
    }

    private void requireOnRoster(String cohortId, String personId) {
        if (em.createQuery("select e.id from Enrollment e where e.cohortId = :cohort and e.personId = :person",
                        String.class)
                .setParameter("cohort", cohortId).setParameter("person", personId)
                .setMaxResults(1).getResultList().isEmpty()) {
            throw DomainException.notFound("learner", personId);
        }
    }

    private GradeOverride find(String cohortId, String personId, String unitKey) {
        return em.createQuery("select o from GradeOverride o where o.cohortId = :cohort and o.personId = :person"
                        + " and o.unitKey = :unit", GradeOverride.class)
                .setParameter("cohort", cohortId).setParameter("person", personId).setParameter("unit", unitKey)
                .getResultStream().findFirst().orElse(null);
    }

    /** The grade the learner's attempts make, as the gradebook computes it (staff see the score). */
    private Double computed(String cohortId, String personId, Quiz quiz) {
        List<StaffStandings.Row> rows = em.createQuery("select a.number, a.state, a.score, a.maxScore from Attempt a"
                        + " where a.cohortId = :cohort and a.personId = :person and a.quizId = :quiz order by a.number",
                        Object[].class)
                .setParameter("cohort", cohortId).setParameter("person", personId).setParameter("quiz", quiz.getId())
                .getResultStream()
                .map(r -> new StaffStandings.Row(personId, quiz.getId(), (Integer) r[0], (Attempt.State) r[1],
                        (Double) r[2], (Double) r[3]))
                .toList();
        return StaffStandings.of(quiz.getId(), cohortId, QuizSettings.forCohort(em, quiz, cohortId), rows).gradePercent();
    }

    private String me() {
        return callers.current().personId();
    }

    private static String number(Double value) {
        if (value == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }
}
