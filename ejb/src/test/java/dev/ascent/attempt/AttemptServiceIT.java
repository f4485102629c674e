package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.course.CourseService;
import dev.ascent.quiz.Answer;
import dev.ascent.quiz.QuizItem;
import dev.ascent.quizzes.RenderedItem;
import dev.ascent.identity.TestPeople;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Identities;
import dev.ascent.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
    @PersistenceContext
    EntityManager em;

    @Test
    void right_answers_to_every_drawn_item_score_full_marks_and_pass() {
        Identities.run(people.learner("Learner").getId(), () -> {
            AttemptViews.Sheet sheet = attempts.start(quizOfUnit(2));
            assertEquals(10, sheet.items().size());
            for (RenderedItem item : renderedItemsOf(sheet.id())) {
                attempts.save(sheet.id(), item.itemId(), rightAnswer(item));
            }
            AttemptViews.Result result = attempts.submit(sheet.id());
            assertEquals(10.0, result.score(), 1e-9);
            assertTrue(result.passed());
            assertEquals("SUBMITTED", result.state());
        });
    }

    @Test
    void unanswered_items_score_nothing_and_a_second_submit_returns_the_same_result() {
        Identities.run(people.learner("Learner").getId(), () -> {
            AttemptViews.Sheet sheet = attempts.start(quizOfUnit(3));
            RenderedItem first = renderedItemsOf(sheet.id()).get(0);
            attempts.save(sheet.id(), first.itemId(), rightAnswer(first));

            AttemptViews.Result result = attempts.submit(sheet.id());
            assertEquals(1.0, result.score(), 1e-9);
            assertFalse(result.passed());
            assertEquals(result, attempts.submit(sheet.id()));
        });
    }

    @Test
    void saving_after_submit_is_refused_and_keeps_the_stored_answer() {
        Identities.run(people.learner("Learner").getId(), () -> {
            AttemptViews.Sheet sheet = attempts.start(quizOfUnit(1));
            String itemId = sheet.items().get(0).id();
            attempts.save(sheet.id(), itemId, Answer.ofText("first"));
            attempts.submit(sheet.id());

            DomainException refused = assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), itemId, Answer.ofText("late")));
            assertEquals("attempt-closed", refused.type());
            assertEquals("first", attempts.get(sheet.id()).responses().get(itemId).text());
        });
    }

    @Test
    void saving_again_replaces_the_answer_and_counts_the_revision() {
        Identities.run(people.learner("Learner").getId(), () -> {
            AttemptViews.Sheet sheet = attempts.start(quizOfUnit(4));
            String itemId = sheet.items().get(0).id();
            assertEquals(1, attempts.save(sheet.id(), itemId, Answer.ofNumber(1)).revision());
            assertEquals(2, attempts.save(sheet.id(), itemId, Answer.ofNumber(2)).revision());
            assertEquals(2.0, attempts.get(sheet.id()).responses().get(itemId).number());
        });
    }

    @Test
    void unknown_quiz_attempt_or_item_is_not_found() {
        Identities.run(people.learner("Learner").getId(), () -> {
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attempts.start("no-such-quiz")).kind());
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attempts.get("no-such-attempt")).kind());
            AttemptViews.Sheet sheet = attempts.start(quizOfUnit(1));
            assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                    () -> attempts.save(sheet.id(), "not-drawn", Answer.ofTruth(true))).kind());
        });
    }

    @Test
    void the_sheet_never_carries_feedback_or_keys() {
        Identities.run(people.learner("Learner").getId(), () -> {
            AttemptViews.Sheet sheet = attempts.start(quizOfUnit(2));
            assertEquals(sheet.items().stream().map(AttemptViews.PresentedItem::id).toList(),
                    renderedItemsOf(sheet.id()).stream().map(RenderedItem::itemId).toList());
            // Records of the sheet expose only ids and texts: the type system is the guarantee here.
            assertEquals(List.of("id", "text"), List.of(AttemptViews.Choice.class.getRecordComponents()).stream()
                    .map(java.lang.reflect.RecordComponent::getName).toList());
        });
    }

    @Test
    void another_learner_cannot_see_or_touch_my_attempt() {
        String mine = Identities.as(people.learner("Owner").getId(), () -> attempts.start(quizOfUnit(1)).id());
        Identities.run(people.learner("Other").getId(), () -> {
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attempts.get(mine)).kind());
            assertEquals(DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, () -> attempts.submit(mine)).kind());
        });
    }

    @Test
    void nobody_signed_in_cannot_start_an_attempt() {
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> attempts.start(quizOfUnit(1)));
    }

    private String quizOfUnit(int number) {
        return courses.outline("ml-engineer").units().get(number - 1).quizId();
    }

    /** What the server itself holds for the attempt: the drawn items rendered with its seed. */
    private List<RenderedItem> renderedItemsOf(String attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        return attempt.getItemKeys().stream()
                .map(key -> em.createQuery("select i from QuizItem i where i.quizId = :q and i.itemKey = :k", QuizItem.class)
                        .setParameter("q", attempt.getQuizId()).setParameter("k", key).getSingleResult()
                        .definition().render(attempt.getSeed()))
                .toList();
    }

    static Answer rightAnswer(RenderedItem item) {
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE, ORDERING ->
                    new Answer(item.correctIds(), null, null, null, null);
            case TRUE_FALSE -> Answer.ofTruth(item.correctTrue());
            case NUMERIC -> Answer.ofNumber(item.correctNumber());
            case MATCHING -> Answer.ofPairs(item.correctPairs());
            case SHORT_TEXT -> Answer.ofText(item.acceptedTexts().get(0));
        };
    }
}
