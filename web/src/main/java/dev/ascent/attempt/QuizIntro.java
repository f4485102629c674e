package dev.ascent.attempt;

import java.io.Serializable;

/** The start screen of a quiz, as a JavaBean for the page. */
public class QuizIntro implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String title;
    private final String cohortId;
    private final int itemCount;
    private final Integer timeLimitMinutes;
    private final String opensAt;
    private final String closesAt;
    private final int attemptsAllowed;
    private final int attemptsUsed;
    private final boolean canStart;
    private final String openAttemptId;
    private final Integer passMarkPercent;
    private final Double gradePercent;
    private final Boolean gradePassed;
    private final boolean gradeOverridden;
    private final String gradingMethod;

    QuizIntro(AttemptViews.Intro intro) {
        AttemptViews.History history = intro.history();
        this.title = intro.title();
        this.cohortId = history.cohortId();
        this.itemCount = intro.itemCount();
        this.timeLimitMinutes = intro.timeLimitMinutes();
        this.opensAt = QuizPage.when(intro.opensAt());
        this.closesAt = QuizPage.when(intro.closesAt());
        this.attemptsAllowed = history.attemptsAllowed();
        this.attemptsUsed = history.attemptsUsed();
        this.canStart = history.canStart();
        this.openAttemptId = history.attempts().stream().filter(a -> "IN_PROGRESS".equals(a.state()))
                .map(AttemptViews.Summary::id).findFirst().orElse(null);
        this.passMarkPercent = history.passMarkPercent();
        this.gradePercent = history.grade() == null ? null : history.grade().percent();
        this.gradePassed = history.grade() == null ? null : history.grade().passed();
        this.gradeOverridden = history.grade() != null && history.grade().overridden();
        this.gradingMethod = switch (history.gradingMethod()) {
            case "AVERAGE" -> "the average of your attempts";
            case "FIRST" -> "your first attempt";
            case "LAST" -> "your last attempt";
            default -> "your best attempt";
        };
    }

    public String getTitle() {
        return title;
    }

    public String getCohortId() {
        return cohortId;
    }

    public int getItemCount() {
        return itemCount;
    }

    public String getTimeLimit() {
        return timeLimitMinutes == null ? "No time limit" : timeLimitMinutes + " minutes";
    }

    public boolean isTimed() {
        return timeLimitMinutes != null;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public String getAttempts() {
        return attemptsAllowed == 0 ? attemptsUsed + " used (no limit)"
                : attemptsUsed + " of " + attemptsAllowed + " used";
    }

    public boolean isCanStart() {
        return canStart;
    }

    public boolean isResumable() {
        return openAttemptId != null;
    }

    public Integer getPassMarkPercent() {
        return passMarkPercent;
    }

    public String getGrade() {
        if (gradePercent == null) {
            return attemptsUsed == 0 ? "No attempts yet" : "Not shown yet";
        }
        return QuizResult.percent(gradePercent) + (gradePassed ? " — passed" : " — not passed yet")
                + (gradeOverridden ? " (set by your instructor)" : "");
    }

    public String getGradingMethod() {
        return gradingMethod;
    }
}
