package dev.ascent.attempt;

import dev.ascent.cohort.Enrollments;
import dev.ascent.cohort.QuizStarted;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Person;
import dev.ascent.identity.Roles;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quiz.QuizSettings;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Start, save, submit: the server alone decides the draw, the time and the score. A learner
 * reaches only their own attempts; anyone else's look as if they did not exist. An attempt whose
 * time is up is submitted by whichever comes first: the expiry timer or the next request.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class AttemptService {
    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CallerService callers;
    @Inject
    Enrollments enrollments;
    /** Observed by the cohort feature (an invited learner arrives), synchronously, in this transaction. */
    @Inject
    Event<QuizStarted> quizStarted;
    @EJB
    AttemptCloser closer;
    /** Unit grades and comments staff set (implemented by the grade feature). */
    @Inject
    StaffMarks marks;

    /**
     * Starts an attempt, or resumes the open one. The learner must be enrolled (invited or active) in a cohort taking
     * this quiz's course version; {@code cohortId} names it when there are several.
     */
    public AttemptViews.Started start(@NotBlank String quizId, String cohortId) {
        Quiz quiz = em.find(Quiz.class, quizId);
        if (quiz == null) {
            throw DomainException.notFound("quiz", quizId);
        }
        String personId = callers.current().personId();
        // Orders one person's starts (double click, two tabs) without touching anyone else's.
        em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        String cohort = cohortFor(personId, quiz, cohortId);
        // The cohort's settings with this learner's accommodation, if any: attempts, limit and close date.
        QuizSettings settings = QuizSettings.forLearner(em, quiz, cohort, personId);
        Instant now = clock.instant();

        List<Attempt> all = attemptsOf(quizId, personId);
        for (Attempt open : all) {
            if (open.getState() != Attempt.State.IN_PROGRESS) {
                continue;
            }
            boolean submittedNow = AttemptGrading.lockAndSubmitIfOverdue(em, open, now);
            if (!submittedNow && cohort.equals(open.getCohortId())) {
                return new AttemptViews.Started(false, sheet(open, now));
            }
        }
        // Attempts count in the cohort they were taken in, as the history and My learning show them.
        DomainException refusal = StartConditions.refusal(settings, inCohort(all, cohort).size(), now);
        if (refusal != null) {
            throw refusal;
        }
        long seed = SEEDS.nextLong();
        List<Object[]> pool = em.createQuery(
                        "select i.itemKey, i.position from QuizItem i where i.quizId = :quiz order by i.position", Object[].class)
                .setParameter("quiz", quizId)
                .getResultList();
        Instant deadline = settings.timeLimitMinutes() == null ? null
                : now.plus(Duration.ofMinutes(settings.timeLimitMinutes()));
        if (settings.closesAt() != null && (deadline == null || settings.closesAt().isBefore(deadline))) {
            deadline = settings.closesAt();
        }
        quizStarted.fire(new QuizStarted(personId, cohort, now));
        Attempt attempt = new Attempt(quizId, personId, cohort, all.size() + 1, seed, settings.shuffleOptions(),
                draw(pool, settings.drawCount(), settings.shuffleItems(), seed), now, deadline);
        em.persist(attempt);
        return new AttemptViews.Started(true, AttemptPresentation.sheet(em, attempt, settings, now, null));
    }

    /** The attempt to resume, or its result once submitted; an overdue attempt is submitted first. */
    public AttemptViews.Sheet get(@NotBlank String attemptId) {
        Attempt attempt = find(attemptId);
        Instant now = clock.instant();
        AttemptGrading.submitIfOverdue(em, attempt, now);
        return sheet(attempt, now);
    }

    /**
     * Saves one answer. {@code baseRevision} is the revision of this item's answer that the client
     * last saw (0 when it had none): if someone saved since, the save is refused as stale with the
     * current revision. Sending the answer that is already stored changes nothing and succeeds.
     */
    public AttemptViews.Saved save(@NotBlank String attemptId, @NotBlank String itemId, @NotNull Answer answer,
                                   @NotNull @Min(0) Integer baseRevision) {
        Attempt attempt = find(attemptId);
        requireLearner(attempt);
        if (attempt.isOverdue(clock.instant())) {
            closer.closeIfOverdue(attemptId);
            throw expired(attempt);
        }
        // The row lock orders concurrent saves and submits of one attempt, on one node or many.
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.getState() != Attempt.State.IN_PROGRESS) {
            throw attempt.isTimedOut() ? expired(attempt)
                    : DomainException.conflict("attempt-closed", "Attempt " + attemptId + " is already submitted");
        }
        if (!attempt.getItemKeys().contains(itemId)) {
            throw DomainException.notFound("item of this attempt", itemId);
        }
        RenderedItem item = renderedItem(attempt, itemId);
        // The learner names options and prompts by this attempt's ids; stored and graded by the content's.
        answer = ChoiceIds.of(attempt.getSeed(), item).stored(answer);
        AnswerShape.check(item, answer);
        AttemptResponse response = em.createQuery(
                        "select r from AttemptResponse r where r.attemptId = :attempt and r.itemKey = :item",
                        AttemptResponse.class)
                .setParameter("attempt", attemptId)
                .setParameter("item", itemId)
                .getResultStream().findFirst().orElse(null);
        if (response != null && response.answer().equals(answer)) {
            return saved(attemptId, response);
        }
        int current = response == null ? 0 : response.getRevision();
        if (baseRevision != current) {
            throw DomainException.conflict("stale-save", "The answer to item " + itemId + " was saved elsewhere"
                            + " (now at revision " + current + ") after revision " + baseRevision
                            + " that this save is based on; reload the attempt before changing it")
                    .with("itemId", itemId).with("currentRevision", current);
        }
        Instant now = clock.instant();
        if (response == null) {
            response = new AttemptResponse(attemptId, itemId);
            response.record(answer, now);
            em.persist(response);
        } else {
            response.record(answer, now);
        }
        // The save log: one insert, no read (a resend of the stored answer returned above, unlogged).
        em.persist(AttemptSave.of(response, attemptId));
        return saved(attemptId, response);
    }

    /** Grades once, with what was saved; submitting again returns the same result. */
    public AttemptViews.Result submit(@NotBlank String attemptId) {
        Attempt attempt = find(attemptId);
        requireLearner(attempt);
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (attempt.getState() == Attempt.State.IN_PROGRESS) {
            AttemptGrading.submit(em, attempt, now, attempt.isOverdue(now));
        }
        return AttemptPresentation.result(em, attempt, settingsOf(attempt), now, commentOn(attempt));
    }

    /**
     * The caller's attempts at a quiz in one cohort and their grade there. The cohort is
     * {@code cohortId}, or the one of the latest attempt, or the learner's only active cohort for
     * the course. Only that cohort's attempts are listed and counted, each judged by that cohort's
     * settings (see {@link Standing}): another cohort's attempts, under another provider's policy,
     * are shown in that cohort's history only.
     */
    public AttemptViews.History history(@NotBlank String quizId, String cohortId) {
        Quiz quiz = em.find(Quiz.class, quizId);
        if (quiz == null) {
            throw DomainException.notFound("quiz", quizId);
        }
        String personId = callers.current().personId();
        Instant now = clock.instant();
        List<Attempt> all = attemptsOf(quizId, personId);
        for (Attempt attempt : all) {
            AttemptGrading.submitIfOverdue(em, attempt, now);
        }
        List<String> active = enrollments.cohortsTaking(personId, courseVersionOf(quiz));
        String cohort;
        if (cohortId != null) {
            if (!active.contains(cohortId) && all.stream().noneMatch(a -> cohortId.equals(a.getCohortId()))) {
                throw notEnrolled();
            }
            cohort = cohortId;
        } else if (!all.isEmpty()) {
            cohort = all.get(all.size() - 1).getCohortId();
        } else {
            cohort = onlyCohort(active);
        }
        List<Attempt> mine = inCohort(all, cohort);
        QuizSettings settings = QuizSettings.forLearner(em, quiz, cohort, personId);
        Standing standing = standing(quizId, cohort, settings, mine, now, marks.unitGrades(personId, cohort),
                unitKeys(List.of(quizId)).get(quizId));
        boolean open = mine.stream().anyMatch(a -> a.getState() == Attempt.State.IN_PROGRESS);
        boolean canStart = active.contains(cohort)
                && (open || StartConditions.refusal(settings, mine.size(), now) == null);
        boolean scoreShown = settings.visibleAt(now).score();
        List<AttemptViews.Summary> summaries = mine.stream().map(a -> {
            boolean show = scoreShown && a.getState() == Attempt.State.SUBMITTED;
            return new AttemptViews.Summary(a.getId(), a.getNumber(), a.getState().name(), a.getStartedAt(),
                    a.getDeadline(), a.getSubmittedAt(), a.isAutoSubmitted(), show ? a.getScore() : null,
                    show ? a.getMaxScore() : null, show ? a.getPercent() : null,
                    show ? settings.passes(a.getPercent()) : null);
        }).toList();
        return new AttemptViews.History(quizId, cohort, settings.attemptsAllowed(), mine.size(), canStart,
                standing.gradingMethod(), standing.passMarkPercent(),
                standing.gradePercent() == null ? null : new AttemptViews.Grade(standing.gradePercent(), standing.passed(),
                        standing.overridden()),
                summaries, standing.comments());
    }

    /**
     * The caller's standing at each of these quizzes in one cohort, for My learning: the same
     * rule as the history (that cohort's attempts and settings), so no page computes it again.
     */
    public Map<String, Standing> standings(@NotBlank String cohortId, @NotNull List<String> quizIds) {
        String personId = callers.current().personId();
        Instant now = clock.instant();
        Map<String, List<Attempt>> byQuiz = quizIds.isEmpty() ? Map.of() : em.createQuery(
                        "select a from Attempt a where a.personId = :person and a.cohortId = :cohort"
                                + " and a.quizId in :quizzes order by a.number", Attempt.class)
                .setParameter("person", personId)
                .setParameter("cohort", cohortId)
                .setParameter("quizzes", quizIds)
                .getResultStream()
                .collect(Collectors.groupingBy(Attempt::getQuizId));
        Map<String, Standing> standings = new LinkedHashMap<>();
        Map<String, Double> overrides = marks.unitGrades(personId, cohortId);
        Map<String, String> unitKeys = unitKeys(quizIds);
        for (String quizId : quizIds) {
            Quiz quiz = em.find(Quiz.class, quizId);
            if (quiz != null) {
                standings.put(quizId, standing(quizId, cohortId, QuizSettings.forLearner(em, quiz, cohortId, personId),
                        byQuiz.getOrDefault(quizId, List.of()), now, overrides, unitKeys.get(quizId)));
            }
        }
        return standings;
    }

    /**
     * What a learner sees before starting: the quiz's title, how many items an attempt draws, its
     * time limit and dates in the learner's cohort, and their history (attempts, grade).
     */
    public AttemptViews.Intro intro(@NotBlank String quizId, String cohortId) {
        AttemptViews.History history = history(quizId, cohortId);
        Quiz quiz = em.find(Quiz.class, quizId);
        QuizSettings settings = QuizSettings.forLearner(em, quiz, history.cohortId(), callers.current().personId());
        long pool = em.createQuery("select count(i) from QuizItem i where i.quizId = :quiz", Long.class)
                .setParameter("quiz", quizId)
                .getSingleResult();
        return new AttemptViews.Intro(quizId, quiz.getTitle(), (int) Math.min(settings.drawCount(), pool),
                settings.timeLimitMinutes(), settings.opensAt(), settings.closesAt(), history);
    }

    /**
     * The learner's page saw the time run out and has saved what it had: submit now, as an
     * automatic submission, instead of waiting out the grace that is there for saves in flight.
     * Before the deadline by the server's clock (a device clock running fast) it changes nothing.
     */
    public AttemptViews.Sheet timeUp(@NotBlank String attemptId) {
        Attempt attempt = find(attemptId);
        requireLearner(attempt);
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (attempt.getState() == Attempt.State.IN_PROGRESS && attempt.getDeadline() != null
                && !now.isBefore(attempt.getDeadline())) {
            AttemptGrading.submit(em, attempt, now, true);
        }
        return sheet(attempt, now);
    }

    /** A random subset of the pool; in pool order unless items are shuffled. */
    static List<String> draw(List<Object[]> pool, int count, boolean shuffle, long seed) {
        List<Object[]> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(ChoiceIds.shuffleSeed(seed, "", "draw")));
        List<Object[]> drawn = new ArrayList<>(shuffled.subList(0, Math.min(count, shuffled.size())));
        if (!shuffle) {
            drawn.sort(Comparator.comparingInt(row -> ((Number) row[1]).intValue()));
        }
        return drawn.stream().map(row -> (String) row[0]).toList();
    }

    private String cohortFor(String personId, Quiz quiz, String requested) {
        List<String> active = enrollments.cohortsTaking(personId, courseVersionOf(quiz));
        if (requested != null) {
            if (!active.contains(requested)) {
                throw notEnrolled();
            }
            return requested;
        }
        return onlyCohort(active);
    }

    private static String onlyCohort(List<String> active) {
        if (active.isEmpty()) {
            throw notEnrolled();
        }
        if (active.size() > 1) {
            throw DomainException.invalid("cohort-required", "You take this course in " + active.size()
                    + " cohorts; name one with the cohortId parameter").with("cohortIds", active);
        }
        return active.get(0);
    }

    /** The course version a quiz belongs to (its unit's). */
    private String courseVersionOf(Quiz quiz) {
        return em.createQuery("select u.courseVersionId from Unit u where u.id = :unit", String.class)
                .setParameter("unit", quiz.getUnitId())
                .getSingleResult();
    }

    private static DomainException notEnrolled() {
        return DomainException.forbidden("not-enrolled",
                "You are not an active learner in a cohort that takes this quiz's course");
    }

    private static DomainException expired(Attempt attempt) {
        return DomainException.conflict("attempt-expired", "The time for attempt " + attempt.getId() + " ran out at "
                        + attempt.getDeadline() + "; it was submitted with the answers saved until then")
                .with("deadline", attempt.getDeadline().toString());
    }

    /** Every write needs the caller to be a learner of the attempt's own cohort now, not just when it started. */
    private void requireLearner(Attempt attempt) {
        if (!enrollments.isLearner(attempt.getPersonId(), attempt.getCohortId())) {
            throw DomainException.forbidden("not-enrolled", "You are no longer a learner of the cohort this attempt"
                    + " was taken in, so it takes no more answers");
        }
    }

    private static List<Attempt> inCohort(List<Attempt> attempts, String cohortId) {
        return attempts.stream().filter(a -> java.util.Objects.equals(cohortId, a.getCohortId())).toList();
    }

    private Attempt find(String attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null || !callers.current().is(attempt.getPersonId())) {
            throw DomainException.notFound("attempt", attemptId);
        }
        return attempt;
    }

    private List<Attempt> attemptsOf(String quizId, String personId) {
        return em.createQuery("select a from Attempt a where a.quizId = :quiz and a.personId = :person order by a.number",
                        Attempt.class)
                .setParameter("quiz", quizId)
                .setParameter("person", personId)
                .getResultList();
    }

    private QuizSettings settingsOf(Attempt attempt) {
        return QuizSettings.forLearner(em, em.find(Quiz.class, attempt.getQuizId()), attempt.getCohortId(),
                attempt.getPersonId());
    }

    private RenderedItem renderedItem(Attempt attempt, String itemKey) {
        return em.createQuery("select i from QuizItem i where i.quizId = :quiz and i.itemKey = :key", QuizItem.class)
                .setParameter("quiz", attempt.getQuizId())
                .setParameter("key", itemKey)
                .getSingleResult()
                .definition().render(attempt.getSeed());
    }

    private static AttemptViews.Saved saved(String attemptId, AttemptResponse response) {
        return new AttemptViews.Saved(attemptId, response.getItemKey(), response.getRevision(), response.getSavedAt());
    }

    private AttemptViews.Sheet sheet(Attempt attempt, Instant now) {
        return AttemptPresentation.sheet(em, attempt, settingsOf(attempt), now, commentOn(attempt));
    }

    private AttemptViews.Comment commentOn(Attempt attempt) {
        return attempt.getState() == Attempt.State.SUBMITTED ? marks.comments(List.of(attempt.getId())).get(attempt.getId())
                : null;
    }

    /** Staff's unit grade and comments for one learner's attempts at one quiz, and the standing they make. */
    private Standing standing(String quizId, String cohortId, QuizSettings settings, List<Attempt> attempts,
                              Instant now, Map<String, Double> overridesByUnitKey, String unitKey) {
        Map<String, AttemptViews.Comment> comments = attempts.isEmpty() ? Map.of()
                : marks.comments(attempts.stream().map(Attempt::getId).toList());
        return Standing.of(quizId, cohortId, settings, attempts, now, overridesByUnitKey.get(unitKey),
                attempts.stream().map(a -> comments.get(a.getId())).filter(java.util.Objects::nonNull).toList());
    }

    private Map<String, String> unitKeys(List<String> quizIds) {
        return quizIds.isEmpty() ? Map.of() : em.createQuery(
                        "select q.id, u.unitKey from Quiz q, Unit u where q.unitId = u.id and q.id in :quizzes", Object[].class)
                .setParameter("quizzes", quizIds)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }
}
