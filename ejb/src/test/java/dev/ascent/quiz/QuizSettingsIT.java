package dev.ascent.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.attempt.AttemptFixtures;
import dev.ascent.course.CourseService;
import dev.ascent.identity.Roles;
import dev.ascent.identity.TestPeople;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may read and change a cohort's quiz settings, and how the override sits on the content's defaults. */
@ExtendWith(ArquillianExtension.class)
class QuizSettingsIT {

    private static final Set<String> INSTRUCTOR = Set.of(Roles.USER, Roles.INSTRUCTOR);
    private static final Set<String> PROVIDER_ADMIN = Set.of(Roles.USER, Roles.PROVIDER_ADMIN);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    QuizSettingsService settings;
    @Inject
    AttemptFixtures fixtures;
    @Inject
    TestPeople people;
    @Inject
    CourseService courses;

    String cohort;
    String instructor;

    @BeforeEach
    void cohortWithInstructor() {
        cohort = fixtures.cohort();
        instructor = people.learner("Instructor").getId();
        fixtures.instruct(cohort, instructor);
    }

    @Test
    void defaults_come_from_the_content() {
        QuizSettingsService.SettingsView view = Identities.as(instructor, INSTRUCTOR, () -> settings.get(cohort, "u2"));
        assertEquals("u2", view.unitKey());
        assertEquals(courses.outline("ml-engineer").units().get(1).quizId(), view.quizId());
        QuizSettings defaults = view.defaults();
        assertEquals(10, defaults.drawCount());
        assertEquals(70, defaults.passMarkPercent());
        assertEquals(20, defaults.timeLimitMinutes());
        assertEquals(3, defaults.attemptsAllowed());
        assertEquals(GradingMethod.HIGHEST, defaults.gradingMethod());
        assertEquals(ReviewPolicy.DEFAULT, defaults.review());
        assertEquals(defaults, view.effective());
        assertEquals(SettingsOverride.NONE, view.override());
        assertNull(view.updatedAt());
    }

    @Test
    void an_instructor_overrides_some_settings_and_keeps_the_rest() {
        Instant closes = Instant.parse("2030-01-31T17:00:00Z");
        SettingsOverride override = new SettingsOverride(5, false, null, 0, GradingMethod.LAST, 80, 0, null, closes,
                new ReviewPolicy(null, null, null, ReviewWhen.NEVER));
        QuizSettingsService.SettingsView view = Identities.as(instructor, INSTRUCTOR,
                () -> settings.put(cohort, "u3", override));
        QuizSettings effective = view.effective();
        assertEquals(5, effective.drawCount());
        assertEquals(false, effective.shuffleItems());
        assertEquals(true, effective.shuffleOptions(), "kept");
        assertEquals(0, effective.attemptsAllowed());
        assertEquals(GradingMethod.LAST, effective.gradingMethod());
        assertEquals(80, effective.passMarkPercent());
        assertNull(effective.timeLimitMinutes(), "0 removes the limit");
        assertEquals(closes, effective.closesAt());
        assertEquals(new ReviewPolicy(ReviewWhen.IMMEDIATELY, ReviewWhen.IMMEDIATELY, ReviewWhen.AFTER_CLOSE,
                ReviewWhen.NEVER), effective.review());
        assertEquals(instructor, view.updatedBy());

        // Read back by quiz id as well as by unit key; then back to the defaults.
        String quizId = view.quizId();
        assertEquals(override, Identities.as(instructor, INSTRUCTOR, () -> settings.get(cohort, quizId)).override());
        assertEquals(view.defaults(), Identities.as(instructor, INSTRUCTOR,
                () -> settings.reset(cohort, "u3")).effective());
    }

    @Test
    void the_providers_admins_and_platform_admins_may_too() {
        String admin = people.learner("Provider admin").getId();
        fixtures.administer(fixtures.providerOf(cohort), admin);
        Identities.run(admin, PROVIDER_ADMIN, () -> assertEquals(6, settings.put(cohort, "u1",
                draw(6)).effective().drawCount()));
        String platform = people.platformAdmin("Platform admin").getId();
        Identities.run(platform, Set.of(Roles.USER, Roles.PLATFORM_ADMIN),
                () -> assertEquals(6, settings.get(cohort, "u1").effective().drawCount()));
    }

    @Test
    void other_cohorts_staff_cannot_see_the_cohort_and_learners_may_not_ask() {
        String otherCohort = fixtures.cohort();
        String otherInstructor = people.learner("Other instructor").getId();
        fixtures.instruct(otherCohort, otherInstructor);
        Identities.run(otherInstructor, INSTRUCTOR, () -> assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> settings.put(cohort, "u1", draw(6))).kind()));
        String otherAdmin = people.learner("Other provider admin").getId();
        fixtures.administer(fixtures.providerOf(otherCohort), otherAdmin);
        Identities.run(otherAdmin, PROVIDER_ADMIN, () -> assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> settings.get(cohort, "u1")).kind()));

        String learner = people.learner("Learner").getId();
        fixtures.enroll(cohort, learner, "ACTIVE");
        Identities.run(learner, () -> assertThrows(EJBAccessException.class, () -> settings.get(cohort, "u1")));
        assertEquals(SettingsOverride.NONE, Identities.as(instructor, INSTRUCTOR, () -> settings.get(cohort, "u1")).override(),
                "nothing was changed");
    }

    @Test
    void settings_that_cannot_work_are_refused() {
        Identities.run(instructor, INSTRUCTOR, () -> {
            assertEquals("invalid-settings", assertThrows(DomainException.class,
                    () -> settings.put(cohort, "u1", draw(500))).type());
            assertEquals("invalid-settings", assertThrows(DomainException.class, () -> settings.put(cohort, "u1",
                    new SettingsOverride(null, null, null, null, null, null, null, Instant.parse("2030-02-01T00:00:00Z"),
                            Instant.parse("2030-01-01T00:00:00Z"), null))).type());
            Exception invalid = assertThrows(Exception.class, () -> settings.put(cohort, "u1",
                    new SettingsOverride(null, null, null, null, null, 101, null, null, null, null)));
            assertTrue(causedBy(invalid, ConstraintViolationException.class), invalid.toString());
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                    () -> settings.get(cohort, "u99")).kind());
        });
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static SettingsOverride draw(int count) {
        return new SettingsOverride(count, null, null, null, null, null, null, null, null, null);
    }
}
