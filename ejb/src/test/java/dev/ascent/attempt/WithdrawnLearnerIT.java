package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ascent.course.CourseService;
import dev.ascent.identity.TestPeople;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import dev.ascent.shared.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Save, submit and time-up need a current enrollment (invited or active) in the attempt's own
 * cohort, checked on every call: here the enrollment is changed behind the cohort feature's back,
 * so the attempt is still open, and every write is refused without storing anything.
 */
@ExtendWith(ArquillianExtension.class)
class WithdrawnLearnerIT {

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

    String cohort;
    String learner;

    @BeforeEach
    void enrolledLearner() {
        TestClock.reset();
        cohort = fixtures.cohort();
        learner = people.learner("Learner").getId();
        fixtures.enroll(cohort, learner, "ACTIVE");
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void save_submit_and_time_up_need_a_current_enrollment_in_the_attempts_cohort() {
        AttemptViews.Sheet sheet = Identities.as(learner, () -> attempts.start(AttemptTesting.quizOfUnit(courses, 1), null).sheet());
        List<RenderedItem> items = fixtures.rendered(sheet.id());
        Identities.run(learner, () -> attempts.save(sheet.id(), items.get(0).itemId(), fixtures.rightAnswer(sheet.id(), items.get(0)), 0));

        for (String status : List.of("WITHDRAWN", "COMPLETED")) {
            fixtures.setStatus(cohort, learner, status);
            TestClock.advance(Duration.ofMinutes(20)); // at the deadline, inside the grace: time-up would submit
            Identities.run(learner, () -> {
                assertNotEnrolled(() -> attempts.save(sheet.id(), items.get(1).itemId(), fixtures.rightAnswer(sheet.id(), items.get(1)), 0));
                assertNotEnrolled(() -> attempts.timeUp(sheet.id()));
                assertNotEnrolled(() -> attempts.submit(sheet.id()));
                AttemptViews.Sheet now = attempts.get(sheet.id());
                assertEquals("IN_PROGRESS", now.state(), status + ": nothing was submitted");
                assertEquals(List.of(items.get(0).itemId()), List.copyOf(now.responses().keySet()), "nothing was saved");
            });
            TestClock.reset();
        }

        // Back in the cohort (the status the start screen accepts): the writes go through again.
        fixtures.setStatus(cohort, learner, "INVITED");
        Identities.run(learner, () -> {
            assertEquals(1, attempts.save(sheet.id(), items.get(1).itemId(), fixtures.rightAnswer(sheet.id(), items.get(1)), 0).revision());
            assertEquals("SUBMITTED", attempts.submit(sheet.id()).state());
        });
    }

    private static void assertNotEnrolled(org.junit.jupiter.api.function.Executable call) {
        DomainException refused = assertThrows(DomainException.class, call);
        assertEquals("not-enrolled", refused.type());
        assertEquals(DomainException.Kind.FORBIDDEN, refused.kind());
    }
}
