package dev.ascent.attempt;

import dev.ascent.quiz.Grader;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.RenderedItem;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading an attempt's drawn items and responses, and grading it; shared by the service and the expiry. */
final class AttemptStore {
    private AttemptStore() {
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
