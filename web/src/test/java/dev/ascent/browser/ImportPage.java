package dev.ascent.browser;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** app/provider/import.xhtml?cohort=…: choose a roster file (or paste it), preview, import. */
public final class ImportPage {
    public static final By FILE = By.id("import:file");
    public static final By TEXT = By.id("import:text");
    public static final By PREVIEW = By.id("import:preview");
    public static final By CONFIRM = By.id("import:confirm");
    public static final By REPORT = By.id("report-heading");
    public static final By SUMMARY = By.id("report-summary");
    public static final By BACK = By.id("back-to-roster");

    private final Browser browser;

    ImportPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.tagName("h1"));
    }

    public static ImportPage open(Browser browser, URL base, String cohortId) {
        browser.open(base, "app/provider/import.xhtml?cohort=" + cohortId);
        return new ImportPage(browser);
    }

    /**
     * Chooses the file as the file dialog would (Selenium types the path into the file input; no
     * dialog can be driven headless), then Tabs on to "Preview" and presses Enter.
     */
    public ImportPage previewFileWithKeyboard(Path file) {
        browser.tabTo(FILE, 30);
        browser.driver().findElement(FILE).sendKeys(file.toAbsolutePath().toString());
        browser.tabTo(PREVIEW, 5);
        browser.press(Keys.ENTER);
        browser.visible(REPORT);
        return this;
    }

    /** Keyboard only: Tab to the text area, type the rows, Tab on to "Preview", Enter. */
    public ImportPage previewPastedWithKeyboard(String csv) {
        browser.tabTo(TEXT, 30);
        browser.type(csv);
        browser.tabTo(PREVIEW, 5);
        browser.press(Keys.ENTER);
        browser.visible(REPORT);
        return this;
    }

    public String reportHeading() {
        return browser.driver().findElement(REPORT).getText().strip();
    }

    public String summary() {
        return browser.visible(SUMMARY).getText().strip();
    }

    /** The problems as "line: problem" in the report's order. */
    public List<String> issues() {
        return browser.driver().findElements(By.cssSelector("#import\\:issues tbody tr")).stream()
                .map(row -> row.findElement(By.cssSelector(".issue-line")).getText().strip() + ": "
                        + row.findElement(By.cssSelector(".issue-problem")).getText().strip())
                .toList();
    }

    public boolean canImport() {
        return !browser.driver().findElements(CONFIRM).isEmpty();
    }

    /** From the report (focus is on its heading), Tab to "Import … learners" and press Enter. */
    public ImportPage importWithKeyboard() {
        browser.tabTo(CONFIRM, 10);
        browser.press(Keys.ENTER);
        browser.until("the import's report", d -> d.findElement(REPORT).getText().strip().equals("Imported"));
        return this;
    }

    /** Tab to "Back to the roster" and follow it. */
    public RosterPage backToRosterWithKeyboard() {
        browser.tabTo(BACK, 10);
        browser.press(Keys.ENTER);
        return RosterPage.current(browser);
    }

    public WebElement focused() {
        return browser.focused();
    }
}
