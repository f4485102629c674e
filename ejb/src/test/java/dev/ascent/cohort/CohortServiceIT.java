package dev.ascent.cohort;

import static dev.ascent.cohort.Tenants.INSTRUCTOR;
import static dev.ascent.cohort.Tenants.PLATFORM;
import static dev.ascent.cohort.Tenants.PROVIDER_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.course.CourseService;
import dev.ascent.identity.RecordingMailer;
import dev.ascent.identity.TestPeople;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CohortServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    CohortService cohorts;
    @Inject
    CourseService courses;
    @Inject
    Tenants tenants;
    @Inject
    TestPeople people;
    @Inject
    RecordingMailer mailer;

    @Test
    void a_cohort_takes_the_current_course_version_and_its_dates() {
        Tenants.Tenant t = tenants.create("Dates");
        CohortView view = Identities.as(t.adminId(), PROVIDER_ADMIN, () -> cohorts.create(new NewCohort(t.providerId(),
                " Spring ", "ml-engineer", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30))));
        assertEquals("Spring", view.name());
        assertEquals("ml-engineer", view.courseSlug());
        assertEquals(courses.outline("ml-engineer").version(), view.courseVersion());
        assertEquals(LocalDate.of(2027, 3, 1), view.startsOn());
        assertEquals("Provider Dates", view.providerName());
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> {
            assertEquals("unknown-course", assertThrows(DomainException.class, () -> cohorts.create(
                    new NewCohort(t.providerId(), "X", "no-such-course", null, null))).type());
            assertThrows(DomainException.class, () -> cohorts.create(new NewCohort(t.providerId(), "X", "ml-engineer",
                    LocalDate.of(2027, 6, 30), LocalDate.of(2027, 3, 1))));
        });
    }

    @Test
    void deadlines_are_set_per_unit_in_unit_order_and_unknown_units_are_refused() {
        Tenants.Tenant t = tenants.create("Deadlines");
        List<String> units = courses.outline("ml-engineer").units().stream().map(u -> u.id()).toList();
        Map<String, Instant> due = new LinkedHashMap<>();
        due.put(units.get(2), Instant.parse("2027-05-01T17:00:00Z"));
        due.put(units.get(0), Instant.parse("2027-04-01T17:00:00Z"));
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> {
            CohortView view = cohorts.setDeadlines(t.cohortId(), due);
            assertEquals(List.of(units.get(0), units.get(2)), List.copyOf(view.deadlines().keySet()));
            assertEquals("unknown-unit", assertThrows(DomainException.class,
                    () -> cohorts.setDeadlines(t.cohortId(), Map.of("no-such-unit", Instant.now()))).type());
            assertEquals(2, cohorts.get(t.cohortId()).deadlines().size(), "a refused change keeps the old deadlines");
            assertEquals(Map.of(), cohorts.setDeadlines(t.cohortId(), Map.of()).deadlines());
        });
        Identities.run(t.instructorId(), INSTRUCTOR, () ->
                assertThrows(EJBAccessException.class, () -> cohorts.setDeadlines(t.cohortId(), Map.of())));
    }

    @Test
    void instructors_see_only_the_cohorts_they_teach_and_admins_only_their_providers() {
        Tenants.Tenant a = tenants.create("A");
        Tenants.Tenant b = tenants.create("B");
        String otherCohortOfA = Identities.as(a.adminId(), PROVIDER_ADMIN,
                () -> cohorts.create(new NewCohort(a.providerId(), "Other", "ml-engineer", null, null)).id());
        Identities.run(a.instructorId(), INSTRUCTOR, () -> {
            assertEquals(List.of(a.cohortId()), cohorts.list(null).stream().map(CohortView::id).toList());
            assertNotFound(() -> cohorts.get(otherCohortOfA));
            assertNotFound(() -> cohorts.get(b.cohortId()));
            assertThrows(EJBAccessException.class, () -> cohorts.addInstructor(a.cohortId(), TestPeople.newEmail("x"), null));
        });
        Identities.run(a.adminId(), PROVIDER_ADMIN, () -> {
            assertEquals(List.of(a.cohortId(), otherCohortOfA).stream().sorted().toList(),
                    cohorts.list(null).stream().map(CohortView::id).sorted().toList());
            assertNotFound(() -> cohorts.get(b.cohortId()));
            assertNotFound(() -> cohorts.addInstructor(b.cohortId(), TestPeople.newEmail("x"), null));
            assertNotFound(() -> cohorts.create(new NewCohort(b.providerId(), "Mine now", "ml-engineer", null, null)));
            assertEquals(List.of(), cohorts.list(b.providerId()));
        });
        Identities.run(a.platformAdminId(), PLATFORM, () -> {
            List<String> all = cohorts.list(null).stream().map(CohortView::id).toList();
            assertTrue(all.containsAll(List.of(a.cohortId(), b.cohortId(), otherCohortOfA)));
            assertEquals(List.of(b.cohortId()), cohorts.list(b.providerId()).stream().map(CohortView::id).toList());
        });
        Identities.run(people.learner("Learner").getId(), () -> assertThrows(EJBAccessException.class, () -> cohorts.list(null)));
    }

    @Test
    void a_new_instructor_gets_an_account_and_removing_one_is_idempotent() {
        Tenants.Tenant t = tenants.create("Instructors");
        String email = TestPeople.newEmail("New Instructor");
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> {
            CohortView view = cohorts.addInstructor(t.cohortId(), email, "New Instructor");
            assertTrue(view.instructors().stream().anyMatch(p -> p.email().equals(email) && p.name().equals("New Instructor")));
            assertTrue(mailer.lastToken(email).isPresent());
            cohorts.removeInstructor(t.cohortId(), email);
            CohortView after = cohorts.removeInstructor(t.cohortId(), email);
            assertTrue(after.instructors().stream().noneMatch(p -> p.email().equals(email)));
            assertEquals(1, after.instructors().size());
        });
    }

    private static void assertNotFound(Runnable call) {
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, call::run).kind());
    }
}
