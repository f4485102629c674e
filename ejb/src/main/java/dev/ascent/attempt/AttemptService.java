package dev.ascent.attempt;

import dev.ascent.attempt.AttemptViews.Choice;
import dev.ascent.attempt.AttemptViews.PresentedItem;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.Grader;
import dev.ascent.quiz.Quiz;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.identity.CallerService;
import dev.ascent.identity.Roles;
import dev.ascent.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Start, save, submit: the server alone decides the draw, the time and the score. A learner
 * reaches only their own attempts; anyone else's look as if they did not exist.
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

    public AttemptViews.Sheet start(@NotBlank String quizId) {
        Quiz quiz = em.find(Quiz.class, quizId);
        if (quiz == null) {
            throw DomainException.notFound("quiz", quizId);
        }
        long seed = SEEDS.nextLong();
        List<String> pool = em.createQuery("select i.itemKey from QuizItem i where i.quizId = :quiz order by i.position",
                        String.class)
                .setParameter("quiz", quizId)
                .getResultList();
        Instant now = clock.instant();
        Instant deadline = quiz.getTimeLimitMinutes() == null ? null
                : now.plus(Duration.ofMinutes(quiz.getTimeLimitMinutes()));
        Attempt attempt = new Attempt(quizId, callers.current().personId(), seed, draw(pool, quiz.getDrawCount(), seed), now, deadline);
        em.persist(attempt);
        return sheet(attempt);
    }

    public AttemptViews.Sheet get(@NotBlank String attemptId) {
        return sheet(find(attemptId, LockModeType.NONE));
    }

    public AttemptViews.Saved save(@NotBlank String attemptId, @NotBlank String itemId, @NotNull Answer answer) {
        // The row lock orders concurrent saves and submits of one attempt.
        Attempt attempt = find(attemptId, LockModeType.PESSIMISTIC_WRITE);
        requireOpen(attempt);
        if (!attempt.getItemKeys().contains(itemId)) {
            throw DomainException.notFound("item of this attempt", itemId);
        }
        AttemptResponse response = responses(attemptId).get(itemId);
        if (response == null) {
            response = new AttemptResponse(attemptId, itemId);
            response.record(answer, clock.instant());
            em.persist(response);
        } else {
            response.record(answer, clock.instant());
        }
        return new AttemptViews.Saved(attemptId, itemId, response.getRevision(), response.getSavedAt());
    }

    /** Grades once; submitting again returns the same result. */
    public AttemptViews.Result submit(@NotBlank String attemptId) {
        Attempt attempt = find(attemptId, LockModeType.PESSIMISTIC_WRITE);
        Quiz quiz = em.find(Quiz.class, attempt.getQuizId());
        if (attempt.getState() == Attempt.State.IN_PROGRESS) {
            Map<String, AttemptResponse> responses = responses(attemptId);
            double score = rendered(attempt).stream()
                    .mapToDouble(item -> {
                        AttemptResponse response = responses.get(item.itemId());
                        return response == null ? 0 : Grader.grade(item, response.answer());
                    })
                    .sum();
            attempt.submit(score, attempt.getItemKeys().size(), clock.instant());
        }
        double percent = 100 * attempt.getScore() / attempt.getMaxScore();
        return new AttemptViews.Result(attempt.getId(), attempt.getState().name(), attempt.getScore(),
                attempt.getMaxScore(), percent, percent >= quiz.getPassMarkPercent(), attempt.getSubmittedAt());
    }

    static List<String> draw(List<String> pool, int count, long seed) {
        List<String> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private Attempt find(String attemptId, LockModeType lock) {
        Attempt attempt = em.find(Attempt.class, attemptId, lock);
        if (attempt == null || !callers.current().is(attempt.getPersonId())) {
            throw DomainException.notFound("attempt", attemptId);
        }
        return attempt;
    }

    private static void requireOpen(Attempt attempt) {
        if (attempt.getState() != Attempt.State.IN_PROGRESS) {
            throw DomainException.conflict("attempt-closed", "Attempt " + attempt.getId() + " is already submitted");
        }
    }

    private Map<String, AttemptResponse> responses(String attemptId) {
        return em.createQuery("select r from AttemptResponse r where r.attemptId = :attempt", AttemptResponse.class)
                .setParameter("attempt", attemptId)
                .getResultStream()
                .collect(Collectors.toMap(AttemptResponse::getItemKey, Function.identity()));
    }

    /** The drawn items with this attempt's parameters, in the drawn order. */
    private List<RenderedItem> rendered(Attempt attempt) {
        Map<String, QuizItem> byKey = em.createQuery(
                        "select i from QuizItem i where i.quizId = :quiz and i.itemKey in :keys", QuizItem.class)
                .setParameter("quiz", attempt.getQuizId())
                .setParameter("keys", attempt.getItemKeys())
                .getResultStream()
                .collect(Collectors.toMap(QuizItem::getItemKey, Function.identity()));
        return attempt.getItemKeys().stream()
                .map(key -> byKey.get(key).definition().render(attempt.getSeed()))
                .toList();
    }

    private AttemptViews.Sheet sheet(Attempt attempt) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        responses(attempt.getId()).forEach((key, response) -> answers.put(key, response.answer()));
        List<PresentedItem> items = rendered(attempt).stream()
                .map(item -> present(item, attempt.getSeed()))
                .toList();
        return new AttemptViews.Sheet(attempt.getId(), attempt.getQuizId(), attempt.getState().name(),
                attempt.getStartedAt(), attempt.getDeadline(), items, answers);
    }

    /** Stem and choices only; options are shuffled per attempt so their order gives nothing away. */
    static PresentedItem present(RenderedItem item, long seed) {
        return new PresentedItem(item.itemId(), item.type().yamlName(), item.stem(),
                shuffled(item.options(), seed ^ item.itemId().hashCode()),
                shuffled(item.prompts(), seed ^ ~item.itemId().hashCode()));
    }

    private static List<Choice> shuffled(List<dev.ascent.quizzes.Choice> choices, long seed) {
        if (choices == null || choices.isEmpty()) {
            return List.of();
        }
        List<Choice> out = new ArrayList<>(choices.stream().map(c -> new Choice(c.id(), c.text())).toList());
        Collections.shuffle(out, new Random(seed));
        return out;
    }
}
