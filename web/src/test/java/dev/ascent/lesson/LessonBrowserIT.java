package dev.ascent.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.LearningPage;
import dev.ascent.browser.LoginPage;
import dev.ascent.browser.QuizScreen;
import dev.ascent.browser.UnitScreen;
import dev.ascent.identity.TestPerson;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A learner in Chromium: from My learning to unit 4's lesson, reads it to the end (the page marks
 * it read), takes the quiz from the unit page, submits it unanswered, and follows the "Review" link
 * of question 1 back to the section that teaches that question's objective.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_learner_reads_unit_4_takes_its_quiz_and_follows_a_review_link_back_to_the_right_section() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson ada = TestPerson.create(base, "Ada Reader");
        fixtures.enroll(cohort, new Fixtures.Person(ada.id(), null), "ACTIVE");
        Http api = new Http(base).signIn(ada.email(), ada.password());
        LoginPage.open(browser, base).signInWithKeyboard(ada.email(), ada.password());

        LearningPage learning = LearningPage.open(browser, base);
        WebElement readUnit4 = learning.card(cohortName(api, cohort)).findElements(By.cssSelector(".lesson-link")).get(3);
        assertEquals("Read the lesson of unit 4", readUnit4.getAttribute("textContent").strip().replaceAll("\\s+", " "));
        readUnit4.click();

        UnitScreen unit = UnitScreen.current(browser);
        assertTrue(unit.title().startsWith("Unit 4: "), unit.title());
        assertEquals(1, browser.driver().findElements(By.tagName("h1")).size(), "the lesson's own title is not a second h1");
        assertFalse(ReadingProgressIT.ok(api.get("api/courses/ml-engineer/units/u4")).getBoolean("read"));
        unit.readToTheEnd();
        assertTrue(ReadingProgressIT.ok(api.get("api/courses/ml-engineer/units/u4")).getBoolean("read"),
                "the end of the lesson came into view: marked read on the server");

        // Printed: the lesson only, without the site's navigation, the roadmap or buttons.
        UnitScreen.Print print = unit.asPrinted();
        assertEquals("none", print.display("header.ascent-header"));
        assertEquals("none", print.display(".unit-roadmap"));
        assertEquals("none", print.display("#reading"));
        assertEquals("none", print.display(".unit-quiz"));
        assertEquals("block", print.display("#lesson"));
        print.close();

        browser.tabTo(UnitScreen.QUIZ_LINK, 200);
        assertEquals("Take the quiz", browser.focused().getText().strip());
        browser.press(Keys.ENTER);
        QuizScreen quiz = QuizScreen.current(browser);
        String attemptId = quiz.startWithKeyboard();
        quiz.openSubmitWithKeyboard();
        quiz.confirmSubmitWithKeyboard();
        assertEquals("not passed", quiz.verdict());

        // Question 1 was missed: its link goes to the section teaching its item's objective.
        JsonObject attempt = ReadingProgressIT.ok(api.get("api/attempts/" + attemptId));
        String itemId = attempt.getJsonArray("items").getJsonObject(0).getString("id");
        String objectiveId = attempt.getJsonObject("result").getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("itemId").equals(itemId)).findFirst().orElseThrow().getString("objectiveId");
        JsonObject objective = ReadingProgressIT.ok(api.get("api/courses/ml-engineer/units/u4")).getJsonArray("objectives")
                .stream().map(JsonValue::asJsonObject).filter(o -> o.getString("id").equals(objectiveId)).findFirst().orElseThrow();
        WebElement review = browser.visible(By.cssSelector("#review-1 .review-link a"));
        assertTrue(review.getText().startsWith("Review: " + objective.getString("section")), review.getText());
        review.click();

        UnitScreen back = UnitScreen.current(browser);
        assertEquals(objective.getString("anchor"), back.target());
        assertTrue(back.hasElementWithId(objective.getString("anchor")));
        assertTrue(browser.path().endsWith("/app/unit.xhtml"), browser.path());
        assertTrue(back.readStatus().startsWith("You have read this lesson"), back.readStatus());
    }

    @Test
    void mark_as_read_with_the_keyboard_before_reaching_the_end() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson bo = TestPerson.create(base, "Bo Skimmer");
        fixtures.enroll(cohort, new Fixtures.Person(bo.id(), null), "ACTIVE");
        Http api = new Http(base).signIn(bo.email(), bo.password());
        LoginPage.open(browser, base).signInWithKeyboard(bo.email(), bo.password());

        UnitScreen unit = UnitScreen.open(browser, base, "ml-engineer", "u5", cohort.cohortId());
        assertTrue(unit.readStatus().startsWith("Not read yet"), unit.readStatus());
        browser.tabTo(UnitScreen.MARK_READ, 200);
        browser.press(Keys.ENTER);
        browser.until("marked as read", d -> unit.readStatus().startsWith("You have read this lesson"));
        assertTrue(ReadingProgressIT.ok(api.get("api/courses/ml-engineer/units/u5")).getBoolean("read"));
        assertTrue(browser.driver().findElements(UnitScreen.MARK_READ).isEmpty(), "no button once read");
        var card = ReadingProgressIT.card(api, cohort.cohortId());
        assertTrue(card.getJsonArray("units").getJsonObject(4).getBoolean("read"));
        assertEquals("u1", card.getJsonObject("nextStep").getString("unitKey"), "the next step is still the first unit");
        assertEquals("READ", card.getString("nextAction"), "whose lesson is not read yet");
    }

    private static String cohortName(Http api, Fixtures.Cohort cohort) {
        return ReadingProgressIT.card(api, cohort.cohortId()).getString("cohortName");
    }
}
