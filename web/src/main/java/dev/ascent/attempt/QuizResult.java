package dev.ascent.attempt;

import dev.ascent.learning.Learning;
import dev.ascent.learning.UnitLesson;
import dev.ascent.quiz.Answer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A submitted attempt as its learner may see it now: only what the review policy let the
 * service put into the result (score, right/wrong, feedback, correct answers).
 */
public class QuizResult implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int number;
    private final String submittedAt;
    private final boolean autoSubmitted;
    private final boolean timedOut;
    private final Double score;
    private final Double maxScore;
    private final Double percent;
    private final Boolean passed;
    private final Integer passMarkPercent;
    private final boolean canStartAgain;
    private final String comment;
    private final List<Row> items = new ArrayList<>();

    /** @param links where missed items send the learner back to; null when nothing was shown as missed */
    QuizResult(AttemptViews.Sheet sheet, QuizIntro intro, UnitLesson.ReviewLinks links) {
        AttemptViews.Result result = sheet.result();
        this.number = sheet.number();
        this.submittedAt = QuizPage.when(result.submittedAt());
        this.autoSubmitted = result.autoSubmitted();
        // The other automatic submission is at a withdrawal from the cohort, before any deadline.
        this.timedOut = autoSubmitted && sheet.deadline() != null && !result.submittedAt().isBefore(sheet.deadline());
        this.score = result.score();
        this.maxScore = result.maxScore();
        this.percent = result.percent();
        this.passed = result.passed();
        this.passMarkPercent = intro.getPassMarkPercent();
        this.canStartAgain = intro.isCanStart();
        this.comment = result.comment() == null ? null : result.comment().text();
        Map<String, AttemptViews.ItemReview> reviews = result.items() == null ? Map.of()
                : result.items().stream().collect(Collectors.toMap(AttemptViews.ItemReview::itemId, Function.identity()));
        int n = 1;
        for (AttemptViews.PresentedItem item : sheet.items()) {
            AttemptViews.SavedAnswer saved = sheet.responses().get(item.id());
            AttemptViews.ItemReview review = reviews.get(item.id());
            Row row = new Row(n++, item, saved == null ? null : saved.answer(), review);
            if (links != null && missed(review) && links.objectives().containsKey(review.objectiveId())) {
                Learning.ObjectiveLink link = links.objectives().get(review.objectiveId());
                row.reviewTitle = link.section();
                row.reviewPath = "unit.xhtml?course=" + QuizPage.encodePart(links.courseSlug()) + "&unit="
                        + QuizPage.encodePart(links.unitKey()) + "&cohort=" + QuizPage.encodePart(sheet.cohortId())
                        + "#" + link.anchor();
            }
            items.add(row);
        }
    }

    /**
     * Whether the review shows the item as not fully right: only with right/wrong shown, which is
     * also when the engine names the item's objective.
     */
    static boolean missed(AttemptViews.ItemReview review) {
        return review != null && review.objectiveId() != null && review.outcome() != null
                && !"CORRECT".equals(review.outcome());
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value);
    }

    /** An answer in words: option texts, true/false, the number with its unit, the pairs. */
    public static String describe(AttemptViews.PresentedItem item, Answer answer) {
        if (answer == null) {
            return null;
        }
        Map<String, String> options = item.options().stream()
                .collect(Collectors.toMap(AttemptViews.Choice::id, AttemptViews.Choice::text));
        if (answer.selected() != null && !answer.selected().isEmpty()) {
            List<String> texts = answer.selected().stream().map(options::get).filter(Objects::nonNull).toList();
            if ("ordering".equals(item.type())) {
                List<String> numbered = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    numbered.add((i + 1) + ". " + texts.get(i));
                }
                return String.join("; ", numbered);
            }
            return String.join("; ", texts);
        }
        if (answer.pairs() != null && !answer.pairs().isEmpty()) {
            return item.prompts().stream()
                    .filter(p -> answer.pairs().containsKey(p.id()))
                    .map(p -> p.text() + " → " + options.getOrDefault(answer.pairs().get(p.id()), "?"))
                    .collect(Collectors.joining("; "));
        }
        if (answer.truth() != null) {
            return answer.truth() ? "True" : "False";
        }
        if (answer.number() != null) {
            // Ten significant digits: a computed key such as 0.5700000000000001 reads as 0.57.
            return ItemInProgress.plain(new java.math.BigDecimal(answer.number()).round(new java.math.MathContext(10)).doubleValue())
                    + (item.unit() == null ? "" : " " + item.unit());
        }
        if (answer.text() != null && !answer.text().isBlank()) {
            return answer.text();
        }
        return null;
    }

    public int getNumber() {
        return number;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    public boolean isTimedOut() {
        return timedOut;
    }

    public boolean isScoreShown() {
        return score != null;
    }

    public String getScore() {
        return score == null ? null : ItemInProgress.plain(Math.round(score * 100) / 100.0) + " of "
                + ItemInProgress.plain(maxScore);
    }

    public String getPercent() {
        return percent == null ? null : percent(percent);
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public Integer getPassMarkPercent() {
        return passMarkPercent;
    }

    /** The instructor's comment on this attempt, or null. */
    public String getComment() {
        return comment;
    }

    public boolean isCanStartAgain() {
        return canStartAgain;
    }

    public boolean isAnyReview() {
        return items.stream().anyMatch(Row::isReviewed);
    }

    public List<Row> getItems() {
        return items;
    }

    /** One item of the review. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final String stem;
        private final String yourAnswer;
        private final String outcome;
        private final String credit;
        private final String explanation;
        private final List<String> optionFeedback = new ArrayList<>();
        private final String correctAnswer;
        private final boolean reviewed;
        private String reviewTitle;
        private String reviewPath;

        Row(int number, AttemptViews.PresentedItem item, Answer answer, AttemptViews.ItemReview review) {
            this.number = number;
            this.stem = item.stem();
            this.yourAnswer = describe(item, answer);
            this.reviewed = review != null;
            this.outcome = review == null ? null : review.outcome();
            this.credit = review == null || review.credit() == null || !"PARTIAL".equals(review.outcome()) ? null
                    : percent(review.credit() * 100) + " credit";
            this.explanation = review == null || review.feedback() == null ? null : review.feedback().explanation();
            if (review != null && review.feedback() != null && review.feedback().options() != null) {
                Map<String, String> texts = item.options().stream()
                        .collect(Collectors.toMap(AttemptViews.Choice::id, AttemptViews.Choice::text));
                for (AttemptViews.OptionFeedback f : review.feedback().options()) {
                    optionFeedback.add(texts.getOrDefault(f.id(), f.id()) + ": " + f.feedback());
                }
            }
            this.correctAnswer = review == null ? null : describe(item, review.correctAnswer());
        }

        public int getNumber() {
            return number;
        }

        public String getStem() {
            return stem;
        }

        public String getYourAnswer() {
            return yourAnswer == null ? "No answer" : yourAnswer;
        }

        public String getOutcome() {
            return outcome;
        }

        /** The outcome in words, or null when right/wrong may not be seen. */
        public String getOutcomeLabel() {
            if (outcome == null) {
                return null;
            }
            return switch (outcome) {
                case "CORRECT" -> "Correct";
                case "PARTIAL" -> "Partly correct";
                case "UNANSWERED" -> "Not answered";
                default -> "Incorrect";
            };
        }

        public String getCredit() {
            return credit;
        }

        public String getExplanation() {
            return explanation;
        }

        public List<String> getOptionFeedback() {
            return optionFeedback;
        }

        public String getCorrectAnswer() {
            return correctAnswer;
        }

        public boolean isReviewed() {
            return reviewed;
        }

        /** The title of the lesson section that teaches what this missed item tests; null otherwise. */
        public String getReviewTitle() {
            return reviewTitle;
        }

        /** The unit page at that section, relative to the quiz page. */
        public String getReviewPath() {
            return reviewPath;
        }
    }
}
