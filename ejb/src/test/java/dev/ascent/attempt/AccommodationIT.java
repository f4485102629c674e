package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.course.CourseService;
import dev.ascent.identity.Roles;
import dev.ascent.identity.TestPeople;
import dev.ascent.learning.Learning;
import dev.ascent.learning.MyLearningService;
import dev.ascent.quiz.Accommodation;
import dev.ascent.quiz.AccommodationService;
import dev.ascent.quiz.QuizSettingsService;
import dev.ascent.quiz.SettingsOverride;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import dev.ascent.shared.TestClock;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-learner accommodations: the engine honours one learner's extra attempts, longer time limit
 * and later close date at start, in the deadline and in what the learner is shown, and nobody
 * else's attempts change; staff set and remove them with a reason, within the cohort's scope.
 */
@ExtendWith(ArquillianExtension.class)
class AccommodationIT {

    private static final Set<String> INSTRUCTOR = Set.of(Roles.USER, Roles.INSTRUCTOR);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    AttemptService attempts;
    @Inject
    AccommodationService accommodations;
    @Inject
    QuizSettingsService settings;
    @Inject
    MyLearningService learning;
    @Inject
    TestPeople people;
    @Inject
    CourseService courses;
    @Inject
    AttemptFixtures fixtures;

    String cohort;
    String learner;
    String other;
    String instructor;

    @BeforeEach
    void cohortWithTwoLearners() {
        TestClock.reset();
        cohort = fixtures.cohort();
        learner = people.learner("Accommodated").getId();
        fixtures.enroll(cohort, learner, "ACTIVE");
        other = people.learner("Other learner").getId();
        fixtures.enroll(cohort, other, "ACTIVE");
        instructor = people.learner("Instructor").getId();
        fixtures.instruct(cohort, instructor);
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void an_extra_attempt_lets_one_learner_start_again_and_nobody_else() {
        AttemptTesting.override(settings, instructor, cohort, 2,
                new SettingsOverride(null, null, null, 1, null, null, null, null, null, null));
        for (String who : List.of(learner, other)) {
            Identities.run(who, () -> attempts.submit(attempts.start(quiz(2), cohort).sheet().id()));
            Identities.run(who, () -> assertEquals("attempts-exhausted",
                    assertThrows(DomainException.class, () -> attempts.start(quiz(2), cohort)).type()));
        }
        give(2, learner, new Accommodation(1, null, null, null, "Fire alarm during the first attempt"));

        Identities.run(learner, () -> {
            AttemptViews.History history = attempts.history(quiz(2), cohort);
            assertEquals(2, history.attemptsAllowed());
            assertTrue(history.canStart());
            Learning.UnitProgress unit = unit(2);
            assertEquals(2, unit.attemptsAllowed(), "My learning shows the attempts the learner has");
            assertTrue(attempts.start(quiz(2), cohort).created());
        });
        Identities.run(other, () -> {
            assertEquals(1, attempts.history(quiz(2), cohort).attemptsAllowed());
            assertFalse(attempts.history(quiz(2), cohort).canStart());
            assertEquals("attempts-exhausted",
                    assertThrows(DomainException.class, () -> attempts.start(quiz(2), cohort)).type());
        });
    }

    @Test
    void a_longer_time_limit_moves_the_learners_deadline_only() {
        give(1, learner, new Accommodation(null, 5, 1.5, null, "Extra time (assessment report)"));
        Identities.run(learner, () -> {
            assertEquals(35, attempts.intro(quiz(1), cohort).timeLimitMinutes(), "20 min × 1.5 + 5");
            AttemptViews.Sheet sheet = attempts.start(quiz(1), cohort).sheet();
            assertEquals(Duration.ofMinutes(35), Duration.between(sheet.startedAt(), sheet.deadline()));
            // Past the cohort's 20 minutes (and its grace) the learner still saves.
            TestClock.advance(Duration.ofMinutes(25));
            var item = fixtures.rendered(sheet.id()).get(0);
            attempts.save(sheet.id(), item.itemId(), fixtures.rightAnswer(sheet.id(), item), 0);
            assertEquals(Attempt.State.IN_PROGRESS, fixtures.attempt(sheet.id()).getState());
        });
        TestClock.reset();
        Identities.run(other, () -> {
            assertEquals(20, attempts.intro(quiz(1), cohort).timeLimitMinutes());
            AttemptViews.Sheet sheet = attempts.start(quiz(1), cohort).sheet();
            assertEquals(Duration.ofMinutes(20), Duration.between(sheet.startedAt(), sheet.deadline()));
        });
    }

    @Test
    void a_later_close_date_lets_the_learner_start_after_the_cohorts_close_until_their_own() {
        Instant closes = TestClock.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant later = closes.plus(Duration.ofHours(1));
        AttemptTesting.override(settings, instructor, cohort, 3,
                new SettingsOverride(null, null, null, null, null, null, null, null, closes, null));
        give(3, learner, new Accommodation(null, null, null, later, "Was in hospital during the week"));
        Identities.run(learner, () -> {
            assertEquals(later, attempts.intro(quiz(3), cohort).closesAt());
            assertEquals(later, unit(3).closesAt(), "My learning shows the learner's close date");
        });
        Identities.run(other, () -> assertEquals(closes, attempts.intro(quiz(3), cohort).closesAt()));

        TestClock.advance(Duration.ofMinutes(15));
        Identities.run(other, () -> assertEquals("quiz-closed",
                assertThrows(DomainException.class, () -> attempts.start(quiz(3), cohort)).type()));
        String attemptId = Identities.as(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(3), cohort).sheet();
            assertTrue(sheet.deadline().isAfter(closes) && sheet.deadline().isBefore(later),
                    "the time limit, as the learner's close is further away: " + sheet.deadline());
            return sheet.id();
        });
        Identities.run(learner, () -> attempts.submit(attemptId));

        // Removed (with a reason): the cohort's close applies to the learner again.
        Identities.run(instructor, INSTRUCTOR, () -> accommodations.remove(cohort, AttemptTesting.unitKey(3), learner,
                "Entered for the wrong quiz"));
        Identities.run(learner, () -> assertEquals("quiz-closed",
                assertThrows(DomainException.class, () -> attempts.start(quiz(3), cohort)).type()));
        AccommodationService.AccommodationsView view = Identities.as(instructor, INSTRUCTOR,
                () -> accommodations.list(cohort, AttemptTesting.unitKey(3)));
        assertTrue(view.accommodations().isEmpty());
        assertEquals(List.of("REMOVED", "SET"), view.changes().stream().map(AccommodationService.ChangeView::action).toList());
        assertEquals("Entered for the wrong quiz", view.changes().get(0).reason());
        assertEquals(instructor, view.changes().get(0).changedBy());
        assertEquals("Was in hospital during the week", view.changes().get(1).reason());
    }

    @Test
    void a_close_date_never_moves_earlier_and_unlimited_stays_unlimited() {
        AttemptTesting.override(settings, instructor, cohort, 4,
                new SettingsOverride(null, null, null, 0, null, null, 0, null, null, null));
        AccommodationService.AccommodationView view = give(4, learner,
                new Accommodation(2, 30, 2.0, TestClock.now().plus(Duration.ofDays(1)), "Several needs"));
        assertEquals(0, view.effective().attemptsAllowed(), "unlimited stays unlimited");
        assertNull(view.effective().timeLimitMinutes(), "no limit stays no limit");
        assertNull(view.effective().closesAt(), "a quiz that never closes stays open");
        assertEquals(learner, view.personId());
    }

    @Test
    void staff_give_accommodations_with_a_reason_to_their_cohorts_learners_only() {
        String unit = AttemptTesting.unitKey(1);
        Identities.run(instructor, INSTRUCTOR, () -> {
            Exception noReason = assertThrows(Exception.class, () -> accommodations.put(cohort, unit, learner,
                    new Accommodation(1, null, null, null, " ")));
            assertTrue(causedBy(noReason, ConstraintViolationException.class), noReason.toString());
            Exception removeWithoutReason = assertThrows(Exception.class,
                    () -> accommodations.remove(cohort, unit, learner, null));
            assertTrue(causedBy(removeWithoutReason, ConstraintViolationException.class), removeWithoutReason.toString());
            assertEquals("empty-accommodation", assertThrows(DomainException.class, () -> accommodations.put(cohort,
                    unit, learner, new Accommodation(0, 0, 1.0, null, "Nothing"))).type());
            String stranger = people.learner("Not in the cohort").getId();
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, () -> accommodations.put(
                    cohort, unit, stranger, new Accommodation(1, null, null, null, "Why"))).kind());
        });
        String otherInstructor = people.learner("Other instructor").getId();
        fixtures.instruct(fixtures.cohort(), otherInstructor);
        Identities.run(otherInstructor, INSTRUCTOR, () -> assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> accommodations.put(cohort, unit, learner,
                        new Accommodation(1, null, null, null, "Why"))).kind()));
        Identities.run(learner, () -> assertThrows(EJBAccessException.class, () -> accommodations.list(cohort, unit)));
        assertTrue(Identities.as(instructor, INSTRUCTOR, () -> accommodations.list(cohort, unit)).changes().isEmpty(),
                "nothing was changed");
    }

    private AccommodationService.AccommodationView give(int unit, String personId, Accommodation accommodation) {
        return Identities.as(instructor, INSTRUCTOR,
                () -> accommodations.put(cohort, AttemptTesting.unitKey(unit), personId, accommodation));
    }

    private Learning.UnitProgress unit(int number) {
        return learning.in(cohort).units().stream().filter(u -> u.unitKey().equals(AttemptTesting.unitKey(number))).findFirst().orElseThrow();
    }

    private String quiz(int unit) {
        return AttemptTesting.quizOfUnit(courses, unit);
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
