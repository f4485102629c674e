package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.ImportPage;
import dev.ascent.browser.LoginPage;
import dev.ascent.browser.QuizScreen;
import dev.ascent.browser.TokensPage;
import dev.ascent.cohort.People;
import dev.ascent.identity.TestPerson;
import jakarta.json.JsonArray;
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
import org.openqa.selenium.Dimension;

/**
 * Every page as a person sees it, on a desktop and on a phone: the page structure assistive
 * technology relies on, labels on every control, and no sideways scrolling at 360 px (WCAG 1.4.10).
 * Screenshots of each (the whole page, and the first screen) go to target/browser-screenshots/pages/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesBrowserIT {
    private static final List<Dimension> SIZES = List.of(new Dimension(1280, 900), new Dimension(360, 740));

    /** Structure checks run in the page; each returns a list of problems, empty when all is well. */
    private static final String PROBLEMS = """
            const problems = [];
            if (document.documentElement.lang !== 'en') problems.push('html has no lang');
            if (!document.title.trim()) problems.push('no title');
            const h1 = document.querySelectorAll('h1').length;
            if (h1 !== 1) problems.push(h1 + ' h1 headings');
            if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one main');
            if (!document.querySelector('header')) problems.push('no header landmark');
            if (!document.querySelector('nav[aria-label]')) problems.push('no labelled nav');
            const first = document.querySelector('a[href], button, input:not([type=hidden]), select, textarea');
            if (!first || !first.classList.contains('skip-link')) problems.push('the first focusable is not the skip link');
            const fields = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea';
            for (const control of document.querySelectorAll(fields)) {
              const named = control.labels.length > 0 || control.getAttribute('aria-label')
                  || control.getAttribute('aria-labelledby');
              if (!named) problems.push('no label on ' + (control.id || control.name));
            }
            for (const button of document.querySelectorAll('button, a[href], input[type=submit], input[type=button]')) {
              const name = (button.getAttribute('aria-label') || button.textContent || button.value || '').trim();
              if (!name && button.offsetParent !== null) problems.push('no name on ' + button.outerHTML.slice(0, 80));
            }
            const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
            const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
            if (twice.length) problems.push('duplicate ids ' + twice.slice(0, 5));
            if (document.documentElement.scrollWidth > window.innerWidth)
              problems.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
            return problems;
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_public_pages_are_well_formed_on_desktop_and_phone() {
        check("outline", "");
        check("login", "login.xhtml");
        check("forgot", "forgot.xhtml");
    }

    @Test
    void the_signed_in_pages_are_well_formed_on_desktop_and_phone() {
        TestPerson gus = TestPerson.create(base, "Gus Lookalike");
        LoginPage.open(browser, base).signInWithKeyboard(gus.email(), gus.password());
        check("landing", "app/index.xhtml");

        TokensPage.open(browser, base).createWithKeyboard("a token with a rather long name, to see how it wraps");
        TokensPage.open(browser, base).createWithKeyboard("nightly export");
        // The secret is only in this view: check the page as it is, without reloading it.
        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            assertNoProblems("tokens with a new secret", size);
            browser.capture("pages/tokens-" + size.getWidth());
        }
        browser.driver().manage().window().setSize(SIZES.get(0));
        TokensPage.current(browser).startRevokeWithKeyboard("nightly export");
        browser.screenshot("pages/tokens-confirm-1280-first-screen", false);
    }

    @Test
    void the_people_pages_are_well_formed_on_desktop_and_phone() {
        // One person in every role of one cohort: provider admin, instructor and learner.
        TestPerson kim = TestPerson.create(base, "Kim Everyrole");
        String providerId = People.provider(base, "Lakeside School of Data and Machine Learning", kim);
        Http admin = kim.http(base);
        String cohortId = People.cohort(admin, providerId, "Evening cohort with a fairly long name, spring 2027");
        People.enrol(admin, cohortId, kim.email(), kim.name());
        People.enrol(admin, cohortId, "maximiliana.wolkenstein-" + System.nanoTime() + "@a-rather-long-domain.example.org",
                "Maximiliana von Wolkenstein-Trostburg");
        People.teach(admin, cohortId, kim.email());
        People.invite(admin, cohortId, 25);

        LoginPage.open(browser, base).signInWithKeyboard(kim.email(), kim.password());
        check("dashboard", "app/dashboard.xhtml");
        check("providers", "app/provider/index.xhtml");
        check("provider", "app/provider/provider.xhtml?provider=" + providerId);
        check("cohort", "app/provider/cohort.xhtml?cohort=" + cohortId);
        check("invites", "app/provider/invites.xhtml?cohort=" + cohortId);
        check("import", "app/provider/import.xhtml?cohort=" + cohortId);
        check("teaching", "app/teach/index.xhtml");
        check("teaching-cohort", "app/teach/cohort.xhtml?cohort=" + cohortId);
        check("gradebook", "app/teach/gradebook.xhtml?cohort=" + cohortId);
        check("accommodations", "app/teach/accommodations.xhtml?cohort=" + cohortId + "&unit=u1");
        check("item-analysis", "app/teach/item-analysis.xhtml?cohort=" + cohortId + "&quiz=" + Fixtures.quizOfUnit(admin, 1));
        check("regrade", "app/teach/regrade.xhtml?cohort=" + cohortId + "&quiz=" + Fixtures.quizOfUnit(admin, 1));
        // A learner's attempts and grades for staff: Kim's own submitted attempt at unit 1.
        HttpResponse<String> attempt = admin.postEmpty("api/quizzes/" + Fixtures.quizOfUnit(admin, 1) + "/attempts");
        assertEquals(201, attempt.statusCode(), attempt::body);
        assertEquals(200, admin.postEmpty("api/attempts/" + Http.object(attempt).getString("id") + "/submit").statusCode());
        check("learner-grades", "app/teach/learner.xhtml?cohort=" + cohortId + "&person=" + kim.id());
        check("cohort-not-found", "app/provider/cohort.xhtml?cohort=nothing-here");

        // The preview lives in its view only: check the page as it is, without reloading it.
        browser.driver().manage().window().setSize(SIZES.get(0));
        ImportPage.open(browser, base, cohortId).previewPastedWithKeyboard("email,name,team\n"
                + "ok-" + System.nanoTime() + "@example.org,Ok Person,\nnot-an-email,Bad Email,\n,No Email,\n");
        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            assertNoProblems("import preview", size);
            browser.capture("pages/import-preview-" + size.getWidth());
        }
    }

    @Test
    void the_platform_admins_provider_list_is_well_formed_on_desktop_and_phone() {
        LoginPage.open(browser, base).signInWithKeyboard(System.getProperty("it.admin.email"),
                System.getProperty("it.admin.password"));
        check("providers-platform", "app/provider/index.xhtml");
    }

    @Test
    void the_quiz_pages_are_well_formed_on_desktop_and_phone() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        // Everything in the review, so the results page is at its fullest.
        Http instructor = fixtures.instructor(cohort).http();
        assertEquals(200, instructor.put("api/cohorts/" + cohort.cohortId() + "/quizzes/u4/settings", "application/json",
                "{\"review\": {\"score\": \"IMMEDIATELY\", \"correctness\": \"IMMEDIATELY\","
                        + " \"feedback\": \"IMMEDIATELY\", \"correctAnswers\": \"IMMEDIATELY\"}}").statusCode());
        TestPerson hal = TestPerson.create(base, "Hal Quizlooker");
        fixtures.enroll(cohort, hal, "ACTIVE");
        LoginPage.open(browser, base).signInWithKeyboard(hal.email(), hal.password());
        String quizId = Fixtures.quizOfUnit(new Http(base), 4);
        check("quiz-start", "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId());

        QuizScreen quiz = QuizScreen.current(browser);
        String attemptId = quiz.startWithKeyboard();
        JsonArray keys = fixtures.keys(attemptId).getJsonArray("items");
        for (int n = 1; n <= 3; n++) {
            quiz.answerCorrectly(n, keys.getJsonObject(n - 1));
            quiz.nextWithKeyboard(n);
        }
        String attemptPath = "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId() + "&attempt=" + attemptId;
        check("quiz-attempt", attemptPath);
        browser.driver().findElement(By.id("layout-toggle")).click();
        check("quiz-attempt-all", attemptPath);
        browser.driver().findElement(By.id("layout-toggle")).click();
        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            browser.open(base, attemptPath);
            quiz.openSubmitWithKeyboard();
            browser.screenshot("pages/quiz-confirm-" + size.getWidth() + "-first-screen", false);
        }
        quiz.confirmSubmitWithKeyboard();
        check("quiz-result", attemptPath);

        // The unit page (lesson, roadmap at the side; one column on a phone), its errors, and the glossary.
        check("unit", "app/unit.xhtml?course=ml-engineer&unit=u4&cohort=" + cohort.cohortId());
        assertEquals(1, browser.driver().findElements(By.cssSelector("#lesson h2")).stream().limit(1).count(),
                "the lesson is on the page");
        check("unit-first", "app/unit.xhtml?course=ml-engineer&unit=u1");
        check("unit-not-found", "app/unit.xhtml?course=ml-engineer&unit=u99");
        check("glossary", "app/glossary.xhtml?course=ml-engineer");
        assertTrue(browser.driver().findElements(By.cssSelector("#glossary dt[id^='term-']")).size() > 20,
                "every unit's key terms are in the glossary");
    }

    private void check(String name, String path) {
        for (Dimension size : SIZES) {
            browser.driver().manage().window().setSize(size);
            browser.open(base, path);
            assertNoProblems(name, size);
            browser.capture("pages/" + name + "-" + size.getWidth());
            browser.screenshot("pages/" + name + "-" + size.getWidth() + "-first-screen", false);
        }
    }

    private void assertNoProblems(String page, Dimension size) {
        // Everything on the page runs under its Content-Security-Policy: nothing was refused.
        assertEquals(List.of(), browser.policyViolations(), page + " at " + size.getWidth() + " px");
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) browser.script(PROBLEMS);
        assertEquals(List.of(), problems, page + " at " + size.getWidth() + " px");
        assertTrue(browser.driver().getTitle().endsWith("— Ascent"), browser.driver().getTitle());
    }
}
