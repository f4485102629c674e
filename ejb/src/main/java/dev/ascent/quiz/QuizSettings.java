package dev.ascent.quiz;

import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * The settings an attempt runs under: the content's defaults with the cohort's override on top.
 *
 * @param attemptsAllowed  0 = unlimited
 * @param timeLimitMinutes null = no time limit
 * @param opensAt          null = open from the start
 * @param closesAt         null = never closes
 */
public record QuizSettings(int drawCount, boolean shuffleItems, boolean shuffleOptions, int attemptsAllowed,
                           GradingMethod gradingMethod, int passMarkPercent, Integer timeLimitMinutes, Instant opensAt,
                           Instant closesAt, ReviewPolicy review) {

    /** What the content says; the rest are the product's defaults. */
    public static QuizSettings defaults(Quiz quiz) {
        return new QuizSettings(quiz.getDrawCount(), true, true, quiz.getAttemptsAllowed(), GradingMethod.HIGHEST,
                quiz.getPassMarkPercent(), quiz.getTimeLimitMinutes(), null, null, ReviewPolicy.DEFAULT);
    }

    /** The settings an attempt of this quiz runs under in this cohort (the defaults when there is no cohort). */
    public static QuizSettings forCohort(EntityManager em, Quiz quiz, String cohortId) {
        QuizSettings defaults = defaults(quiz);
        if (cohortId == null) {
            return defaults;
        }
        QuizSettingsOverride stored = em.find(QuizSettingsOverride.class,
                new QuizSettingsOverride.Key(cohortId, unitKey(em, quiz)));
        return stored == null ? defaults : defaults.overriddenBy(stored.toOverride());
    }

    /**
     * The settings one learner's attempts run under: the cohort's ({@link #forCohort}) with that
     * learner's accommodation on top, if staff gave one ({@link QuizAccommodation}). What the engine
     * reads for the learner (start, deadline, history, intro, My learning); staff views of the
     * whole cohort read {@link #forCohort}.
     */
    public static QuizSettings forLearner(EntityManager em, Quiz quiz, String cohortId, String personId) {
        QuizSettings cohort = forCohort(em, quiz, cohortId);
        if (cohortId == null || personId == null) {
            return cohort;
        }
        QuizAccommodation accommodation = em.find(QuizAccommodation.class,
                new QuizAccommodation.Key(cohortId, unitKey(em, quiz), personId));
        return accommodation == null ? cohort : cohort.accommodatedBy(accommodation.toAccommodation());
    }

    /**
     * One learner's accommodation applied: extra attempts add to a limited number (unlimited stays
     * unlimited); a time limit is multiplied (rounded up to whole minutes), then extra minutes are
     * added (no limit stays no limit); a close date only ever moves later (a quiz that never closes
     * stays open). The rest is the cohort's.
     */
    public QuizSettings accommodatedBy(Accommodation a) {
        int attempts = attemptsAllowed == 0 ? 0 : attemptsAllowed + a.extraAttemptsOrZero();
        Integer limit = timeLimitMinutes == null ? null
                : (int) Math.ceil(timeLimitMinutes * a.timeMultiplierOrOne() - 1e-9) + a.extraMinutesOrZero();
        Instant closes = closesAt == null || a.closesAt() == null || !a.closesAt().isAfter(closesAt) ? closesAt
                : a.closesAt();
        return new QuizSettings(drawCount, shuffleItems, shuffleOptions, attempts, gradingMethod, passMarkPercent,
                limit, opensAt, closes, review);
    }

    static String unitKey(EntityManager em, Quiz quiz) {
        return em.createQuery("select u.unitKey from Unit u where u.id = :unit", String.class)
                .setParameter("unit", quiz.getUnitId())
                .getSingleResult();
    }

    public QuizSettings overriddenBy(SettingsOverride o) {
        if (o == null) {
            return this;
        }
        return new QuizSettings(
                o.drawCount() != null ? o.drawCount() : drawCount,
                o.shuffleItems() != null ? o.shuffleItems() : shuffleItems,
                o.shuffleOptions() != null ? o.shuffleOptions() : shuffleOptions,
                o.attemptsAllowed() != null ? o.attemptsAllowed() : attemptsAllowed,
                o.gradingMethod() != null ? o.gradingMethod() : gradingMethod,
                o.passMarkPercent() != null ? o.passMarkPercent() : passMarkPercent,
                o.timeLimitMinutes() == null ? timeLimitMinutes : o.timeLimitMinutes() == 0 ? null : o.timeLimitMinutes(),
                o.opensAt() != null ? o.opensAt() : opensAt,
                o.closesAt() != null ? o.closesAt() : closesAt,
                review.overriddenBy(o.review()));
    }

    public ReviewPolicy.Visible visibleAt(Instant now) {
        return review.at(closesAt, now);
    }

    public boolean passes(double percent) {
        return percent >= passMarkPercent;
    }

    /**
     * {@link #forCohort(EntityManager, Quiz, String)} for many quizzes of one cohort at once, with
     * one query for all of the cohort's overrides (a gradebook of 8 units otherwise makes 16).
     *
     * @param quizzesByUnitKey the quizzes of the cohort's course version by their unit's key
     * @return the effective settings by quiz id
     */
    public static java.util.Map<String, QuizSettings> forCohort(EntityManager em, String cohortId,
                                                               java.util.Map<String, Quiz> quizzesByUnitKey) {
        java.util.Map<String, SettingsOverride> stored = new java.util.HashMap<>();
        em.createQuery("select o.unitKey, o from QuizSettingsOverride o where o.cohortId = :cohort", Object[].class)
                .setParameter("cohort", cohortId).getResultStream()
                .forEach(r -> stored.put((String) r[0], ((QuizSettingsOverride) r[1]).toOverride()));
        java.util.Map<String, QuizSettings> byQuiz = new java.util.HashMap<>();
        quizzesByUnitKey.forEach((unitKey, quiz) -> byQuiz.put(quiz.getId(), defaults(quiz).overriddenBy(stored.get(unitKey))));
        return byQuiz;
    }
}
