package dev.ascent.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.HomePage;
import dev.ascent.browser.ImportPage;
import dev.ascent.browser.LearningPage;
import dev.ascent.browser.LoginPage;
import dev.ascent.browser.RosterPage;
import dev.ascent.browser.SiteHeader;
import dev.ascent.identity.Accounts;
import dev.ascent.identity.TestPerson;
import dev.ascent.shared.Deployments;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Issue 4 in Chromium: a provider admin imports a roster file of 50 learners through the preview,
 * and one of those learners chooses a password from the mailed link, signs in, sees the course on
 * "My learning" and signs out. Keyboard only, except choosing the file (no file dialog headless).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterImportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path files;

    @Test
    void an_admin_imports_fifty_learners_and_one_of_them_signs_in_to_the_dashboard() throws IOException {
        TestPerson admin = TestPerson.create(base, "Ines Importer");
        String providerId = People.provider(base, "Northwind Academy", admin);
        String cohortId = People.cohort(admin.http(base), providerId, "Spring 2027");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path roster = Files.writeString(files.resolve("spring-2027.csv"), People.roster(50, run));

        LoginPage.open(browser, base).signInWithKeyboard(admin.email(), admin.password());
        ImportPage page = ImportPage.open(browser, base, cohortId).previewFileWithKeyboard(roster);

        assertEquals("2. Check the preview", page.reportHeading());
        assertEquals("report-heading", page.focused().getAttribute("id"), "reading continues at the report");
        assertEquals("50 rows read from the file spring-2027.csv: 50 would be added (50 would get new accounts); no problems.",
                page.summary());
        assertEquals(List.of(), page.issues());
        assertEquals(0, RosterPage.open(browser, base, cohortId).learnerCount(), "a preview writes nothing");

        page = ImportPage.open(browser, base, cohortId).previewFileWithKeyboard(roster).importWithKeyboard();
        assertEquals("50 rows read from the file spring-2027.csv: 50 added (50 got new accounts); no problems.", page.summary());
        RosterPage rosterPage = page.backToRosterWithKeyboard();
        assertEquals(50, rosterPage.learnerCount());
        List<String> emails = rosterPage.emails();
        assertEquals(50, emails.size());
        String learner = "learner7-" + run + "@example.org";
        assertTrue(emails.contains(learner), emails::toString);
        assertEquals("Invited", rosterPage.status(learner));
        new SiteHeader(browser).signOutWithKeyboard();

        // The learner's set-password mail is in the server log (no SMTP server in tests).
        browser.open(base, "reset.xhtml?token=" + Accounts.mailedToken(learner));
        browser.tabTo(By.id("reset:password"), 10);
        browser.type(Accounts.PASSWORD);
        browser.press(Keys.TAB);
        browser.tabTo(By.id("reset:repeat"), 3);
        browser.type(Accounts.PASSWORD);
        browser.press(Keys.ENTER);
        LoginPage.current(browser).signInWithKeyboard(learner, Accounts.PASSWORD);

        HomePage home = HomePage.current(browser);
        assertEquals(List.of("Courses", "My learning", "API tokens", "Sign out"), home.header().navigation(),
                "a learner sees no provider or teaching links");
        browser.tabTo(HomePage.MY_LEARNING, 20);
        browser.press(Keys.ENTER);
        LearningPage dashboard = LearningPage.current(browser);

        assertEquals(List.of("Spring 2027"), dashboard.cohorts());
        assertEquals("Northwind Academy", dashboard.brand("Spring 2027"));
        List<String> units = dashboard.units("Spring 2027");
        assertEquals(8, units.size(), units::toString);
        assertTrue(units.get(0).startsWith("Unit 1: "), units.get(0));
        assertEquals(List.of("Not started"), dashboard.statuses("Spring 2027").stream().distinct().toList());
        assertEquals("0", dashboard.progress("Spring 2027").getAttribute("value"));
        assertEquals("Progress: 0 of 8 units passed (0 %)", dashboard.progressLabel("Spring 2027"));
        // Nothing read yet: the first step is reading unit 1's lesson, before its quiz.
        assertTrue(dashboard.nextStep("Spring 2027").startsWith("Next step: Unit 1, "), dashboard.nextStep("Spring 2027"));
        assertTrue(dashboard.nextStep("Spring 2027").endsWith("Read unit 1"), dashboard.nextStep("Spring 2027"));
        String next = dashboard.nextLink("Spring 2027");
        assertTrue(next.contains("/app/unit.xhtml?course=ml-engineer&unit=u1") && next.endsWith("&cohort=" + cohortId), next);
        assertEquals("My learning", dashboard.header().current());

        LoginPage signedOut = dashboard.header().signOutWithKeyboard();
        assertEquals("You have signed out.", signedOut.notice());
        browser.open(base, "app/dashboard.xhtml");
        LoginPage.current(browser);
    }
}
