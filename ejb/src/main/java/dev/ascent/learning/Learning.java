package dev.ascent.learning;

import dev.ascent.attempt.AttemptViews;
import dev.ascent.provider.Branding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A learner's view of one cohort: the course as a roadmap of units with their status. */
public record Learning(String cohortId, String cohortName, String enrollmentStatus, Branding provider, String courseSlug,
                       String courseTitle, LocalDate startsOn, LocalDate endsOn, List<UnitProgress> units,
                       int unitsPassed, int unitCount, int progressPercent, UnitProgress nextStep,
                       NextAction nextAction) {

    /** What the next step asks for: read the unit's lesson first, then take its quiz. */
    public enum NextAction { READ, QUIZ }

    /** SUBMITTED: the quiz was handed in, but the cohort's review policy does not show the score (so no pass or fail). */
    public enum Status { NOT_STARTED, IN_PROGRESS, SUBMITTED, PASSED, FAILED }

    /**
     * One unit, in this cohort only. {@code bestScorePercent} (the best attempt) and
     * {@code gradePercent} (by the cohort's grading method, which decides PASSED) are null before
     * the first submitted attempt, and they and {@code passMarkPercent} are null while the
     * cohort's review policy hides the score; {@code deadline} is the cohort's due time, if any.
     * {@code read} is whether the learner has read the unit's lesson in this cohort;
     * {@code weakObjectives} are the objectives that items missed in the latest submitted attempt
     * teach, listed only while the review policy shows right and wrong. {@code closesAt} is when the
     * quiz closes for this learner (a later date when staff gave them an accommodation), if ever.
     */
    public record UnitProgress(String unitKey, int number, String title, String quizId, Status status,
                               Double bestScorePercent, Double gradePercent, int attemptsUsed, int attemptsAllowed,
                               Integer passMarkPercent, Instant deadline, boolean read,
                               List<ObjectiveLink> weakObjectives, Boolean gradeOverridden,
                               List<AttemptViews.Comment> comments, Instant closesAt) {
    }

    /**
     * An objective with the lesson section that teaches it: {@code anchor} is the section's id on
     * the unit page ({@code lesson}, the lesson's start, when no section is named for it) and
     * {@code section} its title.
     */
    public record ObjectiveLink(String id, String text, String anchor, String section) {
    }
}
