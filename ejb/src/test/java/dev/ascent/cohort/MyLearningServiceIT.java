package dev.ascent.cohort;

import static dev.ascent.cohort.Tenants.PROVIDER_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ascent.course.CourseOutline;
import dev.ascent.course.CourseService;
import dev.ascent.identity.TestPeople;
import dev.ascent.learning.Learning;
import dev.ascent.learning.MyLearningService;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Identities;
import dev.ascent.shared.Ids;
import dev.ascent.shared.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MyLearningServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    MyLearningService learning;
    @Inject
    EnrollmentService enrollments;
    @Inject
    CohortService cohorts;
    @Inject
    CourseService courses;
    @Inject
    Tenants tenants;
    @Inject
    TestPeople people;
    @Inject
    TestData data;

    @Test
    void the_roadmap_shows_each_units_status_best_score_attempts_deadline_progress_and_next_step() {
        Tenants.Tenant t = tenants.create("Roadmap");
        String learner = people.learner("Rita").getId();
        String other = people.learner("Other").getId();
        CourseOutline course = courses.outline("ml-engineer");
        List<CourseOutline.UnitOutline> units = course.units();
        Instant due = Instant.parse("2027-04-01T17:00:00Z");
        String enrollmentId = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> {
            cohorts.setDeadlines(t.cohortId(), Map.of(units.get(1).id(), due));
            return enrollments.add(t.cohortId(), people.email(learner), null, null).enrollment().id();
        });
        attempt(t.cohortId(), learner, units.get(0).quizId(), "SUBMITTED", 9.0);
        attempt(t.cohortId(), learner, units.get(0).quizId(), "SUBMITTED", 5.0);
        attempt(t.cohortId(), learner, units.get(1).quizId(), "SUBMITTED", 2.0);
        attempt(t.cohortId(), learner, units.get(2).quizId(), "SUBMITTED", 1.0);
        attempt(t.cohortId(), learner, units.get(2).quizId(), "IN_PROGRESS", null);
        attempt(t.cohortId(), other, units.get(3).quizId(), "SUBMITTED", 10.0);

        List<Learning> mine = Identities.as(learner, () -> learning.mine());
        assertEquals(1, mine.size());
        Learning cohort = mine.get(0);
        assertEquals("Cohort Roadmap", cohort.cohortName());
        assertEquals("Provider Roadmap", cohort.provider().name());
        assertEquals("#112233", cohort.provider().primaryColor());
        assertEquals("ACTIVE", cohort.enrollmentStatus(), "opening their learning activates an invited learner");
        assertEquals(units.size(), cohort.unitCount());
        assertEquals(units.stream().map(CourseOutline.UnitOutline::id).toList(),
                cohort.units().stream().map(Learning.UnitProgress::unitKey).toList());

        List<Learning.UnitProgress> progress = cohort.units();
        assertEquals(List.of(Learning.Status.PASSED, Learning.Status.FAILED, Learning.Status.IN_PROGRESS, Learning.Status.NOT_STARTED),
                progress.subList(0, 4).stream().map(Learning.UnitProgress::status).toList());
        assertEquals(90.0, progress.get(0).bestScorePercent(), 1e-9);
        assertEquals(2, progress.get(0).attemptsUsed());
        assertEquals(20.0, progress.get(1).bestScorePercent(), 1e-9);
        assertEquals(due, progress.get(1).deadline());
        assertNull(progress.get(0).deadline());
        assertEquals(2, progress.get(2).attemptsUsed());
        assertNull(progress.get(3).bestScorePercent(), "another learner's attempts never count");
        assertEquals(0, progress.get(3).attemptsUsed());
        assertEquals(1, cohort.unitsPassed());
        assertEquals(Math.round(100f / units.size()), cohort.progressPercent());
        assertEquals(units.get(1).id(), cohort.nextStep().unitKey());
        assertEquals(Learning.NextAction.READ, cohort.nextAction(), "no lesson read: reading comes before the quiz");
        assertEquals(1, progress.get(1).weakObjectives().size(), "the latest attempt missed its one item");
        assertEquals(70, progress.get(0).passMarkPercent());
        assertEquals(90.0, progress.get(0).gradePercent(), 1e-9, "the grade by the default method, the highest");

        List<String> history = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> enrollments.get(t.cohortId(), enrollmentId))
                .history().stream().map(h -> h.status() + " " + h.via()).toList();
        assertEquals(List.of("INVITED manual", "ACTIVE dashboard"), history);
    }

    @Test
    void withdrawn_cohorts_are_left_out_and_nobody_gets_nothing() {
        Tenants.Tenant kept = tenants.create("Kept");
        Tenants.Tenant left = tenants.create("Left");
        String learner = people.learner("Lou").getId();
        String email = people.email(learner);
        Identities.run(kept.adminId(), PROVIDER_ADMIN, () -> enrollments.add(kept.cohortId(), email, null, null));
        String leftEnrollment = Identities.as(left.adminId(), PROVIDER_ADMIN,
                () -> enrollments.add(left.cohortId(), email, null, null).enrollment().id());
        Identities.run(left.adminId(), PROVIDER_ADMIN, () -> enrollments.withdraw(left.cohortId(), leftEnrollment));

        assertEquals(List.of(kept.cohortId()), Identities.as(learner, () -> learning.mine()).stream().map(Learning::cohortId).toList());
        assertEquals(List.of(), Identities.as(people.learner("Unenrolled").getId(), () -> learning.mine()));
        assertThrows(EJBAccessException.class, () -> learning.mine());
    }

    /** Numbers attempts like the engine does (unique per person and quiz). */
    private int attemptNumber;

    /** An attempt at the quiz's first item (a real key, so the engine can review it), unanswered. */
    private void attempt(String cohortId, String personId, String quizId, String state, Double score) {
        int number = ++attemptNumber;
        if (score == null) {
            data.update("insert into attempt (id, quiz_id, person_id, cohort_id, seed, state, item_keys, started_at,"
                    + " row_version, attempt_number) select ?1, ?2, ?3, ?4, 1, ?5, i.item_key, ?6, 1, ?7"
                    + " from quiz_item i where i.quiz_id = ?2 and i.position = 1",
                    Ids.newId(), quizId, personId, cohortId, state, Instant.now(), number);
            return;
        }
        data.update("insert into attempt (id, quiz_id, person_id, cohort_id, seed, state, item_keys, started_at, submitted_at,"
                        + " score, max_score, row_version, attempt_number) select ?1, ?2, ?3, ?4, 1, ?5, i.item_key, ?6, ?7, ?8,"
                        + " 10.0, 1, ?9 from quiz_item i where i.quiz_id = ?2 and i.position = 1",
                Ids.newId(), quizId, personId, cohortId, state, Instant.now(), Instant.now(), score, number);
    }
}
