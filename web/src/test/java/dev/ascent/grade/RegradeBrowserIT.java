package dev.ascent.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.LoginPage;
import dev.ascent.cohort.People;
import dev.ascent.identity.TestPerson;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import java.net.URL;
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
import org.openqa.selenium.Keys;

/**
 * The re-grade page with the keyboard: from item analysis to the page, a dry run, an apply refused
 * without a reason, then applied with one. Web tests cannot publish a corrected course version (no
 * import over HTTP), so the cohort's own version is the "corrected" one and nothing changes; what
 * a re-grade changes is RegradeIT's (ejb) and this test covers the page's wiring, messages and CSP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegradeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void an_instructor_dry_runs_and_applies_a_regrade_with_the_keyboard() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson ines = TestPerson.create(base, "Ines Instructor");
        People.teach(Http.admin(base), cohort.cohortId(), ines.email());
        String quizId = Fixtures.quizOfUnit(new Http(base), 1);
        GradebookApiIT.take(fixtures, fixtures.learner(cohort).http(), quizId, 99);
        int version = Http.object(new Http(base).get("api/courses/ml-engineer")).getInt("version");

        LoginPage.open(browser, base).signInWithKeyboard(ines.email(), ines.password());
        browser.open(base, "app/teach/item-analysis.xhtml?cohort=" + cohort.cohortId() + "&quiz=" + quizId);
        browser.tabTo(By.id("regrade-link"), 60);
        browser.press(Keys.ENTER);
        browser.visible(By.id("regrade:item"));
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().startsWith("Re-grade"));
        assertEquals("No re-grade of this quiz in this cohort yet.", browser.visible(By.id("no-regrades")).getText().strip());

        // The cohort is on the newest version: the version is typed as a number.
        browser.tabTo(By.id("regrade:versionNumber"), 60);
        browser.type(String.valueOf(version));
        browser.tabTo(By.id("regrade:dryRun"), 5);
        browser.press(Keys.ENTER);
        browser.until("the dry run", d -> d.findElement(By.id("plan-summary")).getText()
                .startsWith("1 submitted attempt(s) drew the item"));
        assertEquals("0", browser.driver().findElement(By.id("plan-attempts")).getText().strip());

        // Apply without a reason: refused at the reason field.
        browser.tabTo(By.id("regrade:apply"), 10);
        browser.press(Keys.ENTER);
        browser.until("the reason is required", d -> d.findElements(By.cssSelector("[id='regrade:reason'][aria-invalid='true'],"
                + " #regrade .ui-message-error, #regrade .ui-messages-error")).size() > 0);
        browser.tabTo(By.id("regrade:reason"), 10);
        browser.type("Checked the key against the corrected version");
        browser.tabTo(By.id("regrade:apply"), 5);
        browser.press(Keys.ENTER);
        browser.until("the re-grade is done", d -> d.findElement(By.id("messages")).getText().contains("Re-graded"));
        assertEquals(List.of(), browser.policyViolations(), "nothing refused by the page's Content-Security-Policy");
        browser.capture("grades/regrade");
    }
}
