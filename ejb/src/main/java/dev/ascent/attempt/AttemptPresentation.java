package dev.ascent.attempt;

import dev.ascent.attempt.AttemptGrading.Drawn;
import dev.ascent.attempt.AttemptViews.Choice;
import dev.ascent.attempt.AttemptViews.PresentedItem;
import dev.ascent.quiz.ItemTypeBehaviour;
import dev.ascent.quiz.QuizSettings;
import dev.ascent.quiz.ReviewPolicy;
import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quizzes.RenderedItem;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a learner sees of an attempt: the sheet (items, saved answers, and the result once
 * submitted), the result as the review policy lets them see it now, and each item as presented
 * (stem and choices only, under the attempt's own ids; see {@link ChoiceIds}).
 */
final class AttemptPresentation {
    private static final ReviewPolicy.Visible STAFF_SEE_ALL = new ReviewPolicy.Visible(true, true, true, true);
    private AttemptPresentation() {
    }

    static AttemptViews.Sheet sheet(EntityManager em, Attempt attempt, QuizSettings settings, Instant now,
                                    AttemptViews.Comment comment) {
        List<Drawn> drawn = AttemptGrading.drawn(em, attempt);
        Map<String, AttemptResponse> responses = AttemptGrading.responses(em, attempt.getId());
        Map<String, AttemptViews.SavedAnswer> answers = new LinkedHashMap<>();
        for (Drawn item : drawn) {
            AttemptResponse response = responses.get(item.rendered().itemId());
            if (response != null) {
                answers.put(response.getItemKey(), new AttemptViews.SavedAnswer(
                        ChoiceIds.of(attempt.getSeed(), item.rendered()).shown(response.answer()),
                        response.getRevision(), response.getSavedAt()));
            }
        }
        List<PresentedItem> items = drawn.stream()
                .map(item -> present(item, attempt.getSeed(), attempt.isShuffleOptions()))
                .toList();
        AttemptViews.Result result = attempt.getState() == Attempt.State.SUBMITTED
                ? result(attempt, settings, now, drawn, responses, comment) : null;
        return new AttemptViews.Sheet(attempt.getId(), attempt.getQuizId(), attempt.getCohortId(), attempt.getNumber(),
                attempt.getState().name(), attempt.getStartedAt(), attempt.getDeadline(), now, items, answers, result);
    }

    static AttemptViews.Result result(EntityManager em, Attempt attempt, QuizSettings settings, Instant now,
                                      AttemptViews.Comment comment) {
        return result(attempt, settings, now, AttemptGrading.drawn(em, attempt),
                AttemptGrading.responses(em, attempt.getId()), comment);
    }

    private static AttemptViews.Result result(Attempt attempt, QuizSettings settings, Instant now, List<Drawn> drawn,
                                              Map<String, AttemptResponse> responses, AttemptViews.Comment comment) {
        ReviewPolicy.Visible visible = settings.visibleAt(now);
        List<AttemptViews.ItemReview> items = visible.anyPerItem()
                ? drawn.stream().map(item -> ChoiceIds.of(attempt.getSeed(), item.rendered())
                        .shown(Review.of(item, responses.get(item.rendered().itemId()), visible))).toList()
                : null;
        boolean score = visible.score();
        return new AttemptViews.Result(attempt.getId(), attempt.getState().name(), attempt.getSubmittedAt(),
                attempt.isAutoSubmitted(), score ? attempt.getScore() : null, score ? attempt.getMaxScore() : null,
                score ? attempt.getPercent() : null, score ? settings.passes(attempt.getPercent()) : null, items, comment);
    }

    /**
     * The attempt as staff see it: every item as presented to the learner, the learner's answer
     * and the key in the same ids, outcome, credit and feedback, whatever the review policy.
     */
    static AttemptViews.StaffAttempt staff(EntityManager em, Attempt attempt, QuizSettings settings,
                                           AttemptViews.Comment comment) {
        List<Drawn> drawn = AttemptGrading.drawn(em, attempt);
        Map<String, AttemptResponse> responses = AttemptGrading.responses(em, attempt.getId());
        Map<String, List<AttemptSave>> saves = em.createQuery("select s from AttemptSave s where s.attemptId = :attempt"
                        + " order by s.revision", AttemptSave.class)
                .setParameter("attempt", attempt.getId())
                .getResultStream()
                .collect(Collectors.groupingBy(AttemptSave::getItemKey));
        boolean submitted = attempt.getState() == Attempt.State.SUBMITTED;
        List<AttemptViews.StaffItem> items = drawn.stream().map(item -> {
            ChoiceIds ids = ChoiceIds.of(attempt.getSeed(), item.rendered());
            PresentedItem shown = present(item, attempt.getSeed(), attempt.isShuffleOptions());
            AttemptResponse response = responses.get(item.rendered().itemId());
            AttemptViews.ItemReview review = ids.shown(Review.of(item, response, STAFF_SEE_ALL));
            return new AttemptViews.StaffItem(shown.id(), shown.type(), shown.stem(), shown.unit(), shown.options(),
                    shown.prompts(), response == null ? null : ids.shown(response.answer()), review.correctAnswer(),
                    submitted ? review.outcome() : null, submitted ? review.credit() : null,
                    response != null && response.isCreditByStaff(), review.feedback(),
                    response == null ? 0 : response.getRevision(), response == null ? null : response.getSavedAt(),
                    saves.getOrDefault(item.rendered().itemId(), List.of()).stream()
                            .map(save -> new AttemptViews.SaveEntry(save.getRevision(), save.getSavedAt(),
                                    ids.shown(save.answer())))
                            .toList());
        }).toList();
        return new AttemptViews.StaffAttempt(attempt.getId(), attempt.getCohortId(), attempt.getNumber(),
                attempt.getState().name(), attempt.getStartedAt(), attempt.getDeadline(), attempt.getSubmittedAt(),
                attempt.isAutoSubmitted(), attempt.getScore(), attempt.getMaxScore(), attempt.getPercent(),
                submitted ? settings.passes(attempt.getPercent()) : null, comment, items);
    }

    /**
     * Stem and choices only, under this attempt's ids. Options are shuffled per attempt when the
     * settings say so, and always where the item type asks it (ordering: the written order may be the answer).
     */
    static PresentedItem present(Drawn drawn, long seed, boolean shuffleOptions) {
        RenderedItem item = drawn.rendered();
        ChoiceIds ids = ChoiceIds.of(seed, item);
        boolean shuffle = shuffleOptions || ItemTypeBehaviour.of(item.type()).alwaysShufflesOptions();
        String key = item.itemId();
        return new PresentedItem(key, item.type().yamlName(), item.stem(), blankToNull(drawn.item().unitLabel()),
                choices(item.options(), ids::option, shuffle, ChoiceIds.shuffleSeed(seed, key, ChoiceIds.OPTION)),
                choices(item.prompts(), ids::prompt, shuffle, ChoiceIds.shuffleSeed(seed, key, ChoiceIds.PROMPT)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static List<Choice> choices(List<AuthoredChoice> choices, UnaryOperator<String> id,
                                        boolean shuffle, long seed) {
        if (choices == null || choices.isEmpty()) {
            return List.of();
        }
        List<Choice> out = new ArrayList<>(choices.stream().map(c -> new Choice(id.apply(c.id()), c.text())).toList());
        if (shuffle) {
            Collections.shuffle(out, new Random(seed));
        }
        return out;
    }
}
