package dev.ascent.browser;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** app/teach/gradebook.xhtml?cohort=…: a cohort's gradebook for its staff. */
public final class GradebookScreen {
    public static final By ROWS = By.cssSelector("#gradebook\\:table_data tr");
    public static final By UNIT = By.id("gradebook:unit");
    public static final By STATE = By.id("gradebook:state");
    public static final By SHOW = By.id("gradebook:apply");
    public static final By HISTOGRAMS = By.cssSelector("#summary svg.histogram");

    private final Browser browser;

    GradebookScreen(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("learners-heading"));
    }

    public static GradebookScreen open(Browser browser, URL base, String cohortId) {
        browser.open(base, "app/teach/gradebook.xhtml?cohort=" + cohortId);
        return new GradebookScreen(browser);
    }

    public List<String> names() {
        return browser.driver().findElements(By.cssSelector("#gradebook\\:table_data .learner-name")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The result shown in each row for one unit (e.g. "Failed"). */
    public List<String> states(String unitKey) {
        return browser.driver().findElements(By.cssSelector("#gradebook\\:table_data .unit-cell[data-unit='" + unitKey
                + "'] .unit-state")).stream().map(e -> e.getText().strip()).toList();
    }

    /** Chooses the unit and the result, presses Show and waits until the table has the given number of rows. */
    public void filter(String unitKey, String state, int expectedRows) {
        browser.visible(UNIT).findElement(By.cssSelector("option[value='" + unitKey + "']")).click();
        browser.visible(STATE).findElement(By.cssSelector("option[value='" + state + "']")).click();
        browser.visible(SHOW).click();
        browser.until(expectedRows + " rows", d -> names().size() == expectedRows
                && d.findElements(By.cssSelector("#gradebook\\:table_data .ui-datatable-empty-message")).isEmpty());
    }

    public List<WebElement> histograms() {
        return browser.driver().findElements(HISTOGRAMS);
    }

    public String histogramText(String unitKey) {
        return browser.visible(By.cssSelector(".unit-figure[data-unit='" + unitKey + "'] .histogram-text")).getText().strip();
    }
}
