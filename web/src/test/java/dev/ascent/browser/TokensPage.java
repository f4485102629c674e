package dev.ascent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** app/tokens.xhtml: the signed-in person's API tokens. */
public final class TokensPage {
    public static final By NAME = By.id("tokens:name");
    public static final By CREATE = By.id("tokens:create");
    public static final By SECRET = By.id("secret");
    public static final By SECRET_PANEL = By.id("tokens:secretPanel");
    public static final By NAME_ERROR = By.cssSelector("#tokens\\:nameMessage.ui-message-error");
    public static final By MESSAGES = By.id("tokens:messages");
    public static final By DIALOG = By.id("confirm");
    public static final By CONFIRM = By.id("confirmYes");
    public static final By KEEP = By.id("confirmNo");

    private final Browser browser;

    TokensPage(Browser browser) {
        this.browser = browser;
        browser.visible(NAME);
    }

    public static TokensPage open(Browser browser, URL base) {
        browser.open(base, "app/tokens.xhtml");
        return new TokensPage(browser);
    }

    public static TokensPage current(Browser browser) {
        browser.until("the tokens page", d -> browser.path().endsWith("/app/tokens.xhtml"));
        return new TokensPage(browser);
    }

    /**
     * Keyboard only: Tab to the name field, type, Tab to "Create token" (the next stop), Enter.
     * Returns the secret shown once; focus is then on it, ready to copy.
     */
    public String createWithKeyboard(String name) {
        submitName(name);
        WebElement secret = browser.visible(SECRET);
        browser.until("focus on the new secret", d -> secret.equals(browser.focused()));
        return secret.getAttribute("value");
    }

    public void submitName(String name) {
        browser.tabTo(NAME, 25);
        browser.type(name);
        browser.press(Keys.TAB);
        assertEquals("tokens:create", browser.focused().getAttribute("id"), "Tab from the name goes to Create token");
        browser.press(Keys.ENTER);
    }

    public String nameError() {
        return browser.visible(NAME_ERROR).getText().strip();
    }

    public boolean secretShown() {
        return !browser.driver().findElements(SECRET).isEmpty();
    }

    public String secretHint() {
        return browser.driver().findElement(By.id("secret-hint")).getText().strip();
    }

    public List<String> names() {
        return browser.driver().findElements(By.cssSelector("#tokens\\:list tbody tr .token-name")).stream()
                .map(element -> element.getText().strip()).toList();
    }

    /** The row's cells (name, created, last used, status), or empty when no row has that name. */
    public Optional<List<String>> row(String name) {
        return rowElement(name).map(row -> row.findElements(By.tagName("td")).stream()
                .limit(4).map(cell -> cell.getText().strip()).toList());
    }

    public String status(String name) {
        return row(name).orElseThrow(() -> new AssertionError("no token named " + name)).get(3);
    }

    /** Tabs to the row's "Revoke" and presses Enter: the confirmation dialog opens. */
    public void startRevokeWithKeyboard(String name) {
        WebElement button = rowElement(name).orElseThrow().findElement(By.cssSelector("button[id$=':revoke']"));
        browser.tabTo(By.id(button.getAttribute("id")), 40);
        browser.press(Keys.ENTER);
        browser.visible(DIALOG);
    }

    public boolean dialogOpen() {
        List<WebElement> dialog = browser.driver().findElements(DIALOG);
        return !dialog.isEmpty() && dialog.get(0).isDisplayed();
    }

    /** In the open dialog: Tab to "Revoke" (focus stays inside the dialog) and press Enter. */
    public void confirmWithKeyboard(String name) {
        browser.tabTo(CONFIRM, 4);
        browser.press(Keys.ENTER);
        browser.until("the token marked revoked", d -> status(name).startsWith("Revoked"));
    }

    public WebElement focused() {
        return browser.focused();
    }

    private Optional<WebElement> rowElement(String name) {
        return browser.driver().findElements(By.cssSelector("#tokens\\:list tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".token-name")).getText().strip().equals(name))
                .findFirst();
    }
}
