package dev.ascent.attempt;

import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.attempt.AttemptStore.Drawn;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.Grader;
import dev.ascent.quiz.ReviewPolicy;
import dev.ascent.quizzes.RenderedItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The review of one item of a submitted attempt, with only the parts the policy shows. Pure. */
final class Review {
    private Review() {
    }

    static AttemptViews.ItemReview of(Drawn drawn, AttemptResponse response, ReviewPolicy.Visible visible) {
        RenderedItem item = drawn.rendered();
        Answer answer = response == null ? null : response.answer();
        String outcome = null;
        Double credit = null;
        if (visible.correctness()) {
            credit = response == null ? 0.0
                    : response.getCredit() != null ? response.getCredit() : Grader.grade(item, answer);
            outcome = isEmpty(answer) ? "UNANSWERED" : credit >= 1 ? "CORRECT" : credit > 0 ? "PARTIAL" : "INCORRECT";
        }
        AttemptViews.Feedback feedback = visible.feedback()
                ? new AttemptViews.Feedback(drawn.item().explanation(item.values()), chosenFeedback(item, answer))
                : null;
        return new AttemptViews.ItemReview(item.itemId(), outcome, credit, feedback,
                visible.correctAnswers() ? correctAnswer(item) : null,
                visible.correctness() ? drawn.item().objective() : null);
    }

    /** The key in the same shape as an answer: what a learner would have had to send. */
    static Answer correctAnswer(RenderedItem item) {
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, ORDERING -> new Answer(item.correctIds(), null, null, null, null);
            case MATCHING -> Answer.ofPairs(item.correctPairs());
            case TRUE_FALSE -> Answer.ofTruth(item.correctTrue());
            case NUMERIC -> Answer.ofNumber(item.correctNumber());
            case SHORT_TEXT -> Answer.ofText(item.acceptedTexts().isEmpty() ? null : item.acceptedTexts().get(0));
        };
    }

    private static List<AttemptViews.OptionFeedback> chosenFeedback(RenderedItem item, Answer answer) {
        if (answer == null || answer.selected() == null) {
            return List.of();
        }
        Map<String, AuthoredChoice> options = item.options().stream().collect(Collectors.toMap(AuthoredChoice::id, Function.identity()));
        return answer.selected().stream()
                .map(options::get)
                .filter(Objects::nonNull)
                .filter(option -> option.feedback() != null && !option.feedback().isBlank())
                .map(option -> new AttemptViews.OptionFeedback(option.id(), option.feedback()))
                .toList();
    }

    private static boolean isEmpty(Answer answer) {
        return answer == null || ((answer.selected() == null || answer.selected().isEmpty())
                && (answer.pairs() == null || answer.pairs().isEmpty()) && answer.truth() == null
                && answer.number() == null && (answer.text() == null || answer.text().isBlank()));
    }
}
