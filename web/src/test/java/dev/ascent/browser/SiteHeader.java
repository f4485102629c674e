package dev.ascent.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The header every page shares (WEB-INF/templates/page.xhtml): brand, main navigation, sign out. */
public final class SiteHeader {
    public static final By SIGN_OUT = By.id("logoutForm:logout");
    public static final By NAVIGATION = By.cssSelector("nav[aria-label='Main']");

    private final Browser browser;

    public SiteHeader(Browser browser) {
        this.browser = browser;
    }

    /** The visible names of the main navigation's links and buttons, in order. */
    public List<String> navigation() {
        return browser.visible(NAVIGATION).findElements(By.cssSelector("a, button, input[type=submit]")).stream()
                .map(element -> element.getTagName().equals("input") ? element.getAttribute("value") : element.getText())
                .map(String::strip)
                .toList();
    }

    public boolean signedIn() {
        return !browser.driver().findElements(SIGN_OUT).isEmpty();
    }

    /** The link marked {@code aria-current="page"}, if any. */
    public String current() {
        List<WebElement> current = browser.driver().findElements(By.cssSelector("nav[aria-label='Main'] [aria-current='page']"));
        return current.isEmpty() ? null : current.get(0).getText().strip();
    }

    /** Tabs to "Sign out" from wherever focus is (the top of a fresh page) and presses Enter. */
    public LoginPage signOutWithKeyboard() {
        browser.tabTo(SIGN_OUT, 15);
        browser.press(Keys.ENTER);
        browser.until("the login page after sign-out", d -> browser.path().endsWith("/login.xhtml"));
        return new LoginPage(browser);
    }
}
