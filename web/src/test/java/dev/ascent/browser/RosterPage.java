package dev.ascent.browser;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** app/provider/cohort.xhtml?cohort=…: a cohort's roster for its provider's admins. */
public final class RosterPage {
    public static final By ROWS = By.cssSelector("#roster\\:list tbody tr");
    public static final By COUNT = By.id("learner-count");
    public static final By EMAIL = By.id("add:email");
    public static final By NAME = By.id("add:name");
    public static final By ADD = By.id("add:submit");
    public static final By DIALOG = By.id("confirm");
    public static final By CONFIRM = By.id("confirmYes");
    public static final By KEEP = By.id("confirmNo");

    private final Browser browser;

    RosterPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.id("roster-heading"));
    }

    public static RosterPage open(Browser browser, URL base, String cohortId) {
        browser.open(base, "app/provider/cohort.xhtml?cohort=" + cohortId);
        return new RosterPage(browser);
    }

    public static RosterPage current(Browser browser) {
        browser.until("the cohort page", d -> browser.path().endsWith("/app/provider/cohort.xhtml"));
        return new RosterPage(browser);
    }

    public int learnerCount() {
        return Integer.parseInt(browser.driver().findElement(COUNT).getText().strip());
    }

    public List<String> emails() {
        return browser.driver().findElements(By.cssSelector("#roster\\:list .learner-email")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    public String status(String email) {
        return row(email).orElseThrow(() -> new AssertionError("nobody with " + email + " on the roster"))
                .findElement(By.cssSelector(".learner-status")).getText().strip();
    }

    /** Keyboard only: Tab to the email, type, Tab to the name, type, Enter. Returns the form's message. */
    public String addWithKeyboard(String email, String name) {
        String before = messages();
        browser.tabTo(EMAIL, 200);
        browser.type(email);
        browser.press(Keys.TAB);
        browser.type(name);
        browser.press(Keys.ENTER);
        return browser.until("the answer to adding", d -> {
            String now = messages();
            return now.isEmpty() || now.equals(before) ? null : now;
        });
    }

    private String messages() {
        return browser.driver().findElements(By.cssSelector("#add\\:addMessages li, #add .ui-message-error")).stream()
                .map(e -> e.getText().strip()).reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
    }

    /** Tabs to the row's "Withdraw" and presses Enter: the confirmation opens. */
    public void startWithdrawWithKeyboard(String email) {
        WebElement button = row(email).orElseThrow().findElement(By.cssSelector("button[id$=':withdraw']"));
        browser.tabTo(By.id(button.getAttribute("id")), 250);
        browser.press(Keys.ENTER);
        browser.visible(DIALOG);
    }

    public void confirmWithKeyboard(String email) {
        browser.tabTo(CONFIRM, 4);
        browser.press(Keys.ENTER);
        browser.until("the learner withdrawn", d -> status(email).equals("Withdrawn"));
    }

    public boolean dialogOpen() {
        List<WebElement> dialog = browser.driver().findElements(DIALOG);
        return !dialog.isEmpty() && dialog.get(0).isDisplayed();
    }

    private Optional<WebElement> row(String email) {
        return browser.driver().findElements(ROWS).stream()
                .filter(row -> row.findElement(By.cssSelector(".learner-email")).getText().strip().equals(email))
                .findFirst();
    }
}
