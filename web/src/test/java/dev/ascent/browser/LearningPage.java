package dev.ascent.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** app/dashboard.xhtml, "My learning": a roadmap per cohort and the "Join a cohort" form. */
public final class LearningPage {
    public static final By CODE = By.id("join:code");
    public static final By JOIN = By.id("join:submit");
    public static final By JOIN_MESSAGES = By.id("join:joinMessages");
    public static final By CARDS = By.cssSelector("section.cohort-card");

    private final Browser browser;

    LearningPage(Browser browser) {
        this.browser = browser;
        browser.visible(CODE);
    }

    public static LearningPage open(Browser browser, URL base) {
        browser.open(base, "app/dashboard.xhtml");
        return new LearningPage(browser);
    }

    public static LearningPage current(Browser browser) {
        browser.until("the dashboard", d -> browser.path().endsWith("/app/dashboard.xhtml"));
        return new LearningPage(browser);
    }

    public List<String> cohorts() {
        return browser.driver().findElements(By.cssSelector("section.cohort-card h2")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    public WebElement card(String cohortName) {
        return browser.driver().findElements(CARDS).stream()
                .filter(card -> card.findElement(By.tagName("h2")).getText().strip().equals(cohortName))
                .findFirst().orElseThrow(() -> new AssertionError("no cohort " + cohortName + " on the dashboard; there are " + cohorts()));
    }

    /** The unit titles of a cohort's roadmap, in order. */
    public List<String> units(String cohortName) {
        return card(cohortName).findElements(By.cssSelector(".roadmap-title")).stream().map(e -> e.getText().strip()).toList();
    }

    public List<String> statuses(String cohortName) {
        return card(cohortName).findElements(By.cssSelector(".status-badge")).stream().map(e -> e.getText().strip()).toList();
    }

    public WebElement progress(String cohortName) {
        return card(cohortName).findElement(By.cssSelector("progress.course-progress"));
    }

    /** The progress bar's accessible name: its label. */
    public String progressLabel(String cohortName) {
        WebElement bar = progress(cohortName);
        return browser.driver().findElement(By.cssSelector("label[for='" + bar.getAttribute("id") + "']")).getText().strip();
    }

    public String nextStep(String cohortName) {
        // Hidden text (" of unit 1") is part of the link's name but not of getText(): read the DOM's text.
        return card(cohortName).findElement(By.cssSelector(".next-step")).getAttribute("textContent").strip().replaceAll("\\s+", " ");
    }

    public String nextLink(String cohortName) {
        return card(cohortName).findElement(By.cssSelector(".next-link")).getAttribute("href");
    }

    public String brand(String cohortName) {
        return card(cohortName).findElement(By.cssSelector(".brand-name")).getText().strip();
    }

    /** Keyboard only: Tab to the code, type, Enter; waits for the form's answer. */
    public String joinWithKeyboard(String code) {
        browser.tabTo(CODE, 80);
        browser.type(code);
        browser.press(Keys.ENTER);
        return browser.until("the answer to joining", d -> {
            List<WebElement> messages = d.findElements(By.cssSelector("#join\\:joinMessages .ui-messages-info, #join\\:joinMessages .ui-messages-error, #join\\:codeMessage.ui-message-error"));
            return messages.isEmpty() ? null : messages.get(0).getText().strip();
        });
    }

    public SiteHeader header() {
        return new SiteHeader(browser);
    }
}
