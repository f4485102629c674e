package dev.ascent.browser;

import java.net.URL;
import org.openqa.selenium.By;

/** app/index.xhtml, where a person lands after signing in. */
public final class HomePage {
    public static final By GREETING = By.id("greeting");
    public static final By MY_LEARNING = By.id("my-learning");
    public static final By API_TOKENS = By.id("api-tokens");

    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
        browser.visible(GREETING);
    }

    public static HomePage open(Browser browser, URL base) {
        browser.open(base, "app/index.xhtml");
        return new HomePage(browser);
    }

    public static HomePage current(Browser browser) {
        browser.until("the landing page", d -> browser.path().endsWith("/app/index.xhtml"));
        return new HomePage(browser);
    }

    public String greeting() {
        return browser.driver().findElement(GREETING).getText().strip();
    }

    public String link(By which) {
        return browser.driver().findElement(which).getAttribute("href");
    }

    public SiteHeader header() {
        return new SiteHeader(browser);
    }
}
