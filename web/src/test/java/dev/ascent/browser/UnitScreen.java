package dev.ascent.browser;

import java.net.URL;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/** The unit page: a lesson, its reading status, the way to its quiz. */
public final class UnitScreen {
    public static final By TITLE = By.id("unit-title");
    public static final By LESSON = By.id("lesson");
    public static final By END = By.id("unit-lesson-end");
    public static final By READ_STATUS = By.id("unit-read-status");
    public static final By MARK_READ = By.id("reading:mark-read");
    public static final By QUIZ_LINK = By.id("unit-quiz-link");

    private final Browser browser;

    private UnitScreen(Browser browser) {
        this.browser = browser;
    }

    public static UnitScreen open(Browser browser, URL base, String course, String unitKey, String cohortId) {
        browser.open(base, "app/unit.xhtml?course=" + course + "&unit=" + unitKey + "&cohort=" + cohortId);
        return current(browser);
    }

    public static UnitScreen current(Browser browser) {
        browser.visible(TITLE);
        return new UnitScreen(browser);
    }

    public String title() {
        return browser.visible(TITLE).getText().strip();
    }

    public String readStatus() {
        return browser.driver().findElement(READ_STATUS).getText().strip();
    }

    /** Scrolls down the lesson to its end, as a reader would, and waits until the page says it is read. */
    public void readToTheEnd() {
        WebElement end = browser.driver().findElement(END);
        browser.script("arguments[0].scrollIntoView({block: 'end'});", end);
        browser.until("the lesson marked as read", d -> readStatus().startsWith("You have read this lesson"));
    }

    /** The id of the element the address's #fragment names, once the browser is there. */
    public String target() {
        return (String) browser.script("return location.hash.substring(1);");
    }

    /** The page as the print stylesheet shows it (Chromium's print media emulation), until closed. */
    public Print asPrinted() {
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        return new Print(cdp);
    }

    public final class Print implements AutoCloseable {
        private final HasCdp cdp;

        private Print(HasCdp cdp) {
            this.cdp = cdp;
        }

        /** The computed display of the first element the selector finds. */
        public String display(String selector) {
            return (String) browser.script("return getComputedStyle(document.querySelector(arguments[0])).display;", selector);
        }

        @Override
        public void close() {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    public boolean hasElementWithId(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }
}
