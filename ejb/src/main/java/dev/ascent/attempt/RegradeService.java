package dev.ascent.attempt;

import dev.ascent.cohort.CohortService;
import dev.ascent.cohort.CohortView;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Roles;
import dev.ascent.quiz.Grader;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quiz.QuizSettings;
import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-grading a cohort's submitted attempts of one item after a newer course version corrected its
 * key. Attempts are graded against the quiz row of the version they started on; a re-grade is
 * the one deliberate exception: staff name the item (by its key, the same in every version) and
 * the corrected version, and each submitted attempt of the cohort that drew the item gets the
 * credit that version's definition of the item gives its saved answer, rendered with the
 * attempt's own seed. Only the key may differ: an item whose type, options or prompts changed is
 * refused, since the learner answered another question. The dry run and the re-grade run the same
 * computation (the re-grade under each attempt's row lock), so the dry run shows exactly what the
 * re-grade writes; every changed attempt gets an audit row and fires {@link AttemptRegraded}.
 * For the cohort's instructors, its provider's admins and platform admins (the cohort's scope rule,
 * through {@link CohortService#get}).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
public class RegradeService {

    @PersistenceContext
    EntityManager em;
    @Inject
    CallerService callers;
    @Inject
    CohortService cohorts;
    @Inject
    Clock clock;
    @Inject
    Event<AttemptRegraded> regraded;

    @Inject
    Event<GradeChanged> gradeChanged;

    /** One attempt whose credit for the item (and so whose score) changes. */
    public record AttemptChange(String attemptId, String personId, int number, Double oldCredit, Double newCredit,
                                double oldScore, double newScore, double maxScore) {
    }

    /** One learner whose unit grade (by the cohort's grading method) or pass changes. */
    public record GradeChange(String personId, Double oldGradePercent, Double newGradePercent, Boolean oldPassed,
                              Boolean newPassed) {
    }

    /**
     * What a re-grade changes (dry run) or changed: {@code attemptsConsidered} submitted attempts
     * drew the item, {@code attempts} of them change, and {@code grades} of their learners' grades.
     */
    public record Plan(String cohortId, String unitKey, String itemKey, int cohortVersion, int correctedVersion,
                       int attemptsConsidered, List<AttemptChange> attempts, List<GradeChange> grades) {
    }

    /** An audit row, newest first in {@link #audit}. */
    public record AuditEntry(String attemptId, String personId, String itemKey, String correctedQuizId, Double oldCredit,
                             Double newCredit, double oldScore, double newScore, double maxScore, String reason,
                             String changedBy, Instant changedAt) {
    }

    /** What re-grading would change; writes nothing. */
    public Plan dryRun(@NotBlank String cohortId, @NotBlank String unitKey, @NotBlank String itemKey,
                       @NotNull @Min(1) Integer correctedVersion) {
        return plan(target(cohortId, unitKey, itemKey, correctedVersion), false);
    }

    /** Re-grades and audits every change; answers what changed (equal to a dry run just before). */
    public Plan apply(@NotBlank String cohortId, @NotBlank String unitKey, @NotBlank String itemKey,
                      @NotNull @Min(1) Integer correctedVersion, @NotBlank @Size(max = 1000) String reason) {
        Target target = target(cohortId, unitKey, itemKey, correctedVersion);
        Plan plan = plan(target, true);
        String by = callers.current().personId();
        Instant now = clock.instant();
        for (AttemptChange change : plan.attempts()) {
            Attempt attempt = em.find(Attempt.class, change.attemptId());
            AttemptResponse response = AttemptGrading.responses(em, attempt.getId()).get(itemKey);
            response.grade(change.newCredit());
            attempt.rescore(change.newScore());
            em.persist(new AttemptRegrade(change, itemKey, target.corrected.getId(), reason, by, now));
        }
        em.flush();
        for (AttemptChange change : plan.attempts()) {
            regraded.fire(new AttemptRegraded(change.attemptId(), change.personId(), cohortId, target.quiz.getId(),
                    change.oldScore(), change.newScore(), change.maxScore()));
            gradeChanged.fire(new GradeChanged(change.personId(), cohortId, target.quiz.getId(), change.attemptId()));
        }
        return plan;
    }

    /** The re-grades of the cohort's attempts at the unit's quiz, newest first. */
    public List<AuditEntry> audit(@NotBlank String cohortId, @NotBlank String unitKey) {
        CohortView cohort = cohorts.get(cohortId);
        Quiz quiz = quiz(cohort.courseSlug(), cohort.courseVersion(), unitKey);
        return em.createQuery("select r, a.personId from AttemptRegrade r, Attempt a where a.id = r.attemptId"
                        + " and a.cohortId = :cohort and a.quizId = :quiz order by r.changedAt desc, r.id", Object[].class)
                .setParameter("cohort", cohortId)
                .setParameter("quiz", quiz.getId())
                .getResultStream()
                .map(row -> ((AttemptRegrade) row[0]).entry((String) row[1]))
                .toList();
    }

    private record Target(CohortView cohort, String unitKey, String itemKey, int correctedVersion, Quiz quiz,
                          Quiz corrected, QuizItem original, QuizItem correctedItem) {
    }

    private Target target(String cohortId, String unitKey, String itemKey, int correctedVersion) {
        CohortView cohort = cohorts.get(cohortId);
        Quiz quiz = quiz(cohort.courseSlug(), cohort.courseVersion(), unitKey);
        Quiz corrected = quiz(cohort.courseSlug(), correctedVersion, unitKey);
        QuizItem original = item(quiz, itemKey);
        QuizItem correctedItem = item(corrected, itemKey);
        if (original.definition().type() != correctedItem.definition().type()) {
            throw DomainException.invalid("item-not-comparable", "Item " + itemKey + " is a "
                    + correctedItem.definition().type() + " in version " + correctedVersion + ", not a "
                    + original.definition().type() + ": only a corrected key can be re-graded");
        }
        return new Target(cohort, unitKey, itemKey, correctedVersion, quiz, corrected, original, correctedItem);
    }

    private Plan plan(Target target, boolean lock) {
        String cohortId = target.cohort.id();
        List<Attempt> all = em.createQuery("select a from Attempt a where a.cohortId = :cohort and a.quizId = :quiz"
                        + " order by a.personId, a.number", Attempt.class)
                .setParameter("cohort", cohortId)
                .setParameter("quiz", target.quiz.getId())
                .getResultList();
        List<AttemptChange> changes = new ArrayList<>();
        Map<String, AttemptChange> byAttempt = new LinkedHashMap<>();
        int considered = 0;
        for (Attempt attempt : all) {
            if (lock) {
                em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
            }
            if (attempt.getState() != Attempt.State.SUBMITTED || !attempt.getItemKeys().contains(target.itemKey)) {
                continue;
            }
            considered++;
            AttemptResponse response = AttemptGrading.responses(em, attempt.getId()).get(target.itemKey);
            if (response == null) {
                continue; // unanswered: no credit under any key
            }
            if (response.isCreditByStaff()) {
                continue; // staff set this credit by hand: nothing recomputes it
            }
            RenderedItem before = target.original.definition().render(attempt.getSeed());
            RenderedItem after = target.correctedItem.definition().render(attempt.getSeed());
            if (!sameQuestion(before, after)) {
                throw DomainException.invalid("item-not-comparable", "Item " + target.itemKey + " shows other options,"
                        + " prompts or values in version " + target.correctedVersion + ": only a corrected key can be"
                        + " re-graded");
            }
            double newCredit = Grader.grade(after, response.answer());
            Double oldCredit = response.getCredit();
            double old = oldCredit == null ? 0 : oldCredit;
            if (Math.abs(newCredit - old) < 1e-9) {
                continue;
            }
            double oldScore = attempt.getScore() == null ? 0 : attempt.getScore();
            AttemptChange change = new AttemptChange(attempt.getId(), attempt.getPersonId(), attempt.getNumber(),
                    oldCredit, newCredit, oldScore, oldScore - old + newCredit,
                    attempt.getMaxScore() == null ? 0 : attempt.getMaxScore());
            changes.add(change);
            byAttempt.put(attempt.getId(), change);
        }
        return new Plan(cohortId, target.unitKey, target.itemKey, target.cohort.courseVersion(), target.correctedVersion,
                considered, List.copyOf(changes), gradeChanges(target, all, byAttempt));
    }

    /** The learners whose grade or pass changes: the one rule ({@link StaffStandings}) before and after. */
    private List<GradeChange> gradeChanges(Target target, List<Attempt> all, Map<String, AttemptChange> changes) {
        Set<String> affected = changes.values().stream().map(AttemptChange::personId).collect(Collectors.toSet());
        QuizSettings settings = QuizSettings.forCohort(em, target.quiz, target.cohort.id());
        Map<String, List<Attempt>> byPerson = all.stream().filter(a -> affected.contains(a.getPersonId()))
                .collect(Collectors.groupingBy(Attempt::getPersonId, LinkedHashMap::new, Collectors.toList()));
        List<GradeChange> grades = new ArrayList<>();
        byPerson.forEach((person, attempts) -> {
            List<StaffStandings.Row> before = attempts.stream().map(a -> row(a, a.getScore())).toList();
            List<StaffStandings.Row> after = attempts.stream().map(a -> row(a, changes.containsKey(a.getId())
                    ? changes.get(a.getId()).newScore() : a.getScore())).toList();
            Standing was = StaffStandings.of(target.quiz.getId(), target.cohort.id(), settings, before);
            Standing now = StaffStandings.of(target.quiz.getId(), target.cohort.id(), settings, after);
            if (!Objects.equals(was.gradePercent(), now.gradePercent()) || !Objects.equals(was.passed(), now.passed())) {
                grades.add(new GradeChange(person, was.gradePercent(), now.gradePercent(), was.passed(), now.passed()));
            }
        });
        return List.copyOf(grades);
    }

    private static StaffStandings.Row row(Attempt a, Double score) {
        return new StaffStandings.Row(a.getPersonId(), a.getQuizId(), a.getNumber(), a.getState(), score, a.getMaxScore());
    }

    private static boolean sameQuestion(RenderedItem before, RenderedItem after) {
        return before.type() == after.type() && ids(before.options()).equals(ids(after.options()))
                && ids(before.prompts()).equals(ids(after.prompts())) && Objects.equals(before.values(), after.values());
    }

    private static List<String> ids(List<AuthoredChoice> choices) {
        return choices.stream().map(AuthoredChoice::id).toList();
    }

    private Quiz quiz(String courseSlug, int version, String unitKey) {
        return em.createQuery("select q from Quiz q, Unit u, CourseVersion v, Course c where q.unitId = u.id"
                        + " and u.courseVersionId = v.id and v.courseId = c.id and c.slug = :slug and v.number = :version"
                        + " and u.unitKey = :unit", Quiz.class)
                .setParameter("slug", courseSlug)
                .setParameter("version", version)
                .setParameter("unit", unitKey)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("quiz of unit " + unitKey + " in version " + version
                        + " of the cohort's course", unitKey));
    }

    private QuizItem item(Quiz quiz, String itemKey) {
        return em.createQuery("select i from QuizItem i where i.quizId = :quiz and i.itemKey = :key", QuizItem.class)
                .setParameter("quiz", quiz.getId())
                .setParameter("key", itemKey)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("item of unit " + quiz.getId(), itemKey));
    }
}
