package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.course.CourseService;
import dev.ascent.identity.TestPeople;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.QuizSettingsService;
import dev.ascent.quiz.SettingsOverride;
import dev.ascent.quizzes.ItemType;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.DomainException;
import dev.ascent.shared.Identities;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AttemptServiceIT {

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

    /** Every item of the pool drawn, so a test can count on finding an item of each type. */
    private void drawAll(int unit) {
        int pool = Identities.as(instructor, java.util.Set.of(dev.ascent.identity.Roles.USER,
                dev.ascent.identity.Roles.INSTRUCTOR), () -> settings.get(cohort, AttemptTesting.unitKey(unit)).poolSize());
        AttemptTesting.override(settings, instructor, cohort, unit, AttemptTesting.draw(pool));
    }

    @Test
    void right_answers_to_every_drawn_item_score_full_marks_and_pass() {
        Identities.run(learner, () -> {
            AttemptViews.Started started = attempts.start(quiz(2), null);
            assertTrue(started.created());
            AttemptViews.Sheet sheet = started.sheet();
            assertEquals(10, sheet.items().size());
            assertEquals(cohort, sheet.cohortId());
            assertEquals(1, sheet.number());
            for (RenderedItem item : fixtures.rendered(sheet.id())) {
                attempts.save(sheet.id(), item.itemId(), fixtures.rightAnswer(sheet.id(), item), 0);
            }
            AttemptViews.Result result = attempts.submit(sheet.id());
            assertEquals(10.0, result.score(), 1e-9);
            assertEquals(100.0, result.percent(), 1e-9);
            assertTrue(result.passed());
            assertEquals("SUBMITTED", result.state());
            assertFalse(result.autoSubmitted());
            assertTrue(fixtures.credits(sheet.id()).stream().allMatch(row -> ((Double) row[1]) == 1.0),
                    "each item's credit is stored at submit");
        });
    }

    @Test
    void unanswered_items_score_nothing_and_a_second_submit_returns_the_same_result_without_grading_again() {
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(3), null).sheet();
            RenderedItem first = fixtures.rendered(sheet.id()).get(0);
            attempts.save(sheet.id(), first.itemId(), fixtures.rightAnswer(sheet.id(), first), 0);

            AttemptViews.Result result = attempts.submit(sheet.id());
            assertEquals(1.0, result.score(), 1e-9);
            assertFalse(result.passed());
            var submittedAt = fixtures.attempt(sheet.id()).getSubmittedAt();
            assertEquals(result, attempts.submit(sheet.id()));
            assertEquals(submittedAt, fixtures.attempt(sheet.id()).getSubmittedAt(), "graded once");
        });
    }

    @Test
    void saving_after_submit_is_refused_and_keeps_the_stored_answer() {
        drawAll(1);
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(1), null).sheet();
            String itemId = itemOfType(sheet, "short-text");
            attempts.save(sheet.id(), itemId, Answer.ofText("first"), 0);
            attempts.submit(sheet.id());

            DomainException refused = assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), itemId, Answer.ofText("late"), 1));
            assertEquals("attempt-closed", refused.type());
            assertEquals("first", attempts.get(sheet.id()).responses().get(itemId).answer().text());
        });
    }

    @Test
    void saves_count_revisions_a_stale_tab_is_refused_and_a_repeated_save_is_harmless() {
        drawAll(4);
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(4), null).sheet();
            String itemId = itemOfType(sheet, "numeric");
            assertEquals(1, attempts.save(sheet.id(), itemId, Answer.ofNumber(1), 0).revision());
            AttemptViews.Saved second = attempts.save(sheet.id(), itemId, Answer.ofNumber(2), 1);
            assertEquals(2, second.revision());

            // The same save again (a retry after a lost response) succeeds and changes nothing.
            assertEquals(second, attempts.save(sheet.id(), itemId, Answer.ofNumber(2), 1));

            // A tab that still thinks revision 1 is current must not overwrite revision 2.
            DomainException stale = assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), itemId, Answer.ofNumber(3), 1));
            assertEquals("stale-save", stale.type());
            assertEquals(DomainException.Kind.CONFLICT, stale.kind());
            assertEquals(2, stale.extensions().get("currentRevision"));
            // Nor a tab that never saw an answer at all.
            assertEquals("stale-save", assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), itemId, Answer.ofNumber(4), 0)).type());

            AttemptViews.SavedAnswer kept = attempts.get(sheet.id()).responses().get(itemId);
            assertEquals(2.0, kept.answer().number());
            assertEquals(2, kept.revision());
        });
    }

    @Test
    void an_answer_must_fit_its_item() {
        drawAll(4);
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(4), null).sheet();
            String numeric = itemOfType(sheet, "numeric");
            assertEquals("invalid-answer", assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), numeric, Answer.ofText("12"), 0)).type());
            String choice = itemOfType(sheet, "single-choice");
            assertEquals("invalid-answer", assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), choice, Answer.choice("no-such-option"), 0)).type());
            assertNull(attempts.get(sheet.id()).responses().get(choice), "nothing stored");
        });
    }

    @Test
    void starting_again_resumes_the_open_attempt_with_its_draw_and_answers() {
        Identities.run(learner, () -> {
            AttemptViews.Sheet first = attempts.start(quiz(5), null).sheet();
            String itemId = first.items().get(0).id();
            RenderedItem rendered = fixtures.rendered(first.id()).get(0);
            attempts.save(first.id(), itemId, fixtures.rightAnswer(first.id(), rendered), 0);

            AttemptViews.Started again = attempts.start(quiz(5), null);
            assertFalse(again.created());
            assertEquals(first.id(), again.sheet().id());
            assertEquals(first.items(), again.sheet().items(), "same draw, same order, same option order");
            assertEquals(fixtures.rightAnswer(first.id(), rendered), again.sheet().responses().get(itemId).answer());
        });
    }

    @Test
    void attempts_allowed_are_counted_per_learner_and_quiz() {
        AttemptTesting.override(settings, instructor, cohort, 6,
                new SettingsOverride(2, null, null, 2, null, null, null, null, null, null));
        Identities.run(learner, () -> {
            attempts.submit(attempts.start(quiz(6), null).sheet().id());
            AttemptViews.Sheet second = attempts.start(quiz(6), null).sheet();
            assertEquals(2, second.number());
            assertEquals(2, second.items().size(), "the cohort's draw count");
            attempts.submit(second.id());
            DomainException exhausted = assertThrows(DomainException.class, () -> attempts.start(quiz(6), null));
            assertEquals("attempts-exhausted", exhausted.type());
            assertEquals(2, attempts.history(quiz(6), null).attemptsUsed());
            assertFalse(attempts.history(quiz(6), null).canStart());
        });
        // Another learner of the same cohort has their own count.
        String other = people.learner("Other").getId();
        fixtures.enroll(cohort, other, "ACTIVE");
        Identities.run(other, () -> assertTrue(attempts.start(quiz(6), null).created()));
    }

    @Test
    void only_active_learners_of_a_cohort_on_the_course_may_start() {
        String outsider = people.learner("Outsider").getId();
        Identities.run(outsider, () -> {
            DomainException refused = assertThrows(DomainException.class, () -> attempts.start(quiz(1), null));
            assertEquals("not-enrolled", refused.type());
            assertEquals(DomainException.Kind.FORBIDDEN, refused.kind());
        });
        String withdrawn = people.learner("Withdrawn").getId();
        fixtures.enroll(cohort, withdrawn, "WITHDRAWN");
        Identities.run(withdrawn, () -> assertEquals("not-enrolled",
                assertThrows(DomainException.class, () -> attempts.start(quiz(1), null)).type()));
        Identities.run(learner, () -> assertEquals("not-enrolled",
                assertThrows(DomainException.class, () -> attempts.start(quiz(1), fixtures.cohort())).type(),
                "naming a cohort one is not in"));
    }

    @Test
    void a_learner_in_several_cohorts_names_the_one_to_take_the_quiz_in() {
        String second = fixtures.cohortOf(fixtures.providerOf(cohort));
        fixtures.enroll(second, learner, "ACTIVE");
        Identities.run(learner, () -> {
            DomainException ambiguous = assertThrows(DomainException.class, () -> attempts.start(quiz(1), null));
            assertEquals("cohort-required", ambiguous.type());
            assertEquals(DomainException.Kind.INVALID, ambiguous.kind());
            assertEquals(second, attempts.start(quiz(1), second).sheet().cohortId());
        });
    }

    @Test
    void unknown_quiz_attempt_or_item_is_not_found() {
        Identities.run(learner, () -> {
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attempts.start("no-such-quiz", null)).kind());
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attempts.get("no-such-attempt")).kind());
            AttemptViews.Sheet sheet = attempts.start(quiz(1), null).sheet();
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), "not-drawn", Answer.ofTruth(true), 0)).kind());
        });
    }

    @Test
    void the_sheet_shows_drawn_items_in_the_stored_order_and_no_keys() {
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(2), null).sheet();
            assertEquals(sheet.items().stream().map(AttemptViews.PresentedItem::id).toList(),
                    fixtures.rendered(sheet.id()).stream().map(RenderedItem::itemId).toList());
            assertNull(sheet.result());
            // Records of the sheet expose only ids and texts: the type system is the guarantee here.
            assertEquals(List.of("id", "text"), List.of(AttemptViews.Choice.class.getRecordComponents()).stream()
                    .map(java.lang.reflect.RecordComponent::getName).toList());
        });
    }

    @Test
    void without_shuffling_items_and_options_keep_their_authored_order_except_ordering_items() {
        AttemptTesting.override(settings, instructor, cohort, 4,
                new SettingsOverride(15, false, false, 0, null, null, null, null, null, null));
        Identities.run(learner, () -> {
            AttemptViews.Sheet sheet = attempts.start(quiz(4), null).sheet();
            List<RenderedItem> rendered = fixtures.rendered(sheet.id());
            for (int i = 0; i < rendered.size(); i++) {
                RenderedItem item = rendered.get(i);
                List<String> shown = sheet.items().get(i).options().stream().map(AttemptViews.Choice::id).toList();
                ChoiceIds ids = fixtures.ids(sheet.id(), item);
                List<String> authored = item.options().stream().map(c -> ids.option(c.id())).toList();
                if (item.type() != ItemType.ORDERING) {
                    assertEquals(authored, shown, "options in authored order when not shuffled");
                }
            }
            List<Integer> positions = sheet.items().stream().map(i -> positionOf(i.id())).toList();
            assertEquals(positions.stream().sorted().toList(), positions, "items in pool order when not shuffled");
        });
    }

    @Test
    void another_learner_cannot_see_or_touch_my_attempt() {
        String mine = Identities.as(learner, () -> attempts.start(quiz(1), null).sheet().id());
        String other = people.learner("Other").getId();
        fixtures.enroll(cohort, other, "ACTIVE");
        Identities.run(other, () -> {
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attempts.get(mine)).kind());
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attempts.submit(mine)).kind());
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                    () -> attempts.save(mine, "x", Answer.ofTruth(true), 0)).kind());
        });
    }

    @Test
    void nobody_signed_in_cannot_start_an_attempt() {
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> attempts.start(quiz(1), null));
    }

    private String quiz(int unit) {
        return AttemptTesting.quizOfUnit(courses, unit);
    }

    private int positionOf(String itemKey) {
        // Item keys are u<unit>-q<nn> in pool order.
        return Integer.parseInt(itemKey.substring(itemKey.indexOf("-q") + 2));
    }

    private static String itemOfType(AttemptViews.Sheet sheet, String type) {
        return sheet.items().stream().filter(i -> i.type().equals(type)).findFirst()
                .map(AttemptViews.PresentedItem::id)
                .orElseThrow(() -> new AssertionError("no " + type + " item drawn: " + Map.of("items", sheet.items())));
    }
}
