package dev.ascent.attempt;

import dev.ascent.quiz.QuizSettings;
import dev.ascent.quiz.ReviewPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A learner's standing at one quiz in one cohort, as they may see it now: the one rule for every
 * score, grade, pass and unit status a learner is shown (the quiz page, the history, My learning,
 * {@code /api/me/learning}). It is made only of the attempts taken in that cohort and judged by
 * that cohort's settings: its grading method, pass mark and review policy. While the policy hides
 * the score, percent, grade, pass mark and pass are null and a submitted quiz is SUBMITTED,
 * never PASSED or FAILED.
 * <p>A unit grade set by staff ({@link StaffMarks}) wins over the grade the attempts make until it is
 * removed: the grade is that percent and the status PASSED or FAILED by the pass mark, whatever attempts
 * are open or come later; it is shown and hidden by the same review policy as any score. Staff comments
 * on the attempts are the learner's to read whatever the policy.
 *
 * @param attemptsAllowed 0 = unlimited
 * @param bestPercent     the best submitted attempt, when the score may be seen
 * @param gradePercent    the grade by the grading method, when the score may be seen
 * @param passed          the grade against the pass mark, when the score may be seen
 * @param overridden      true when the grade is one staff set, when the score may be seen
 * @param comments        staff comments on the attempts, in the order taken
 * @param closesAt        when the quiz closes for this learner (the cohort's close, or their accommodation's), or null
 */
public record Standing(String quizId, String cohortId, Status status, int attemptsUsed, int attemptsAllowed,
                       String gradingMethod, Integer passMarkPercent, Double bestPercent, Double gradePercent,
                       Boolean passed, Boolean overridden, List<AttemptViews.Comment> comments, Instant closesAt) {

    /** SUBMITTED: handed in while the score is not shown, so neither a pass nor a fail can be told. */
    public enum Status { NOT_STARTED, IN_PROGRESS, SUBMITTED, PASSED, FAILED }

    /** @param attempts the learner's attempts at the quiz in this cohort, in the order taken */
    static Standing of(String quizId, String cohortId, QuizSettings settings, List<Attempt> attempts, Instant now) {
        return of(quizId, cohortId, settings, attempts, now, null, List.of());
    }

    /**
     * @param override the unit grade staff set, in percent, or null
     * @param comments staff comments on these attempts
     */
    static Standing of(String quizId, String cohortId, QuizSettings settings, List<Attempt> attempts, Instant now,
                       Double override, List<AttemptViews.Comment> comments) {
        if (attempts.stream().anyMatch(a -> !Objects.equals(cohortId, a.getCohortId()))) {
            throw new IllegalArgumentException("A standing is made of one cohort's attempts only");
        }
        ReviewPolicy.Visible visible = settings.visibleAt(now);
        List<Double> percents = attempts.stream()
                .filter(a -> a.getState() == Attempt.State.SUBMITTED && a.getPercent() != null)
                .map(Attempt::getPercent)
                .toList();
        boolean open = attempts.stream().anyMatch(a -> a.getState() == Attempt.State.IN_PROGRESS);
        Double grade = override != null ? override : settings.gradingMethod().grade(percents);
        Double best = percents.stream().max(Double::compare).orElse(null);
        boolean passed = grade != null && settings.passes(grade);
        Status status;
        if (!visible.score()) {
            status = override != null ? Status.SUBMITTED
                    : open ? Status.IN_PROGRESS : grade != null ? Status.SUBMITTED : Status.NOT_STARTED;
            return new Standing(quizId, cohortId, status, attempts.size(), settings.attemptsAllowed(),
                    settings.gradingMethod().name(), null, null, null, null, null, List.copyOf(comments),
                    settings.closesAt());
        }
        // A pass stands while another attempt is open; a fail does not: the open attempt may change it.
        // An override is final until removed: no open attempt makes it "in progress".
        status = passed ? Status.PASSED : override != null ? Status.FAILED
                : open ? Status.IN_PROGRESS : grade != null ? Status.FAILED : Status.NOT_STARTED;
        return new Standing(quizId, cohortId, status, attempts.size(), settings.attemptsAllowed(),
                settings.gradingMethod().name(), settings.passMarkPercent(), best, grade, grade == null ? null : passed,
                override != null, List.copyOf(comments), settings.closesAt());
    }
}
