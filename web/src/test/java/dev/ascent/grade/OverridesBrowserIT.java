package dev.ascent.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.GradebookScreen;
import dev.ascent.browser.LoginPage;
import dev.ascent.cohort.People;
import dev.ascent.identity.TestPerson;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An instructor opens the gradebook, filters to the learners who failed unit 1, opens one, gives
 * an answer the key did not foresee full credit with a reason and writes a comment; the learner
 * then sees the new grade and the comment in My learning and with the result.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OverridesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void an_instructor_credits_an_answer_and_comments_and_the_learner_sees_both() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson ines = TestPerson.create(base, "Ines Instructor");
        People.teach(Http.admin(base), cohort.cohortId(), ines.email());
        String quizId = Fixtures.quizOfUnit(new Http(base), 1);
        GradebookApiIT.take(fixtures, fixtures.learner(cohort).http(), quizId, 99);
        TestPerson lena = TestPerson.create(base, "Lena Learner");
        fixtures.enroll(cohort, lena, "ACTIVE");
        Http lenaApi = lena.http(base);
        HttpResponse<String> started = lenaApi.postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        String attemptId = Http.object(started).getString("id");
        String wrongItem = null;
        for (JsonValue value : fixtures.keys(attemptId).getJsonArray("items")) {
            String wrong = OverridesApiIT.wrongAnswer(value.asJsonObject());
            if (wrong != null) {
                wrongItem = value.asJsonObject().getString("itemId");
                assertEquals(200, lenaApi.put("api/attempts/" + attemptId + "/responses/" + wrongItem, "application/json",
                        "{\"answer\": " + wrong + ", \"baseRevision\": 0}").statusCode());
                break;
            }
        }
        assertEquals(200, lenaApi.postEmpty("api/attempts/" + attemptId + "/submit").statusCode());

        LoginPage.open(browser, base).signInWithKeyboard(ines.email(), ines.password());
        GradebookScreen gradebook = GradebookScreen.open(browser, base, cohort.cohortId());
        gradebook.filter("u1", "FAILED", 1);
        assertEquals(1, gradebook.names().size(), "only Lena failed unit 1");
        browser.driver().findElement(By.cssSelector("#gradebook\\:table_data .learner-link")).click();
        browser.visible(By.cssSelector(".learner-unit[data-unit='u1']"));

        // The item as Lena answered it, with the correct answer beside it; give it full credit.
        By row = By.cssSelector(".staff-attempt[data-attempt='" + attemptId + "'] .staff-item[data-item='" + wrongItem + "']");
        WebElement item = browser.visible(row);
        assertEquals("Incorrect", item.findElement(By.cssSelector(".outcome")).getText().strip());
        assertTrue(!item.findElement(By.cssSelector(".correct-answer")).getText().strip().equals("–"));
        item.findElement(By.cssSelector(".edit-credit")).click();
        browser.visible(By.id("editor:value")).clear();
        browser.driver().findElement(By.id("editor:value")).sendKeys("1");
        browser.driver().findElement(By.id("editor:reason")).sendKeys("Accepting this answer: the key missed it");
        browser.driver().findElement(By.id("editor:save")).click();
        browser.until("the credit set by staff", d -> d.findElement(row).findElement(By.cssSelector(".credit")).getText()
                .contains("1 (set by staff)"));
        browser.until("the change in the history", d -> d.findElements(By.cssSelector("#history .audit-reason")).stream()
                .anyMatch(e -> e.getText().contains("Accepting this answer: the key missed it")));

        // A comment to Lena on the attempt.
        browser.driver().findElement(By.cssSelector(".staff-attempt[data-attempt='" + attemptId + "'] .edit-comment")).click();
        browser.visible(By.id("editor:text")).sendKeys("Good reasoning; phrase it as the lesson does next time.");
        browser.driver().findElement(By.id("editor:reason")).sendKeys("Feedback after marking");
        browser.driver().findElement(By.id("editor:save")).click();
        browser.until("the comment on the attempt", d -> d.findElements(By.cssSelector(".staff-attempt[data-attempt='"
                + attemptId + "'] .staff-comment")).stream().anyMatch(e -> e.getText().contains("Good reasoning")));
        assertEquals(2, browser.driver().findElements(By.cssSelector("#history .audit-entry")).size());
        assertEquals(List.of(), browser.policyViolations(), "nothing refused by the page's Content-Security-Policy");
        browser.capture("grades/learner-overrides");

        // Lena: the new grade and the comment in My learning and with the result.
        JsonArray learning = (JsonArray) Http.json(lenaApi.get("api/me/learning"));
        JsonObject unit1 = learning.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("cohortId").equals(cohort.cohortId())).findFirst().orElseThrow()
                .getJsonArray("units").getJsonObject(0);
        double grade = unit1.getJsonNumber("gradePercent").doubleValue();
        assertTrue(grade > 0, "the credit raised the grade from 0: " + unit1);
        browser.driver().manage().deleteAllCookies(); // Ines's session ends here; Lena signs in afresh
        LoginPage.open(browser, base).signInWithKeyboard(lena.email(), lena.password());
        browser.open(base, "app/dashboard.xhtml");
        WebElement unit = browser.visible(By.cssSelector("li.roadmap-unit"));
        assertEquals(Math.round(grade) + " %", unit.findElement(By.cssSelector(".unit-grade")).getText().strip());
        assertTrue(unit.findElement(By.cssSelector(".instructor-comment")).getText().contains("Good reasoning"));
        browser.open(base, "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId() + "&attempt=" + attemptId);
        assertTrue(browser.visible(By.id("instructor-comment")).getText().contains("Good reasoning"));
        assertEquals(List.of(), browser.policyViolations());
    }
}
