package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.course.CourseImporter;
import dev.ascent.course.CourseOutline;
import dev.ascent.course.CourseService;
import dev.ascent.identity.Roles;
import dev.ascent.identity.TestPeople;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.QuizSettingsService;
import dev.ascent.quizzes.CourseContent;
import dev.ascent.quizzes.CourseLoader;
import dev.ascent.quizzes.Item;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.quizzes.UnitContent;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Re-grading after a key correction: a course of its own is imported, a cohort takes unit 1 of
 * version 1, then version 2 corrects the key of a single-choice item of unit 1. The dry run
 * equals the re-grade, every change is audited and fires an event, and the learners' standings follow.
 */
@ExtendWith(ArquillianExtension.class)
class RegradeIT {

    private static final Set<String> INSTRUCTOR = Set.of(Roles.USER, Roles.INSTRUCTOR);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    /** Collects the events a re-grade fires. */
    @ApplicationScoped
    public static class Events {
        private final List<AttemptRegraded> seen = new CopyOnWriteArrayList<>();

        void on(@Observes AttemptRegraded event) {
            seen.add(event);
        }

        public List<AttemptRegraded> seen() {
            return List.copyOf(seen);
        }

        public void clear() {
            seen.clear();
        }
    }

    @Inject
    RegradeService regrades;
    @Inject
    AttemptService attempts;
    @Inject
    CourseImporter importer;
    @Inject
    CourseService courses;
    @Inject
    QuizSettingsService settings;
    @Inject
    TestPeople people;
    @Inject
    AttemptFixtures fixtures;
    @Inject
    Events events;
    @Inject
    StaffAttempts staff;

    String slug;
    String cohort;
    String instructor;
    String quizV1;

    @BeforeEach
    void cohortOnVersionOne() {
        slug = "regrade-" + UUID.randomUUID();
        CourseContent bundled = CourseLoader.fromClasspath(CourseLoader.class.getClassLoader(), "course");
        importer.importCourse(new CourseContent(slug, bundled.title(), bundled.summary(), bundled.concepts(),
                bundled.units(), bundled.contentHash()));
        cohort = fixtures.cohortOn(slug);
        instructor = people.learner("Instructor").getId();
        fixtures.instruct(cohort, instructor);
        CourseOutline.UnitOutline unit = courses.outline(slug).units().get(0);
        quizV1 = unit.quizId();
        // Every attempt draws the whole pool, so every attempt has the corrected item.
        AttemptTesting.override(settings, instructor, cohort, 1, AttemptTesting.draw(unit.poolSize()));
    }

    @Test
    void the_dry_run_equals_the_regrade_which_is_audited_and_moves_the_learners_grades() {
        String right = people.learner("Old key").getId();
        String corrected = people.learner("New key").getId();
        String open = people.learner("Working").getId();
        for (String who : List.of(right, corrected, open)) {
            fixtures.enroll(cohort, who, "ACTIVE");
        }
        CourseContent v2 = correctedVersion();
        String itemKey = firstSingleChoiceKey(v2);
        String rightAttempt = take(right, itemKey, null);
        String correctedAttempt = take(corrected, itemKey, newKey(v2, itemKey));
        String openAttempt = Identities.as(open, () -> attempts.start(quizV1, cohort).sheet().id());
        importer.importCourse(v2);
        int version2 = courses.outline(slug).version();
        assertEquals(2, version2);

        double rightBefore = fixtures.attempt(rightAttempt).getScore();
        double correctedBefore = fixtures.attempt(correctedAttempt).getScore();
        Double rightGradeBefore = Identities.as(right, () -> attempts.history(quizV1, cohort).grade().percent());

        RegradeService.Plan dry = Identities.as(instructor, INSTRUCTOR, () -> regrades.dryRun(cohort, "u1", itemKey, 2));
        assertEquals(2, dry.attemptsConsidered(), "the submitted attempts only: " + dry);
        assertEquals(2, dry.attempts().size());
        RegradeService.AttemptChange down = change(dry, rightAttempt);
        assertEquals(1.0, down.oldCredit(), 1e-9);
        assertEquals(0.0, down.newCredit(), 1e-9);
        assertEquals(rightBefore - 1, down.newScore(), 1e-9);
        RegradeService.AttemptChange up = change(dry, correctedAttempt);
        assertEquals(0.0, up.oldCredit(), 1e-9);
        assertEquals(1.0, up.newCredit(), 1e-9);
        assertEquals(correctedBefore + 1, up.newScore(), 1e-9);
        assertEquals(2, dry.grades().size(), "both learners' grades change");
        assertEquals(rightBefore, fixtures.attempt(rightAttempt).getScore(), 1e-9, "a dry run writes nothing");
        assertTrue(Identities.as(instructor, INSTRUCTOR, () -> regrades.audit(cohort, "u1")).isEmpty());

        events.clear();
        RegradeService.Plan applied = Identities.as(instructor, INSTRUCTOR,
                () -> regrades.apply(cohort, "u1", itemKey, 2, "Key of " + itemKey + " corrected in version 2"));
        assertEquals(dry, applied, "the dry run showed exactly what the re-grade did");

        assertEquals(rightBefore - 1, fixtures.attempt(rightAttempt).getScore(), 1e-9);
        assertEquals(correctedBefore + 1, fixtures.attempt(correctedAttempt).getScore(), 1e-9);
        assertTrue(fixtures.credits(rightAttempt).stream()
                .anyMatch(row -> itemKey.equals(row[0]) && ((Double) row[1]) == 0.0), "the item's credit too");
        Double rightGradeAfter = Identities.as(right, () -> attempts.history(quizV1, cohort).grade().percent());
        assertNotEquals(rightGradeBefore, rightGradeAfter, "the learner's standing follows");
        assertEquals(dry.grades().stream().filter(g -> g.personId().equals(right)).findFirst().orElseThrow()
                .newGradePercent(), rightGradeAfter, 1e-9);

        List<RegradeService.AuditEntry> audit = Identities.as(instructor, INSTRUCTOR, () -> regrades.audit(cohort, "u1"));
        assertEquals(2, audit.size());
        RegradeService.AuditEntry entry = audit.stream().filter(e -> e.attemptId().equals(rightAttempt)).findFirst()
                .orElseThrow();
        assertEquals(instructor, entry.changedBy());
        assertEquals(right, entry.personId());
        assertEquals(rightBefore, entry.oldScore(), 1e-9);
        assertEquals(rightBefore - 1, entry.newScore(), 1e-9);
        assertEquals("Key of " + itemKey + " corrected in version 2", entry.reason());
        assertEquals(2, events.seen().size());
        assertEquals(Set.of(rightAttempt, correctedAttempt),
                Set.copyOf(events.seen().stream().map(AttemptRegraded::attemptId).toList()));

        // Again: nothing left to change; the open attempt was never touched.
        RegradeService.Plan again = Identities.as(instructor, INSTRUCTOR, () -> regrades.dryRun(cohort, "u1", itemKey, 2));
        assertTrue(again.attempts().isEmpty());
        assertEquals(Attempt.State.IN_PROGRESS, fixtures.attempt(openAttempt).getState());
    }

    @Test
    void a_regrade_keeps_the_credit_staff_set_by_hand_and_regrades_the_others() {
        String byHand = people.learner("Credit by hand").getId();
        String other = people.learner("Credit by key").getId();
        for (String who : List.of(byHand, other)) {
            fixtures.enroll(cohort, who, "ACTIVE");
        }
        CourseContent v2 = correctedVersion();
        String itemKey = firstSingleChoiceKey(v2);
        // Both answer the item by the old key: right in version 1, wrong in version 2.
        String byHandAttempt = take(byHand, itemKey, null);
        String otherAttempt = take(other, itemKey, null);
        // Staff set the item's credit of one attempt by hand (half credit).
        Identities.run(instructor, INSTRUCTOR, () -> staff.setCredit(byHandAttempt, itemKey, 0.5));
        double byHandScore = fixtures.attempt(byHandAttempt).getScore();
        double otherScore = fixtures.attempt(otherAttempt).getScore();
        importer.importCourse(v2);

        RegradeService.Plan dry = Identities.as(instructor, INSTRUCTOR, () -> regrades.dryRun(cohort, "u1", itemKey, 2));
        assertEquals(2, dry.attemptsConsidered(), dry::toString);
        assertEquals(List.of(otherAttempt), dry.attempts().stream().map(RegradeService.AttemptChange::attemptId).toList(),
                "the attempt whose credit staff set is not in the plan");
        RegradeService.Plan applied = Identities.as(instructor, INSTRUCTOR,
                () -> regrades.apply(cohort, "u1", itemKey, 2, "Key corrected; hand-set credit stays"));
        assertEquals(dry, applied);

        assertEquals(byHandScore, fixtures.attempt(byHandAttempt).getScore(), 1e-9, "its score is unchanged");
        assertTrue(fixtures.credits(byHandAttempt).stream()
                .anyMatch(row -> itemKey.equals(row[0]) && Math.abs((Double) row[1] - 0.5) < 1e-9),
                "its credit is still the one staff set");
        assertEquals(otherScore - 1, fixtures.attempt(otherAttempt).getScore(), 1e-9, "the other attempt is re-graded");
        assertTrue(fixtures.credits(otherAttempt).stream()
                .anyMatch(row -> itemKey.equals(row[0]) && ((Double) row[1]) == 0.0));
        assertEquals(Set.of(otherAttempt), Set.copyOf(Identities.as(instructor, INSTRUCTOR,
                () -> regrades.audit(cohort, "u1")).stream().map(RegradeService.AuditEntry::attemptId).toList()),
                "only the re-graded attempt is audited");
    }

    @Test
    void only_the_cohorts_staff_regrade_and_a_reason_is_required() {
        importer.importCourse(correctedVersion());
        String itemKey = firstSingleChoiceKey(correctedVersion());
        Identities.run(instructor, INSTRUCTOR, () -> {
            Exception noReason = assertThrows(Exception.class, () -> regrades.apply(cohort, "u1", itemKey, 2, " "));
            assertTrue(causedBy(noReason, ConstraintViolationException.class), noReason.toString());
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                    () -> regrades.dryRun(cohort, "u1", itemKey, 9)).kind(), "no such version");
        });
        String other = people.learner("Other instructor").getId();
        fixtures.instruct(fixtures.cohortOn(slug), other);
        Identities.run(other, INSTRUCTOR, () -> assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> regrades.dryRun(cohort, "u1", itemKey, 2)).kind()));
        String learner = people.learner("Learner").getId();
        fixtures.enroll(cohort, learner, "ACTIVE");
        Identities.run(learner, () -> assertThrows(EJBAccessException.class,
                () -> regrades.dryRun(cohort, "u1", itemKey, 2)));
    }

    /** Starts and submits an attempt answering every item right by version 1, the item {@code itemKey} with {@code option} if given. */
    private String take(String learner, String itemKey, String option) {
        return Identities.as(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quizV1, cohort).sheet();
            for (RenderedItem item : fixtures.rendered(sheet.id())) {
                Answer answer = option != null && item.itemId().equals(itemKey)
                        ? fixtures.ids(sheet.id(), item).shown(Answer.choice(option))
                        : fixtures.rightAnswer(sheet.id(), item);
                attempts.save(sheet.id(), item.itemId(), answer, 0);
            }
            attempts.submit(sheet.id());
            return sheet.id();
        });
    }

    private static String firstSingleChoiceKey(CourseContent content) {
        return content.units().get(0).items().stream().filter(i -> i.type() == ItemType.SINGLE_CHOICE
                && i.answerWhen().isEmpty()).findFirst().orElseThrow().id();
    }

    private static String newKey(CourseContent content, String itemKey) {
        return content.units().get(0).items().stream().filter(i -> i.id().equals(itemKey)).findFirst().orElseThrow()
                .answerIds().get(0);
    }

    /** Version 2: unit 1's first plain single-choice item keyed to its first option that was not the key. */
    private CourseContent correctedVersion() {
        CourseContent v1 = CourseLoader.fromClasspath(CourseLoader.class.getClassLoader(), "course");
        List<UnitContent> units = new java.util.ArrayList<>(v1.units());
        UnitContent u1 = units.get(0);
        String itemKey = firstSingleChoiceKey(v1);
        List<Item> items = u1.items().stream().map(i -> i.id().equals(itemKey) ? rekeyed(i) : i).toList();
        units.set(0, new UnitContent(u1.id(), u1.number(), u1.folder(), u1.title(), u1.summary(), u1.objectives(),
                u1.keyTerms(), u1.lessonMarkdown(), u1.quiz(), items, u1.figures()));
        return new CourseContent(slug, v1.title(), v1.summary(), v1.concepts(), units,
                new StringBuilder(v1.contentHash()).reverse().toString());
    }

    private static Item rekeyed(Item i) {
        String other = i.options().stream().map(o -> o.id()).filter(o -> !i.answerIds().contains(o)).findFirst()
                .orElseThrow();
        return new Item(i.id(), i.type(), i.stem(), i.options(), i.prompts(), List.of(other), i.answerPairs(),
                i.answerTrue(), i.answerFormula(), i.tolerance(), i.unitLabel(), i.acceptedTexts(), i.pattern(),
                i.answerWhen(), i.params(), i.let(), i.explanation(), i.concepts(), i.difficulty(), i.objective(),
                i.file(), i.line());
    }

    private static RegradeService.AttemptChange change(RegradeService.Plan plan, String attemptId) {
        return plan.attempts().stream().filter(c -> c.attemptId().equals(attemptId)).findFirst().orElseThrow();
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
