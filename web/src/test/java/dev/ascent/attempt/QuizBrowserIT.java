package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.LoginPage;
import dev.ascent.browser.QuizScreen;
import dev.ascent.identity.TestPerson;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A learner takes unit 4's quiz in Chromium: to a pass with every answer right (the keys come
 * from the test-only secrets endpoint), moving between questions and confirming the submission
 * with the keyboard; answers survive a reload; another tab's newer answer wins over a stale one;
 * and when the time runs out the page submits and shows the automatic result.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    Fixtures fixtures;

    @AfterEach
    void realTime() {
        if (fixtures != null) {
            fixtures.resetClock();
        }
    }

    private record Learner(TestPerson person, Fixtures.Cohort cohort, String quizId) {
    }

    private Learner signedInLearner(String name) {
        fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson person = TestPerson.create(base, name);
        fixtures.enroll(cohort, person, "ACTIVE");
        LoginPage.open(browser, base).signInWithKeyboard(person.email(), person.password());
        return new Learner(person, cohort, Fixtures.quizOfUnit(new Http(base), 4));
    }

    @Test
    void a_learner_takes_a_unit_quiz_to_a_pass_with_the_keyboard() {
        Learner ada = signedInLearner("Ada Quiztaker");
        QuizScreen quiz = QuizScreen.open(browser, base, ada.quizId(), ada.cohort().cohortId());
        assertEquals("10", quiz.fact("items"));
        assertEquals("20 minutes", quiz.fact("time"));
        assertEquals("0 of 3 used", quiz.fact("attempts"));

        String attemptId = quiz.startWithKeyboard();
        JsonArray keys = fixtures.keys(attemptId).getJsonArray("items");
        assertEquals(keys.size(), quiz.size());
        assertTrue(browser.visible(By.id("timer")).getText().matches("(19|20):[0-5][0-9]"),
                "the countdown starts near the limit: " + browser.driver().findElement(By.id("timer")).getText());

        // Flag question 1, answer everything, moving on with Next (keyboard).
        browser.driver().findElement(By.id("flag-1")).click();
        for (int n = 1; n <= keys.size(); n++) {
            quiz.answerCorrectly(n, keys.getJsonObject(n - 1));
            if (n < keys.size()) {
                quiz.nextWithKeyboard(n);
            }
        }
        quiz.goToWithKeyboard(1);
        String confirm = quiz.openSubmitWithKeyboard();
        assertTrue(confirm.contains("You have answered all 10 questions."), confirm);
        assertTrue(confirm.contains("Flagged for review:") && confirm.contains("Question 1"), confirm);
        quiz.confirmSubmitWithKeyboard();

        assertEquals("passed", quiz.verdict());
        assertTrue(quiz.score().matches("Score: (\\d+) of \\1 \\(100%\\).*"), quiz.score());
        assertEquals(10, browser.driver().findElements(By.cssSelector(".review-item.outcome-correct")).size(),
                "the default review shows right/wrong at once");
        assertTrue(browser.driver().findElements(By.cssSelector(".correct-answer")).isEmpty(),
                "and the correct answers only after the close");
    }

    @Test
    void answers_survive_a_reload_and_a_newer_answer_from_another_tab_wins() {
        Learner bo = signedInLearner("Bo Reloader");
        // The whole pool, so the attempt surely has a true/false item for the conflict below.
        Http instructor = fixtures.instructor(bo.cohort()).http();
        String settings = "api/cohorts/" + bo.cohort().cohortId() + "/quizzes/u4/settings";
        int pool = Http.object(instructor.get(settings)).getInt("poolSize");
        assertEquals(200, instructor.put(settings, "application/json", "{\"drawCount\": " + pool + "}").statusCode());
        QuizScreen quiz = QuizScreen.open(browser, base, bo.quizId(), bo.cohort().cohortId());
        String attemptId = quiz.startWithKeyboard();
        JsonArray keys = fixtures.keys(attemptId).getJsonArray("items");
        int n = firstOfType(keys, "true-false");
        browser.driver().findElement(By.id("layout-toggle")).click(); // all questions on one page
        Set<Integer> answered = new TreeSet<>();
        for (int i = 1; answered.size() < 4; i++) {
            if (i != n) {
                quiz.answerCorrectly(i, keys.getJsonObject(i - 1));
                answered.add(i);
            }
        }
        Map<String, Object> before = quiz.answers();

        browser.driver().navigate().refresh();
        quiz = QuizScreen.current(browser);
        assertEquals(attemptId, quiz.attemptId(), "a reload comes back to the same attempt");
        assertEquals(before, quiz.answers(), "every saved answer is back in its inputs");
        for (int i = 1; i <= pool; i++) {
            assertEquals(answered.contains(i), browser.driver().findElement(By.id("nav-" + i)).getAttribute("class")
                    .contains("answered"), "question " + i + " in the navigation");
        }

        // Another tab (here: the API as the same learner) saves a newer answer to the first choice question.
        String itemId = keys.getJsonObject(n - 1).getString("itemId");
        Http other = bo.person().http(base);
        JsonObject sheet = Http.object(other.get("api/attempts/" + attemptId));
        int revision = sheet.getJsonObject("responses").containsKey(itemId)
                ? sheet.getJsonObject("responses").getJsonObject(itemId).getInt("revision") : 0;
        boolean truth = keys.getJsonObject(n - 1).getBoolean("correctTrue");
        HttpResponse<String> saved = other.put("api/attempts/" + attemptId + "/responses/" + itemId, "application/json",
                "{\"answer\": {\"truth\": " + !truth + "}, \"baseRevision\": " + revision + "}");
        assertEquals(200, saved.statusCode(), saved::body);

        // This tab still has the old revision: its save is refused, and it shows the newer answer.
        browser.driver().findElement(By.id("q" + n + (truth ? "-true" : "-false"))).click();
        browser.visible(QuizScreen.CONFLICT);
        assertTrue(browser.driver().findElement(QuizScreen.CONFLICT).getText().contains("open in another tab"));
        browser.until("the newer answer shown", d -> d.findElement(By.id("q" + n + (truth ? "-false" : "-true"))).isSelected());
        assertFalse(browser.driver().findElement(By.id("q" + n + (truth ? "-true" : "-false"))).isSelected());
        assertEquals("{\"truth\":" + !truth + "}", quiz.answers().get(itemId));
        assertEquals(200, other.get("api/attempts/" + attemptId).statusCode());
        assertEquals(!truth, Http.object(other.get("api/attempts/" + attemptId)).getJsonObject("responses")
                .getJsonObject(itemId).getJsonObject("answer").getBoolean("truth"), "nothing overwrote the newer answer");
    }

    @Test
    void when_the_time_runs_out_the_page_says_so_and_shows_the_automatic_result() {
        Learner cy = signedInLearner("Cy Latecomer");
        QuizScreen quiz = QuizScreen.open(browser, base, cy.quizId(), cy.cohort().cohortId());
        String attemptId = quiz.startWithKeyboard();
        JsonArray keys = fixtures.keys(attemptId).getJsonArray("items");
        quiz.answerCorrectly(1, keys.getJsonObject(0));

        // 20 minutes later by the server's clock, a few seconds before the deadline.
        fixtures.advanceClock(20 * 60 - 6);
        browser.driver().navigate().refresh();
        QuizScreen.current(browser);
        String left = browser.visible(By.id("timer")).getText();
        assertTrue(left.matches("0:0[0-6]"), "the countdown follows the server's clock, not the device's: " + left);
        // The notice shows until the result replaces the page, which may be quick.
        browser.until("the time-up notice or the result", d -> !d.findElements(QuizScreen.AUTO_SUBMITTED).isEmpty()
                || d.findElements(By.id("time-up")).stream().anyMatch(e -> e.isDisplayed()
                && e.getText().startsWith("Time is up.")));
        browser.visible(QuizScreen.AUTO_SUBMITTED);
        assertEquals("not passed", quiz.verdict());
        assertTrue(quiz.score().matches("Score: [1-9].* of .*"), "graded with the one saved answer: " + quiz.score());
    }

    @Test
    void a_quiz_that_cannot_be_shown_says_why_in_a_page_message() {
        fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        String quizId = Fixtures.quizOfUnit(new Http(base), 4);
        TestPerson outsider = TestPerson.create(base, "Oz Outsider");
        LoginPage.open(browser, base).signInWithKeyboard(outsider.email(), outsider.password());

        browser.open(base, "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId());
        assertEquals("Quiz not shown You are not an active learner in a cohort that takes this quiz.", pageMessage());
        assertTrue(browser.driver().findElements(By.id("intro:start")).isEmpty(), "nothing to start");
        browser.visible(By.id("to-my-learning"));

        browser.open(base, "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId() + "&attempt=nothing-here");
        assertEquals("Attempt not shown This quiz or attempt does not exist, or it is not yours.", pageMessage());
        assertEquals(1, browser.driver().findElements(By.tagName("h1")).size());
    }

    /** The page's one error message at the top, summary and detail, as every page shows them. */
    private String pageMessage() {
        return browser.visible(By.cssSelector("#messages .ui-messages-error")).getText().strip().replaceAll("\\s+", " ");
    }

    private static int firstOfType(JsonArray keys, String type) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.getJsonObject(i).getString("type").equals(type)) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + type + " item drawn");
    }
}
