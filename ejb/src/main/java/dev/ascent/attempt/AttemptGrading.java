package dev.ascent.attempt;

import dev.ascent.quiz.Grader;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.RenderedItem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Grades and submits an attempt with the answers saved in it, and reads what grading and the
 * learner's views both need: the drawn items (rendered with the attempt's seed) and the saved
 * responses. Shared by the service, the closer and the views.
 */
final class AttemptGrading {
    private AttemptGrading() {
    }

    /** A drawn item: as authored (for explanation and unit) and as rendered with the attempt's seed. */
    record Drawn(Item item, RenderedItem rendered) {
    }

    static Map<String, AttemptResponse> responses(EntityManager em, String attemptId) {
        return em.createQuery("select r from AttemptResponse r where r.attemptId = :attempt", AttemptResponse.class)
                .setParameter("attempt", attemptId)
                .getResultStream()
                .collect(Collectors.toMap(AttemptResponse::getItemKey, Function.identity()));
    }

    /** The drawn items with this attempt's parameters, in the drawn order. */
    static List<Drawn> drawn(EntityManager em, Attempt attempt) {
        Map<String, QuizItem> byKey = em.createQuery(
                        "select i from QuizItem i where i.quizId = :quiz and i.itemKey in :keys", QuizItem.class)
                .setParameter("quiz", attempt.getQuizId())
                .setParameter("keys", attempt.getItemKeys())
                .getResultStream()
                .collect(Collectors.toMap(QuizItem::getItemKey, Function.identity()));
        return attempt.getItemKeys().stream()
                .map(key -> byKey.get(key).definition())
                .map(item -> new Drawn(item, item.render(attempt.getSeed())))
                .toList();
    }

    /**
     * Submits the attempt automatically if its time is up, by {@link #lockAndSubmitIfOverdue}; an
     * attempt that does not look overdue is not locked.
     *
     * @return true when this call submitted it
     */
    static boolean submitIfOverdue(EntityManager em, Attempt attempt, Instant now) {
        return attempt.isOverdue(now) && lockAndSubmitIfOverdue(em, attempt, now);
    }

    /**
     * The one way an overdue attempt is closed: lock its row, read it again (another request or
     * node may have submitted it meanwhile) and, if its time is still up, submit it automatically.
     *
     * @return true when this call submitted it
     */
    static boolean lockAndSubmitIfOverdue(EntityManager em, Attempt attempt, Instant now) {
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.isOverdue(now)) {
            return false;
        }
        submit(em, attempt, now, true);
        return true;
    }

    /** Grades what was saved, once; the caller holds the row lock and has checked the state. */
    static void submit(EntityManager em, Attempt attempt, Instant now, boolean auto) {
        Map<String, AttemptResponse> responses = responses(em, attempt.getId());
        double score = 0;
        List<Drawn> items = drawn(em, attempt);
        for (Drawn drawn : items) {
            AttemptResponse response = responses.get(drawn.rendered().itemId());
            if (response != null) {
                double credit = Grader.grade(drawn.rendered(), response.answer());
                response.grade(credit);
                score += credit;
            }
        }
        attempt.submit(score, items.size(), now, auto);
    }
}
