package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ascent.course.CourseService;
import dev.ascent.identity.TestPeople;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import dev.ascent.shared.TestClock;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starting a quiz is an invited learner's arrival: the quiz engine fires QuizStarted and the
 * cohort feature (which the engine no longer calls) turns the enrollment ACTIVE with "quiz" in its
 * history, in the starting transaction. A refused start fires nothing.
 */
@ExtendWith(ArquillianExtension.class)
class QuizStartArrivalIT {

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

    @Test
    void an_invited_learner_who_starts_a_quiz_becomes_active_once() {
        TestClock.reset();
        String cohort = fixtures.cohort();
        String learner = people.learner("Invited").getId();
        fixtures.enroll(cohort, learner, "INVITED");
        String quiz = AttemptTesting.quizOfUnit(courses, 1);

        Identities.as(learner, () -> attempts.start(quiz, null));
        assertEquals(List.of("ACTIVE", "INVITED manual", "ACTIVE quiz"), fixtures.enrollmentStatusAndHistory(cohort, learner));

        // Already active: resuming or starting again records no second arrival.
        Identities.as(learner, () -> attempts.start(quiz, null));
        assertEquals(List.of("ACTIVE", "INVITED manual", "ACTIVE quiz"), fixtures.enrollmentStatusAndHistory(cohort, learner));
    }

    @Test
    void a_refused_start_is_no_arrival() {
        TestClock.reset();
        String cohort = fixtures.cohort();
        String learner = people.learner("Invited elsewhere").getId();
        fixtures.enroll(cohort, learner, "INVITED");
        String quiz = AttemptTesting.quizOfUnit(courses, 1);

        // Naming a cohort the learner is not in is refused before anything is fired.
        String other = fixtures.cohort();
        Identities.run(learner, () -> {
            DomainException refused = assertThrows(DomainException.class, () -> attempts.start(quiz, other));
            assertEquals("not-enrolled", refused.type());
        });
        assertEquals(List.of("INVITED", "INVITED manual"), fixtures.enrollmentStatusAndHistory(cohort, learner));
    }
}
