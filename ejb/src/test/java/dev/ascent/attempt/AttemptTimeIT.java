package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.course.CourseService;
import dev.ascent.identity.TestPeople;
import dev.ascent.quiz.QuizSettingsService;
import dev.ascent.quiz.SettingsOverride;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import dev.ascent.shared.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deadlines, grace, automatic submission and open/close dates, with the test clock moved forward. */
@ExtendWith(ArquillianExtension.class)
class AttemptTimeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    AttemptService attempts;
    @Inject
    AttemptExpiry expiry;
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
        TestClock.reset();
        cohort = fixtures.cohort();
        learner = people.learner("Learner").getId();
        fixtures.enroll(cohort, learner, "ACTIVE");
        instructor = people.learner("Instructor").getId();
        fixtures.instruct(cohort, instructor);
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void the_server_fixes_the_deadline_from_the_time_limit() {
        Identities.run(learner, () -> {
            Instant before = TestClock.now();
            AttemptViews.Sheet sheet = attempts.start(quiz(1), null).sheet();
            Duration limit = Duration.between(sheet.startedAt(), sheet.deadline());
            assertEquals(Duration.ofMinutes(20), limit, "unit 1's content says 20 minutes");
            assertFalse(sheet.startedAt().isBefore(before.truncatedTo(ChronoUnit.MICROS)));
            assertNotNull(sheet.serverTime());
        });
    }

    @Test
    void saves_are_taken_in_the_grace_refused_after_it_and_the_attempt_is_graded_with_what_was_saved() {
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(1), null).sheet();
            List<RenderedItem> items = fixtures.rendered(sheet.id());
            attempts.save(sheet.id(), items.get(0).itemId(), fixtures.rightAnswer(sheet.id(), items.get(0)), 0);

            TestClock.advance(Duration.ofMinutes(20).plusSeconds(10));
            attempts.save(sheet.id(), items.get(1).itemId(), fixtures.rightAnswer(sheet.id(), items.get(1)), 0);

            TestClock.advance(Duration.ofSeconds(35));
            DomainException expired = assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), items.get(2).itemId(), fixtures.rightAnswer(sheet.id(), items.get(2)), 0));
            assertEquals("attempt-expired", expired.type());
            assertEquals(DomainException.Kind.CONFLICT, expired.kind());
            assertTrue(expired.getMessage().contains("ran out"), expired.getMessage());

            Attempt stored = fixtures.attempt(sheet.id());
            assertEquals(Attempt.State.SUBMITTED, stored.getState(), "submitted although the save failed");
            assertTrue(stored.isAutoSubmitted());
            assertEquals(2.0, stored.getScore(), 1e-9);

            // No way back in: the attempt reads as a result, and saving stays refused.
            AttemptViews.Sheet after = attempts.get(sheet.id());
            assertEquals("SUBMITTED", after.state());
            assertEquals(2.0, after.result().score(), 1e-9);
            assertEquals("attempt-expired", assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), items.get(3).itemId(), fixtures.rightAnswer(sheet.id(), items.get(3)), 0)).type());
        });
    }

    @Test
    void reading_an_overdue_attempt_submits_it() {
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(2), null).sheet();
            RenderedItem first = fixtures.rendered(sheet.id()).get(0);
            attempts.save(sheet.id(), first.itemId(), fixtures.rightAnswer(sheet.id(), first), 0);
            TestClock.advance(Duration.ofMinutes(21));

            AttemptViews.Sheet read = attempts.get(sheet.id());
            assertEquals("SUBMITTED", read.state());
            assertTrue(read.result().autoSubmitted());
            assertEquals(1.0, read.result().score(), 1e-9);
        });
    }

    @Test
    void submitting_in_the_grace_counts_as_the_learners_own_submission() {
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(2), null).sheet();
            TestClock.advance(Duration.ofMinutes(20).plusSeconds(20));
            assertFalse(attempts.submit(sheet.id()).autoSubmitted());
        });
    }

    @Test
    void the_sweep_submits_overdue_attempts_that_nobody_comes_back_to_and_leaves_running_ones() {
        String overdue = Identities.as(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(3), null).sheet();
            RenderedItem first = fixtures.rendered(sheet.id()).get(0);
            attempts.save(sheet.id(), first.itemId(), fixtures.rightAnswer(sheet.id(), first), 0);
            return sheet.id();
        });
        TestClock.advance(Duration.ofMinutes(25));
        String other = people.learner("Late starter").getId();
        fixtures.enroll(cohort, other, "ACTIVE");
        String running = Identities.as(other, () -> attempts.start(quiz(3), null).sheet().id());

        // The timer sweeps too; only if it has not got there first must this sweep do the work.
        boolean stillOpen = fixtures.attempt(overdue).getState() == Attempt.State.IN_PROGRESS;
        int closed = expiry.sweep();
        assertTrue(!stillOpen || closed >= 1, "closed " + closed);

        Attempt swept = fixtures.attempt(overdue);
        assertEquals(Attempt.State.SUBMITTED, swept.getState());
        assertTrue(swept.isAutoSubmitted());
        assertEquals(1.0, swept.getScore(), 1e-9);
        assertEquals(Attempt.State.IN_PROGRESS, fixtures.attempt(running).getState());
        assertEquals(0, expiry.sweep(), "a second sweep finds nothing left to do");
    }

    @Test
    void starting_after_the_deadline_closes_the_overdue_attempt_and_begins_the_next() {
        Identities.run(learner, () -> {
            String first = attempts.start(quiz(4), null).sheet().id();
            TestClock.advance(Duration.ofMinutes(30));
            AttemptViews.Started next = attempts.start(quiz(4), null);
            assertTrue(next.created());
            assertEquals(2, next.sheet().number());
            assertTrue(fixtures.attempt(first).isAutoSubmitted());
            AttemptViews.History history = attempts.history(quiz(4), null);
            assertEquals(List.of("SUBMITTED", "IN_PROGRESS"),
                    history.attempts().stream().map(AttemptViews.Summary::state).toList());
        });
    }

    @Test
    void a_quiz_opens_and_closes_at_the_cohorts_dates_and_the_close_caps_the_deadline() {
        Instant opens = TestClock.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofMinutes(10));
        AttemptTesting.override(settings, instructor, cohort, 5,
                new SettingsOverride(null, null, null, null, null, null, null, opens, closes, null));
        Identities.run(learner, () -> {
            assertEquals("quiz-not-open",
                    assertThrows(DomainException.class, () -> attempts.start(quiz(5), null)).type());
            TestClock.advance(Duration.ofHours(1).plusMinutes(1));
            AttemptViews.Sheet sheet = attempts.start(quiz(5), null).sheet();
            assertEquals(closes, sheet.deadline(), "20 minutes would run past the close");

            RenderedItem first = fixtures.rendered(sheet.id()).get(0);
            attempts.save(sheet.id(), first.itemId(), fixtures.rightAnswer(sheet.id(), first), 0);
            AttemptViews.Result result = attempts.submit(sheet.id());
            assertNotNull(result.items(), "right/wrong shows at once by default");
            assertNull(result.items().get(0).correctAnswer(), "answers only after the close by default");

            TestClock.advance(Duration.ofMinutes(10));
            assertEquals("quiz-closed",
                    assertThrows(DomainException.class, () -> attempts.start(quiz(5), null)).type());
            AttemptViews.ItemReview review = attempts.get(sheet.id()).result().items().get(0);
            assertEquals(fixtures.rightAnswer(sheet.id(), first), review.correctAnswer(), "after the close the answers show");
            assertNotNull(review.feedback().explanation());
        });
    }

    @Test
    void a_time_limit_of_zero_in_the_override_means_no_deadline() {
        AttemptTesting.override(settings, instructor, cohort, 6,
                new SettingsOverride(null, null, null, null, null, null, 0, null, null, null));
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(6), null).sheet();
            assertNull(sheet.deadline());
            TestClock.advance(Duration.ofDays(3));
            assertEquals("IN_PROGRESS", attempts.get(sheet.id()).state());
        });
    }

    @Test
    void time_up_from_the_page_submits_automatically_at_the_deadline_and_not_before() {
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(7), null).sheet();
            RenderedItem first = fixtures.rendered(sheet.id()).get(0);
            attempts.save(sheet.id(), first.itemId(), fixtures.rightAnswer(sheet.id(), first), 0);

            TestClock.advance(Duration.ofMinutes(19));
            assertEquals("IN_PROGRESS", attempts.timeUp(sheet.id()).state(), "a fast device clock changes nothing");

            TestClock.advance(Duration.ofMinutes(1));
            AttemptViews.Sheet closed = attempts.timeUp(sheet.id());
            assertEquals("SUBMITTED", closed.state());
            assertTrue(closed.result().autoSubmitted());
            assertEquals(1.0, closed.result().score(), 1e-9);
            assertEquals(closed.result().submittedAt(), attempts.timeUp(sheet.id()).result().submittedAt(),
                    "a second call grades nothing again");
        });
    }

    @Test
    void the_intro_tells_title_items_time_limit_and_history() {
        AttemptTesting.override(settings, instructor, cohort, 8, AttemptTesting.draw(1));
        Identities.run(learner, () -> {
            AttemptViews.Intro before = attempts.intro(quiz(8), cohort);
            assertEquals("Quiz: getting in and moving up", before.title());
            assertEquals(1, before.itemCount(), "the cohort's draw");
            assertEquals(20, before.timeLimitMinutes());
            assertEquals(0, before.history().attemptsUsed());
            assertTrue(before.history().canStart());

            String id = attempts.start(quiz(8), cohort).sheet().id();
            attempts.submit(id);
            AttemptViews.Intro after = attempts.intro(quiz(8), cohort);
            assertEquals(1, after.history().attemptsUsed());
            assertNotNull(after.history().grade());
        });
    }

    private String quiz(int unit) {
        return AttemptTesting.quizOfUnit(courses, unit);
    }
}
