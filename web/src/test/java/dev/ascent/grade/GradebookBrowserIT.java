package dev.ascent.grade;

import dev.ascent.cohort.People;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.GradebookScreen;
import dev.ascent.browser.LoginPage;
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

/** An instructor opens the gradebook, filters to the learners who failed unit 1, sees the charts and item analysis. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradebookBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void an_instructor_filters_to_failed_learners_and_sees_the_charts() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson ines = TestPerson.create(base, "Ines Instructor");
        People.teach(Http.admin(base), cohort.cohortId(), ines.email());
        String quizId = Fixtures.quizOfUnit(new Http(base), 1);
        // One learner passes unit 1 (every choice item right), two fail it (none right, one right).
        for (int correct : new int[] {99, 0, 1}) {
            GradebookApiIT.take(fixtures, fixtures.learner(cohort).http(), quizId, correct);
        }

        LoginPage.open(browser, base).signInWithKeyboard(ines.email(), ines.password());
        GradebookScreen gradebook = GradebookScreen.open(browser, base, cohort.cohortId());
        assertEquals(3, gradebook.names().size());
        assertEquals(8, gradebook.histograms().size(), "a histogram per unit");
        assertEquals(10, gradebook.histograms().get(0).findElements(By.cssSelector("rect")).size());
        assertTrue(gradebook.histogramText("u1").startsWith("Grades of 3 learners"), gradebook.histogramText("u1"));

        gradebook.filter("u1", "FAILED", 2);
        assertEquals(List.of("Failed", "Failed"), gradebook.states("u1"));
        assertEquals(List.of(), browser.policyViolations(), "nothing refused by the page's Content-Security-Policy");
        browser.capture("grades/gradebook-failed");

        browser.driver().findElement(By.cssSelector(".unit-figure[data-unit='u1'] .item-analysis-link")).click();
        browser.visible(By.cssSelector("svg.facility-chart"));
        assertEquals("3", browser.visible(By.id("attempt-count")).getText().strip());
        assertTrue(!browser.driver().findElements(By.cssSelector("svg.facility-chart rect")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("#items tbody tr")).size() > 0);
        assertEquals(List.of(), browser.policyViolations());
        browser.capture("grades/item-analysis");
    }
}
