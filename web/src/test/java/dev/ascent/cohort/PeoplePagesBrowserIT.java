package dev.ascent.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.ImportPage;
import dev.ascent.browser.LearningPage;
import dev.ascent.browser.LoginPage;
import dev.ascent.browser.RosterPage;
import dev.ascent.browser.SiteHeader;
import dev.ascent.identity.TestPerson;
import dev.ascent.shared.Deployments;
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
import org.openqa.selenium.WebElement;

/** The people pages' rules in Chromium, keyboard only: errors on the page, confirmations, roles in the navigation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeoplePagesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_bad_roster_file_is_reported_by_line_and_imports_nothing() {
        TestPerson admin = TestPerson.create(base, "Bo Checker");
        String cohortId = People.cohort(admin.http(base), People.provider(base, "Checkers Ltd", admin), "Autumn");
        LoginPage.open(browser, base).signInWithKeyboard(admin.email(), admin.password());

        ImportPage page = ImportPage.open(browser, base, cohortId).previewPastedWithKeyboard(
                "email,name,team\nok@example.org,Ok Person,\nnot-an-email,Bad Email,\nok@example.org,Twice,\n,No Email,\n");

        assertEquals(List.of("1: Unknown column", "3: Bad email", "4: Duplicate", "5: Bad email"), page.issues());
        assertTrue(page.summary().startsWith("4 rows read from the pasted text: 1 would be added"), page.summary());
        assertTrue(page.canImport());

        page = ImportPage.open(browser, base, cohortId).previewPastedWithKeyboard("mail,full name\na@example.org,A\n");
        assertEquals(List.of("1: Missing column"), page.issues());
        assertFalse(page.canImport(), "nothing to import: no Import button");
        assertEquals(0, RosterPage.open(browser, base, cohortId).learnerCount(), "previews wrote nothing");
    }

    @Test
    void an_admin_adds_a_learner_and_withdraws_them_after_confirming() {
        TestPerson admin = TestPerson.create(base, "Ada Roster");
        String cohortId = People.cohort(admin.http(base), People.provider(base, "Roster House", admin), "Winter");
        LoginPage.open(browser, base).signInWithKeyboard(admin.email(), admin.password());
        RosterPage roster = RosterPage.open(browser, base, cohortId);

        String email = "cy-" + System.nanoTime() + "@example.org";
        assertTrue(roster.addWithKeyboard(email, "Cy Learner").contains("Cy Learner (" + email + ") is on the roster"));
        assertEquals("Invited", roster.status(email));
        assertEquals(1, roster.learnerCount());
        String again = roster.addWithKeyboard(email, "Cy Again");
        assertTrue(again.contains("is already in Winter"), "the service's reason is on the page: " + again);

        RosterPage fresh = RosterPage.open(browser, base, cohortId);
        fresh.startWithdrawWithKeyboard(email);
        assertEquals("confirmNo", browser.focused().getAttribute("id"), "focus starts on the safe choice");
        browser.press(Keys.ESCAPE);
        browser.until("the dialog closed", d -> !fresh.dialogOpen());
        assertEquals("Invited", fresh.status(email), "Escape keeps the learner");

        fresh.startWithdrawWithKeyboard(email);
        fresh.confirmWithKeyboard(email);
        assertEquals("Withdrawn", fresh.status(email));
        assertEquals(0, fresh.learnerCount());
    }

    @Test
    void branding_errors_show_at_their_fields_and_a_cohort_is_created_from_the_form() {
        TestPerson admin = TestPerson.create(base, "Flo Brand");
        String providerId = People.provider(base, "Brand New", admin);
        LoginPage.open(browser, base).signInWithKeyboard(admin.email(), admin.password());
        assertEquals(List.of("Courses", "My learning", "Providers", "API tokens", "Sign out"),
                new SiteHeader(browser).navigation());
        browser.open(base, "app/provider/provider.xhtml?provider=" + providerId);

        WebElement colour = browser.tabTo(By.id("branding:primaryColor"), 60);
        colour.sendKeys(Keys.chord(Keys.CONTROL, "a"), "green");
        browser.tabTo(By.id("branding:save"), 10);
        browser.press(Keys.ENTER);
        String error = browser.visible(By.id("branding:primaryColorMessage")).getText().strip();
        assertEquals("Main colour: Must be a colour like #1a2b3c.", error);
        browser.until("focus on the wrong field", d -> "branding:primaryColor".equals(browser.focused().getAttribute("id")));
        assertEquals("true", browser.focused().getAttribute("aria-invalid"));

        browser.open(base, "app/provider/provider.xhtml?provider=" + providerId);
        browser.tabTo(By.id("cohorts:cohortName"), 30);
        browser.type("Summer school");
        browser.tabTo(By.id("cohorts:create"), 10);
        browser.press(Keys.ENTER);
        browser.until("the new cohort's page", d -> browser.path().endsWith("/app/provider/cohort.xhtml"));
        assertEquals("Summer school", browser.driver().findElement(By.tagName("h1")).getText().strip());
        assertTrue(browser.visible(By.id("pageMessages")).getText().contains("Summer school is ready"));

        browser.open(base, "app/provider/provider.xhtml?provider=not-a-provider");
        assertTrue(browser.visible(By.id("messages")).getText().contains("Provider 'not-a-provider' does not exist."),
                "a wrong address gets a message, not a stack trace");
    }

    @Test
    void a_learner_joins_with_a_code_and_an_instructor_reads_the_roster() {
        TestPerson admin = TestPerson.create(base, "Gil Codes");
        Http adminHttp = admin.http(base);
        String cohortId = People.cohort(adminHttp, People.provider(base, "Code Club", admin), "Open cohort");
        String code = People.invite(adminHttp, cohortId, 5);
        TestPerson learner = TestPerson.create(base, "Hal Joiner");

        LoginPage.open(browser, base).signInWithKeyboard(learner.email(), learner.password());
        LearningPage dashboard = LearningPage.open(browser, base);
        assertEquals(List.of(), dashboard.cohorts());
        assertEquals("Not joined Invite '" + "NOSUCHCODE" + "' does not exist.", dashboard.joinWithKeyboard("NOSUCHCODE")
                .replace('\n', ' '));
        dashboard = LearningPage.open(browser, base);
        assertTrue(dashboard.joinWithKeyboard(code.toLowerCase()).contains("You are in Open cohort of Code Club."));
        browser.until("the cohort on the dashboard", d -> LearningPage.current(browser).cohorts().equals(List.of("Open cohort")));
        new SiteHeader(browser).signOutWithKeyboard();

        TestPerson instructor = TestPerson.create(base, "Ivy Teacher");
        People.teach(adminHttp, cohortId, instructor.email());
        LoginPage.open(browser, base).signInWithKeyboard(instructor.email(), instructor.password());
        assertEquals(List.of("Courses", "My learning", "Teaching", "API tokens", "Sign out"), new SiteHeader(browser).navigation());
        browser.open(base, "app/teach/index.xhtml");
        browser.tabTo(By.cssSelector("a.cohort-link"), 20);
        browser.press(Keys.ENTER);
        browser.until("the roster", d -> browser.path().endsWith("/app/teach/cohort.xhtml"));
        List<String> names = browser.driver().findElements(By.cssSelector("#roster .learner-name")).stream()
                .map(e -> e.getText().strip()).toList();
        assertEquals(List.of("Hal Joiner"), names);
        assertTrue(browser.driver().findElements(By.cssSelector("button, input[type=submit]")).stream()
                .allMatch(b -> "logoutForm:logout".equals(b.getAttribute("id"))), "read-only: no buttons but Sign out");

        browser.open(base, "app/provider/cohort.xhtml?cohort=" + cohortId);
        assertTrue(browser.visible(By.id("pageMessages")).getText().contains("Only the administrators of Code Club manage this cohort."),
                "an instructor cannot use the admin's page: " + browser.driver().findElement(By.id("pageMessages")).getText());
    }

    /** Page dates are refused outside 1970–9999 with a message at the field, as on the API; nothing is made. */
    @Test
    void dates_outside_1970_to_9999_are_refused_at_their_field() {
        TestPerson admin = TestPerson.create(base, "Dee Dates");
        Http adminHttp = admin.http(base);
        String providerId = People.provider(base, "Date Line", admin);
        String cohortId = People.cohort(adminHttp, providerId, "Dated");
        LoginPage.open(browser, base).signInWithKeyboard(admin.email(), admin.password());

        // A browser's date field, and a hostile client that sends a year with a sign.
        for (String day : List.of("1969-12-31", "+10000-01-01")) {
            browser.open(base, "app/provider/invites.xhtml?cohort=" + cohortId);
            browser.script("var field = document.getElementById('create:expiresOn'); field.type = 'text';"
                    + " field.value = arguments[0];", day);
            browser.tabTo(By.id("create:submit"), 20);
            browser.press(Keys.ENTER);
            String error = browser.visible(By.id("create:expiresOnMessage")).getText().strip();
            assertTrue(error.startsWith("Last day it works: "), day + ": " + error);
        }
        assertEquals("[]", adminHttp.get("api/cohorts/" + cohortId + "/invites").body().replace(" ", ""), "no code made");

        browser.open(base, "app/provider/provider.xhtml?provider=" + providerId);
        browser.tabTo(By.id("cohorts:cohortName"), 30);
        browser.type("Far future");
        browser.script("var field = document.getElementById('cohorts:startsOn'); field.type = 'text';"
                + " field.value = '+10000-01-01';");
        browser.tabTo(By.id("cohorts:create"), 10);
        browser.press(Keys.ENTER);
        assertEquals("Starts on: choose a date between 1970-01-01 and 9999-12-31.",
                browser.visible(By.id("cohorts:startsOnMessage")).getText().strip());
        assertTrue(browser.path().endsWith("/app/provider/provider.xhtml"), "still on the form");
    }
}
