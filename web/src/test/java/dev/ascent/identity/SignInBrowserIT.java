package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.HomePage;
import dev.ascent.browser.LoginPage;
import dev.ascent.browser.SiteHeader;
import dev.ascent.browser.TokensPage;
import dev.ascent.shared.Deployments;
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

/** Signing in and out in Chromium, with the keyboard only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void signs_in_with_the_keyboard_sees_the_signed_in_navigation_and_signs_out() {
        TestPerson ada = TestPerson.create(base, "Ada Keyboard");
        LoginPage login = LoginPage.open(browser, base);
        assertEquals(List.of("Courses", "Sign in"), new SiteHeader(browser).navigation());

        login.signInWithKeyboard(ada.email(), ada.password());

        HomePage home = HomePage.current(browser);
        assertEquals("Welcome, Ada Keyboard", home.greeting());
        assertEquals(List.of("Courses", "My learning", "API tokens", "Sign out"), home.header().navigation());
        assertTrue(home.link(HomePage.MY_LEARNING).endsWith("/app/dashboard.xhtml"));
        assertTrue(home.link(HomePage.API_TOKENS).endsWith("/app/tokens.xhtml"));

        LoginPage after = home.header().signOutWithKeyboard();
        assertEquals("You have signed out.", after.notice());
        assertFalse(new SiteHeader(browser).signedIn());
        browser.open(base, "app/index.xhtml");
        LoginPage.current(browser); // the session is gone
    }

    @Test
    void a_wrong_password_shows_the_message_on_the_page() {
        // A person of its own: failed logins count towards the throttle of that account.
        TestPerson bob = TestPerson.create(base, "Bob Mistyped");
        LoginPage login = LoginPage.open(browser, base);

        login.submitWithKeyboard(bob.email(), "not-" + bob.password());

        assertEquals("Not signed in\nThe email or the password is not right.", login.error());
        assertTrue(browser.path().endsWith("/login.xhtml"));
        assertEquals(bob.email(), login.emailValue(), "the email is kept for the next try");
        WebElement messages = browser.driver().findElement(LoginPage.MESSAGES);
        assertNotEquals(null, messages.getAttribute("aria-live"), "screen readers hear the message");
        assertFalse(new SiteHeader(browser).signedIn());
    }

    @Test
    void an_unsigned_visit_to_a_page_goes_to_the_login_and_back_after_signing_in() {
        TestPerson cleo = TestPerson.create(base, "Cleo Deeplink");
        browser.open(base, "app/tokens.xhtml");

        LoginPage login = LoginPage.current(browser);
        assertTrue(browser.driver().getCurrentUrl().contains("next=%2Fapp%2Ftokens.xhtml"), browser.driver().getCurrentUrl());
        login.signInWithKeyboard(cleo.email(), cleo.password());

        TokensPage.current(browser);
        assertEquals("API tokens", new SiteHeader(browser).current());
    }

    @Test
    void the_first_tab_stop_skips_to_the_content() {
        LoginPage.open(browser, base);

        browser.press(Keys.TAB);
        WebElement skip = browser.focused();
        assertEquals("Skip to content", skip.getText().strip());
        assertTrue((Boolean) browser.script("const r = arguments[0].getBoundingClientRect();"
                + " return r.left >= 0 && r.top >= 0 && r.right <= innerWidth;", skip), "the focused skip link is on screen");

        browser.press(Keys.ENTER);
        assertEquals("main", browser.focused().getAttribute("id"));
        browser.press(Keys.TAB);
        assertEquals("login:email", browser.focused().getAttribute("id"), "the next stop is the first field of the page");
    }

    @Test
    void every_tab_stop_on_the_login_page_shows_where_focus_is() {
        // A solid ring of at least 2 px: PrimeFaces' own faint glow does not count.
        LoginPage.open(browser, base);
        int stops = 0;
        for (int i = 0; i < 8; i++) {
            browser.press(Keys.TAB);
            WebElement focused = browser.focused();
            if (focused.getTagName().equals("body")) {
                break;
            }
            stops++;
            assertTrue((Boolean) browser.script("const s = getComputedStyle(arguments[0]);"
                            + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;",
                    focused), () -> "no visible focus on " + Browser.describe(focused));
        }
        assertTrue(stops >= 6, "skip link, brand, two links, two fields, button, forgot link: " + stops);
        assertFalse(browser.driver().findElements(By.cssSelector("main h1")).isEmpty());
    }
}
