package dev.ascent.cohort;

import dev.ascent.provider.Branding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A learner's view of one cohort: the course as a roadmap of units with their status. */
public record Learning(String cohortId, String cohortName, String enrollmentStatus, Branding provider, String courseSlug,
                       String courseTitle, LocalDate startsOn, LocalDate endsOn, List<UnitProgress> units,
                       int unitsPassed, int unitCount, int progressPercent, UnitProgress nextStep) {

    public enum Status { NOT_STARTED, IN_PROGRESS, PASSED, FAILED }

    /**
     * One unit: {@code bestScorePercent} is null before the first submitted attempt;
     * {@code deadline} is the cohort's due time for the unit, if any.
     */
    public record UnitProgress(String unitKey, int number, String title, String quizId, Status status,
                               Double bestScorePercent, int attemptsUsed, int attemptsAllowed, int passMarkPercent,
                               Instant deadline) {
    }
}
