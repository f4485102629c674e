package dev.ascent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** login.xhtml */
public final class LoginPage {
    public static final By EMAIL = By.id("login:email");
    public static final By PASSWORD = By.id("login:password");
    public static final By MESSAGES = By.id("login:messages");

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
        browser.visible(EMAIL);
    }

    public static LoginPage open(Browser browser, URL base) {
        browser.open(base, "login.xhtml");
        return new LoginPage(browser);
    }

    /** The page the browser is on now, which must be the login page (e.g. after a redirect). */
    public static LoginPage current(Browser browser) {
        browser.until("the login page", d -> browser.path().endsWith("/login.xhtml"));
        return new LoginPage(browser);
    }

    /**
     * Keyboard only, from a freshly loaded page: Tab until the email field has focus, type, Tab to
     * the password (which must be the very next stop), type, Enter.
     */
    public void submitWithKeyboard(String email, String password) {
        browser.tabTo(EMAIL, 10);
        browser.type(email);
        browser.press(Keys.TAB);
        assertEquals("login:password", browser.focused().getAttribute("id"), "Tab from the email goes to the password");
        browser.type(password);
        browser.press(Keys.ENTER);
    }

    /** Signs in with the keyboard and waits until the browser has left the login page. */
    public void signInWithKeyboard(String email, String password) {
        submitWithKeyboard(email, password);
        browser.until("leaving the login page", d -> !browser.path().endsWith("/login.xhtml"));
    }

    /** The error shown after a failed sign-in (waits for it). */
    public String error() {
        return browser.visible(By.cssSelector("#login\\:messages .ui-messages-error")).getText().strip();
    }

    public String notice() {
        return browser.visible(By.id("signedOut")).getText().strip();
    }

    public String emailValue() {
        return browser.driver().findElement(EMAIL).getAttribute("value");
    }
}
