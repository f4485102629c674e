package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.course.CourseService;
import dev.ascent.identity.TestPeople;
import dev.ascent.quiz.GradingMethod;
import dev.ascent.quiz.QuizSettingsService;
import dev.ascent.quiz.ReviewPolicy;
import dev.ascent.quiz.ReviewWhen;
import dev.ascent.quiz.SettingsOverride;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Identities;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Grading methods over several attempts, and what each review policy lets a learner see. */
@ExtendWith(ArquillianExtension.class)
class GradingAndReviewIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    AttemptService attempts;
    @Inject
    TestPeople people;
    @Inject
    CourseService courses;
    @Inject
    AttemptFixtures fixtures;
    @Inject
    QuizSettingsService settings;

    String cohort;
    String learner;
    String instructor;

    @BeforeEach
    void enrolledLearner() {
        cohort = fixtures.cohort();
        learner = people.learner("Learner").getId();
        fixtures.enroll(cohort, learner, "ACTIVE");
        instructor = people.learner("Instructor").getId();
        fixtures.instruct(cohort, instructor);
    }

    @Test
    void the_grade_follows_the_grading_method_over_the_submitted_attempts() {
        // Four items per attempt: 2, 4 and 1 right make 50 %, 100 % and 25 %.
        for (int right : new int[] {2, 4, 1}) {
            setOverride(7, new SettingsOverride(4, null, null, 0, null, 60, null, null, null, null));
            takeWithRightAnswers(7, right);
        }
        assertGrade(GradingMethod.HIGHEST, 100, true);
        assertGrade(GradingMethod.AVERAGE, 175.0 / 3, false);
        assertGrade(GradingMethod.FIRST, 50, false);
        assertGrade(GradingMethod.LAST, 25, false);

        AttemptViews.History history = Identities.as(learner, () -> attempts.history(quiz(7), null));
        assertEquals(List.of(50.0, 100.0, 25.0), history.attempts().stream().map(AttemptViews.Summary::percent).toList());
        assertEquals(List.of(1, 2, 3), history.attempts().stream().map(AttemptViews.Summary::number).toList());
    }

    @Test
    void an_open_attempt_does_not_count_towards_the_grade() {
        setOverride(8, new SettingsOverride(4, null, null, 0, GradingMethod.AVERAGE, null, null, null, null, null));
        takeWithRightAnswers(8, 4);
        Identities.run(learner, () -> attempts.start(quiz(8), null));
        AttemptViews.History history = Identities.as(learner, () -> attempts.history(quiz(8), null));
        assertEquals(100.0, history.grade().percent(), 1e-9);
        assertEquals(2, history.attemptsUsed());
    }

    @Test
    void a_policy_that_shows_everything_at_once_shows_score_outcomes_feedback_and_answers() {
        setOverride(2, review(ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY));
        AttemptViews.Result result = takeWithRightAnswers(2, 2);
        assertEquals(4, result.maxScore(), 1e-9);
        assertEquals(50.0, result.percent(), 1e-9);
        assertFalse(result.passed());
        assertEquals(List.of("CORRECT", "CORRECT", "UNANSWERED", "UNANSWERED"),
                result.items().stream().map(AttemptViews.ItemReview::outcome).toList());
        assertTrue(result.items().stream().allMatch(i -> i.feedback() != null && !i.feedback().explanation().isBlank()));
        assertTrue(result.items().stream().allMatch(i -> i.correctAnswer() != null));
    }

    @Test
    void a_policy_that_shows_nothing_shows_only_that_the_attempt_is_submitted() {
        setOverride(3, review(ReviewWhen.NEVER, ReviewWhen.NEVER, ReviewWhen.NEVER, ReviewWhen.NEVER));
        AttemptViews.Result result = takeWithRightAnswers(3, 3);
        assertEquals("SUBMITTED", result.state());
        assertNull(result.score());
        assertNull(result.percent());
        assertNull(result.passed());
        assertNull(result.items());
        AttemptViews.History history = Identities.as(learner, () -> attempts.history(quiz(3), null));
        assertNull(history.grade());
        assertNull(history.attempts().get(0).percent());
    }

    @Test
    void right_and_wrong_without_the_answers() {
        setOverride(4, review(ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY, ReviewWhen.NEVER, ReviewWhen.AFTER_CLOSE));
        AttemptViews.Result result = takeWithRightAnswers(4, 1);
        assertNotNull(result.score());
        AttemptViews.ItemReview first = result.items().get(0);
        assertEquals("CORRECT", first.outcome());
        assertEquals(1.0, first.credit(), 1e-9);
        assertNull(first.feedback());
        assertNull(first.correctAnswer(), "no close date: after-close never comes");
    }

    private void assertGrade(GradingMethod method, double percent, boolean passed) {
        setOverride(7, new SettingsOverride(4, null, null, 0, method, 60, null, null, null, null));
        AttemptViews.History history = Identities.as(learner, () -> attempts.history(quiz(7), null));
        assertEquals(method.name(), history.gradingMethod());
        assertEquals(percent, history.grade().percent(), 1e-9, method.name());
        assertEquals(passed, history.grade().passed(), method.name());
        assertEquals(3, history.attemptsUsed());
        assertTrue(history.canStart(), "unlimited attempts");
    }

    private static SettingsOverride review(ReviewWhen score, ReviewWhen correctness, ReviewWhen feedback,
                                           ReviewWhen answers) {
        return new SettingsOverride(4, false, null, null, null, null, null, null, null,
                new ReviewPolicy(score, correctness, feedback, answers));
    }

    private void setOverride(int unit, SettingsOverride override) {
        AttemptTesting.override(settings, instructor, cohort, unit, override);
    }

    /** One attempt with the first {@code right} items answered right and the rest unanswered. */
    private AttemptViews.Result takeWithRightAnswers(int unit, int right) {
        return Identities.as(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(unit), null).sheet();
            List<RenderedItem> items = fixtures.rendered(sheet.id());
            for (int i = 0; i < right; i++) {
                attempts.save(sheet.id(), items.get(i).itemId(), fixtures.rightAnswer(sheet.id(), items.get(i)), 0);
            }
            return attempts.submit(sheet.id());
        });
    }

    private String quiz(int unit) {
        return AttemptTesting.quizOfUnit(courses, unit);
    }
}
