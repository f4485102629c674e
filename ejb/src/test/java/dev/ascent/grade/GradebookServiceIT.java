package dev.ascent.grade;

import static dev.ascent.cohort.Tenants.INSTRUCTOR;
import static dev.ascent.cohort.Tenants.PROVIDER_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.cohort.EnrollmentService;
import dev.ascent.cohort.Tenants;
import dev.ascent.course.CourseOutline;
import dev.ascent.course.CourseService;
import dev.ascent.grade.Gradebook.Cell;
import dev.ascent.grade.Gradebook.LearnerRow;
import dev.ascent.grade.Gradebook.State;
import dev.ascent.identity.TestPeople;
import dev.ascent.learning.Learning;
import dev.ascent.learning.MyLearningService;
import dev.ascent.quiz.GradingMethod;
import dev.ascent.quiz.QuizSettingsService;
import dev.ascent.quiz.ReviewPolicy;
import dev.ascent.quiz.ReviewWhen;
import dev.ascent.quiz.SettingsOverride;
import dev.ascent.quizzes.Item;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class GradebookServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    GradebookService gradebooks;
    @Inject
    ItemAnalysisService analyses;
    @Inject
    MyLearningService learning;
    @Inject
    EnrollmentService enrollments;
    @Inject
    QuizSettingsService settings;
    @Inject
    CourseService courses;
    @Inject
    Tenants tenants;
    @Inject
    TestPeople people;
    @Inject
    GradebookSeed seed;
    @Inject
    StatementCounter counter;

    private List<String> quizIds() {
        return courses.outline("ml-engineer").units().stream().map(CourseOutline.UnitOutline::quizId).toList();
    }

    private List<String> unitKeys() {
        return courses.outline("ml-engineer").units().stream().map(CourseOutline.UnitOutline::id).toList();
    }

    private Gradebook page(Tenants.Tenant t, GradebookQuery query) {
        return Identities.as(t.instructorId(), INSTRUCTOR, () -> gradebooks.page(t.cohortId(), query));
    }

    @Test
    void grades_match_my_learning_for_the_same_attempts_and_staff_see_them_whatever_the_review_policy() {
        Tenants.Tenant t = tenants.create("Gb match");
        String learner = people.learner("Rita").getId();
        List<String> quizzes = quizIds();
        List<String> units = unitKeys();
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> {
            enrollments.add(t.cohortId(), people.email(learner), "Rita Learner", "R-1");
            // Unit 1 graded by the last attempt: 90 then 50 makes 50, a fail (pass mark 70).
            settings.put(t.cohortId(), units.get(0), new SettingsOverride(null, null, null, null, GradingMethod.LAST,
                    null, null, null, null, null));
        });
        Timestamp now = Timestamp.from(Instant.now());
        seed.attempt(quizzes.get(0), learner, t.cohortId(), 1, "SUBMITTED", 9.0, now);
        seed.attempt(quizzes.get(0), learner, t.cohortId(), 2, "SUBMITTED", 5.0, now);
        seed.attempt(quizzes.get(1), learner, t.cohortId(), 1, "SUBMITTED", 8.0, now);
        seed.attempt(quizzes.get(1), learner, t.cohortId(), 2, "IN_PROGRESS", null, now);
        seed.attempt(quizzes.get(2), learner, t.cohortId(), 1, "SUBMITTED", 1.0, now);
        seed.attempt(quizzes.get(3), learner, t.cohortId(), 1, "IN_PROGRESS", null, now);

        Learning mine = Identities.as(learner, () -> learning.mine()).get(0);
        LearnerRow row = page(t, GradebookQuery.first(10)).rows().get(0);
        assertEquals("Rita Learner", row.name());
        assertEquals("R-1", row.externalId());
        assertEquals("ACTIVE", row.status(), "opening My learning made the learner active");
        for (int i = 0; i < mine.units().size(); i++) {
            Learning.UnitProgress seen = mine.units().get(i);
            Cell cell = row.units().get(i);
            assertEquals(seen.unitKey(), cell.unitKey());
            assertEquals(seen.status().name(), cell.state().name(), seen.unitKey());
            assertEquals(seen.gradePercent(), cell.gradePercent(), seen.unitKey());
            assertEquals(seen.attemptsUsed(), cell.attemptsUsed(), seen.unitKey());
        }
        assertEquals(List.of(State.FAILED, State.PASSED, State.FAILED, State.IN_PROGRESS, State.NOT_STARTED),
                row.units().subList(0, 5).stream().map(Cell::state).toList());
        assertEquals(50.0, row.units().get(0).gradePercent(), 1e-9, "the last attempt, by the cohort's grading method");
        assertTrue(row.units().get(1).inProgress(), "a pass with an open attempt shows the open attempt too");
        assertEquals(1, row.unitsPassed());
        assertEquals(mine.unitsPassed(), row.unitsPassed());
        assertNotNull(row.lastActivity());

        // The learner may not see unit 3's score any more; staff still do.
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> settings.put(t.cohortId(), units.get(2), new SettingsOverride(null,
                null, null, null, null, null, null, null, null,
                new ReviewPolicy(ReviewWhen.NEVER, ReviewWhen.NEVER, ReviewWhen.NEVER, ReviewWhen.NEVER))));
        Learning.UnitProgress hidden = Identities.as(learner, () -> learning.mine()).get(0).units().get(2);
        assertEquals(Learning.Status.SUBMITTED, hidden.status());
        assertNull(hidden.gradePercent());
        Cell staff = page(t, GradebookQuery.first(10)).rows().get(0).units().get(2);
        assertEquals(State.FAILED, staff.state());
        assertEquals(10.0, staff.gradePercent(), 1e-9);
        assertEquals(Boolean.FALSE, staff.passed());

        // The summary: unit 1 has one grade (50), unit 2 one pass.
        Gradebook.UnitSummary first = page(t, GradebookQuery.first(10)).summary().get(0);
        assertEquals(1, first.attempted());
        assertEquals(50.0, first.meanPercent(), 1e-9);
        assertEquals(50.0, first.medianPercent(), 1e-9);
        assertEquals(0.0, first.passRate(), 1e-9);
        assertEquals(1, first.histogram().get(5));
    }

    @Test
    void filters_search_sort_and_paging_cover_the_cohort_once() {
        Tenants.Tenant t = tenants.create("Gb filters");
        List<String> quizzes = quizIds();
        List<String> units = unitKeys();
        seed.learners(t.cohortId(), quizzes.subList(0, 2), 23, "Filter");
        String someone = people.learner("Nobody Yet").getId();
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> enrollments.add(t.cohortId(), people.email(someone), "Zed Waiting", "=SUM(A1)"));

        Gradebook all = page(t, new GradebookQuery(0, 200, null, null, null, null, null));
        assertEquals(24, all.learners());
        assertEquals(24, all.matching());
        // Unit 1 (default: highest, pass mark 70): learner i scores (i+1) % 11, and every third also (i+2) % 11, of 10.
        long expectedFailed = all.rows().stream().filter(r -> r.cell(units.get(0)).state() == State.FAILED).count();
        Gradebook failed = page(t, new GradebookQuery(0, 200, null, units.get(0), "failed", null, null));
        assertEquals(expectedFailed, failed.matching());
        assertTrue(failed.rows().stream().allMatch(r -> r.cell(units.get(0)).gradePercent() < 70));
        assertTrue(expectedFailed > 0 && expectedFailed < 23);
        Gradebook notStarted = page(t, new GradebookQuery(0, 200, null, units.get(0), "NOT_STARTED", null, null));
        assertEquals(List.of("Zed Waiting"), notStarted.rows().stream().map(LearnerRow::name).toList());
        assertEquals(List.of("Zed Waiting"), page(t, new GradebookQuery(0, 10, "INVITED", null, null, null, null)).rows()
                .stream().map(LearnerRow::name).toList());
        assertEquals(List.of("Filter 17"), page(t, new GradebookQuery(0, 10, null, null, null, "FILTER 17", null)).rows()
                .stream().map(LearnerRow::name).toList());
        assertEquals(1, page(t, new GradebookQuery(0, 10, null, null, null, "s-17", null)).matching(), "by external id");

        // Sorted by unit 1's grade, descending, nulls last; pages of 5 cover everyone once.
        List<LearnerRow> paged = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            Gradebook page = page(t, new GradebookQuery(p, 5, null, null, null, null, "-" + units.get(0)));
            assertEquals(24, page.matching());
            paged.addAll(page.rows());
        }
        assertEquals(24, paged.size());
        assertEquals(24, new HashSet<>(paged.stream().map(LearnerRow::personId).toList()).size());
        List<Double> grades = paged.stream().map(r -> r.cell(units.get(0)).gradePercent()).toList();
        assertNull(grades.get(23), "no grade sorts last");
        List<Double> present = grades.stream().filter(Objects::nonNull).toList();
        assertEquals(present.stream().sorted(Comparator.reverseOrder()).toList(), present);
        assertEquals(100.0, present.get(0), 1e-9);

        List<String> byName = page(t, new GradebookQuery(0, 200, null, null, null, null, "-name")).rows().stream()
                .map(LearnerRow::name).toList();
        assertEquals("Zed Waiting", byName.get(0));
        List<Integer> attempts = page(t, new GradebookQuery(0, 200, null, null, null, null, units.get(0) + ".attempts"))
                .rows().stream().map(r -> r.cell(units.get(0)).attemptsUsed()).toList();
        assertEquals(attempts.stream().sorted().toList(), attempts);

        DomainException bad = assertThrows(DomainException.class,
                () -> page(t, new GradebookQuery(0, 10, null, null, null, null, "password")));
        assertTrue(bad.getMessage().contains("sort"), bad.getMessage());
        assertThrows(DomainException.class, () -> page(t, new GradebookQuery(0, 10, null, "u99", "passed", null, null)));
        assertThrows(DomainException.class, () -> new GradebookQuery(0, 500, null, null, null, null, null));
    }

    @Test
    void a_learner_is_refused_and_another_providers_cohort_is_not_found() {
        Tenants.Tenant t = tenants.create("Gb scope");
        Tenants.Tenant other = tenants.create("Gb other");
        String learner = people.learner("Lea").getId();
        Identities.run(t.adminId(), PROVIDER_ADMIN, () -> enrollments.add(t.cohortId(), people.email(learner), null, null));
        assertThrows(EJBAccessException.class,
                () -> Identities.as(learner, () -> gradebooks.page(t.cohortId(), GradebookQuery.first(10))));
        assertThrows(EJBAccessException.class,
                () -> Identities.as(learner, () -> analyses.analyse(t.cohortId(), quizIds().get(0))));
        DomainException notFound = assertThrows(DomainException.class, () -> Identities.as(other.adminId(), PROVIDER_ADMIN,
                () -> gradebooks.page(t.cohortId(), GradebookQuery.first(10))));
        assertEquals(DomainException.notFound("cohort", t.cohortId()).getMessage(), notFound.getMessage());
        assertThrows(DomainException.class, () -> Identities.as(other.instructorId(), INSTRUCTOR,
                () -> analyses.analyse(t.cohortId(), quizIds().get(0))));
        // Its own admin and the cohort's instructor may.
        assertEquals(1, Identities.as(t.adminId(), PROVIDER_ADMIN, () -> gradebooks.page(t.cohortId(), GradebookQuery.first(10)))
                .learners());
    }

    @Test
    void one_page_issues_as_many_statements_for_1000_learners_as_for_10() {
        Tenants.Tenant small = tenants.create("Gb small");
        Tenants.Tenant large = tenants.create("Gb large");
        List<String> quizzes = quizIds();
        seed.learners(small.cohortId(), quizzes, 10, "Small");
        seed.learners(large.cohortId(), quizzes, 1000, "Large");
        GradebookQuery query = new GradebookQuery(0, 50, null, unitKeys().get(2), "passed", null, "-" + unitKeys().get(2));
        page(small, query); // warm: the course and settings are then in the shared cache for both
        page(large, query);
        StatementCounter.Counted<Gradebook> ten = counter.count(() -> page(small, query));
        StatementCounter.Counted<Gradebook> thousand = counter.count(() -> page(large, query));
        assertEquals(10, ten.result().learners());
        assertEquals(1000, thousand.result().learners());
        assertEquals(50, thousand.result().rows().size());
        assertFalse(ten.statements().isEmpty(), "the counter sees the statements");
        assertEquals(ten.statements().size(), thousand.statements().size(),
                "10 learners:\n" + String.join("\n", ten.statements()) + "\n1000 learners:\n"
                        + String.join("\n", thousand.statements()));
    }

    @Test
    void item_analysis_matches_the_hand_computed_figures() {
        Tenants.Tenant t = tenants.create("Gb items");
        String quizId = quizIds().get(0);
        List<Item> items = seed.singleChoiceItems(quizId).subList(0, 3);
        List<String> drawn = items.stream().map(Item::id).toList();
        // The five sittings of ItemStatisticsTest: A B C = 111, 110, 100, 000, 111.
        int[][] credits = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 0}, {1, 1, 1}};
        for (int s = 0; s < credits.length; s++) {
            String person = people.learner("Sitter " + s).getId();
            List<Object[]> responses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Item item = items.get(i);
                String key = item.answerIds().get(0);
                String wrong = item.options().stream().map(o -> o.id()).filter(id -> !id.equals(key)).findFirst().orElseThrow();
                if (s == 3 && i == 2) {
                    continue; // drawn, never answered: no credit, no choice
                }
                responses.add(new Object[] {item.id(), (double) credits[s][i],
                        "{\"selected\":[\"" + (credits[s][i] == 1 ? key : wrong) + "\"]}"});
            }
            seed.scoredAttempt(quizId, person, t.cohortId(), 1, drawn, responses);
        }
        ItemAnalysis analysis = Identities.as(t.instructorId(), INSTRUCTOR, () -> analyses.analyse(t.cohortId(), quizId));
        assertEquals(5, analysis.attempts());
        assertEquals(0.794118, analysis.alpha(), 1e-6);
        assertEquals(List.of(0.8, 0.6, 0.4), analysis.items().stream().map(ItemAnalysis.ItemRow::facility).toList());
        assertEquals(0.559017, analysis.items().get(0).discrimination(), 1e-6);
        assertEquals(0.763763, analysis.items().get(1).discrimination(), 1e-6);
        assertEquals(0.612372, analysis.items().get(2).discrimination(), 1e-6);
        ItemAnalysis.ItemRow third = analysis.items().get(2);
        ItemAnalysis.OptionCount keyOption = third.options().stream().filter(ItemAnalysis.OptionCount::correct).findFirst().orElseThrow();
        assertEquals(2, keyOption.chosen());
        assertEquals(2, third.options().stream().filter(o -> !o.correct()).mapToInt(ItemAnalysis.OptionCount::chosen).sum(),
                "three wrong sittings, one of which never answered");
        assertEquals(Set.of(), new HashSet<>(third.flags()));
        assertThrows(DomainException.class, () -> Identities.as(t.instructorId(), INSTRUCTOR,
                () -> analyses.analyse(t.cohortId(), "no-such-quiz")));
    }
}
