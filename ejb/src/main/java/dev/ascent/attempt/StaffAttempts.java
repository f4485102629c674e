package dev.ascent.attempt;

import dev.ascent.cohort.CohortService;
import dev.ascent.cohort.CohortView;
import dev.ascent.cohort.Enrollments;
import dev.ascent.identity.Roles;
import dev.ascent.quiz.Grader;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizSettings;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Attempts as staff see them, and the one way staff change what an attempt scored: for the
 * instructors of the attempt's cohort, its provider's admins and platform admins (the cohort
 * feature's scope rule, through {@link CohortService}); anyone else's attempts are not found.
 * Staff see everything, whatever the learner's review policy. The grade feature writes the audit.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PROVIDER_ADMIN, Roles.INSTRUCTOR})
public class StaffAttempts {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    CohortService cohorts;
    @Inject
    Enrollments enrollments;
    @Inject
    StaffMarks marks;
    /** For features that pass grades on; fired after the re-score is flushed. */
    @Inject
    Event<GradeChanged> gradeChanged;

    /**
     * A learner's attempts at a quiz, every item of each as they saw it, with answers, keys,
     * outcomes, credits and the time of the last save. {@code cohortId} limits them to one cohort
     * (not found unless the caller may see it); without it, every cohort the caller may see.
     * An overdue attempt is submitted first, as for its learner.
     */
    public AttemptViews.StaffReview review(@NotBlank String quizId, @NotBlank String personId, String cohortId) {
        Quiz quiz = em.find(Quiz.class, quizId);
        if (quiz == null) {
            throw DomainException.notFound("quiz", quizId);
        }
        Set<String> visible = cohortId != null ? Set.of(cohorts.get(cohortId).id())
                : cohorts.list(null).stream().map(CohortView::id).collect(Collectors.toSet());
        List<Attempt> attempts = em.createQuery("select a from Attempt a where a.quizId = :quiz and a.personId = :person"
                        + " order by a.number", Attempt.class)
                .setParameter("quiz", quizId)
                .setParameter("person", personId)
                .getResultStream()
                .filter(a -> visible.contains(a.getCohortId()))
                .toList();
        boolean learner = visible.stream().anyMatch(c -> enrollments.isLearner(personId, c));
        if (attempts.isEmpty() && !learner) {
            throw DomainException.notFound("learner", personId);
        }
        Instant now = clock.instant();
        attempts.forEach(a -> AttemptGrading.submitIfOverdue(em, a, now));
        Map<String, AttemptViews.Comment> comments = marks.comments(attempts.stream().map(Attempt::getId).toList());
        return new AttemptViews.StaffReview(quizId, personId, attempts.stream()
                .map(a -> AttemptPresentation.staff(em, a, QuizSettings.forCohort(em, quiz, a.getCohortId()),
                        comments.get(a.getId())))
                .toList());
    }

    /** Whose attempt this is, in which cohort, quiz and unit; not found unless the caller may see its cohort. */
    public AttemptViews.AttemptRef ref(@NotBlank String attemptId) {
        Attempt attempt = visible(attemptId);
        return ref(attempt);
    }

    /**
     * Sets one item's credit (0 to 1) of a submitted attempt and re-scores the attempt. The
     * credit is marked as set by staff, so nothing recomputes it; fires {@link GradeChanged}.
     * An item the learner did not answer has no response to credit.
     */
    public AttemptViews.CreditChange setCredit(@NotBlank String attemptId, @NotBlank String itemId,
                                               @NotNull @DecimalMin("0") @DecimalMax("1") Double credit) {
        Attempt attempt = visible(attemptId);
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.getState() != Attempt.State.SUBMITTED) {
            throw DomainException.conflict("attempt-open", "Attempt " + attemptId
                    + " is still in progress; credit can be set once it is submitted");
        }
        if (!attempt.getItemKeys().contains(itemId)) {
            throw DomainException.notFound("item of this attempt", itemId);
        }
        Map<String, AttemptResponse> responses = AttemptGrading.responses(em, attemptId);
        AttemptResponse response = responses.get(itemId);
        if (response == null) {
            throw DomainException.conflict("unanswered", "The learner did not answer item " + itemId
                    + "; there is no answer to credit");
        }
        Double oldCredit = response.getCredit();
        Double oldPercent = attempt.getPercent();
        response.creditByStaff(credit);
        double score = 0;
        for (AttemptGrading.Drawn drawn : AttemptGrading.drawn(em, attempt)) {
            AttemptResponse r = responses.get(drawn.rendered().itemId());
            if (r != null) {
                score += r.getCredit() != null ? r.getCredit() : Grader.grade(drawn.rendered(), r.answer());
            }
        }
        attempt.rescore(score);
        em.flush();
        gradeChanged.fire(new GradeChanged(attempt.getPersonId(), attempt.getCohortId(), attempt.getQuizId(), attemptId));
        return new AttemptViews.CreditChange(attemptId, attempt.getPersonId(), attempt.getCohortId(), attempt.getQuizId(),
                itemId, oldCredit, credit, oldPercent, attempt.getPercent());
    }

    private Attempt visible(String attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null || attempt.getCohortId() == null) {
            throw DomainException.notFound("attempt", attemptId);
        }
        try {
            cohorts.get(attempt.getCohortId());
        } catch (DomainException outOfScope) {
            throw DomainException.notFound("attempt", attemptId);
        }
        return attempt;
    }

    private AttemptViews.AttemptRef ref(Attempt attempt) {
        String unitKey = em.createQuery("select u.unitKey from Quiz q, Unit u where q.unitId = u.id and q.id = :quiz",
                        String.class)
                .setParameter("quiz", attempt.getQuizId())
                .getSingleResult();
        return new AttemptViews.AttemptRef(attempt.getId(), attempt.getPersonId(), attempt.getCohortId(),
                attempt.getQuizId(), attempt.getNumber(), unitKey);
    }
}
