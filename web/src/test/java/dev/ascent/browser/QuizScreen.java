package dev.ascent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** app/quiz.xhtml: the start screen, an attempt (one question at a time by default) and the result. */
public final class QuizScreen {
    public static final By START = By.id("intro:start");
    public static final By QUIZ = By.id("quiz");
    public static final By SAVE_STATUS = By.id("save-status");
    public static final By REVIEW_SUBMIT = By.id("review-submit");
    public static final By DIALOG = By.id("confirm-submit");
    public static final By SUBMIT_NOW = By.id("attempt:submitNow");
    public static final By VERDICT = By.id("verdict");
    public static final By SCORE = By.id("score");
    public static final By AUTO_SUBMITTED = By.id("auto-submitted");
    public static final By CONFLICT = By.id("conflict");

    private final Browser browser;

    private QuizScreen(Browser browser) {
        this.browser = browser;
    }

    public static QuizScreen open(Browser browser, URL base, String quizId, String cohortId) {
        browser.open(base, "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohortId);
        browser.visible(By.id("quiz-title"));
        return new QuizScreen(browser);
    }

    public static QuizScreen current(Browser browser) {
        browser.visible(By.id("quiz-title"));
        return new QuizScreen(browser);
    }

    /** The start screen's facts: questions, time limit, attempts, grade. */
    public String fact(String name) {
        return browser.visible(By.id("fact-" + name)).getText().strip();
    }

    /** Keyboard only: Tab to Start (or Resume) and press Enter; returns the attempt id. */
    public String startWithKeyboard() {
        browser.tabTo(START, 30);
        browser.press(Keys.ENTER);
        return attemptId();
    }

    public String attemptId() {
        return browser.visible(QUIZ).getAttribute("data-attempt");
    }

    public int size() {
        return browser.driver().findElements(By.cssSelector(".quiz-item")).size();
    }

    /** The question shown (one at a time), 1-based. */
    public WebElement question(int number) {
        return browser.visible(By.id("item-" + number));
    }

    /**
     * Answers question {@code number} with the attempt's key for that item, in the attempt's own
     * option ids: only the test-only secrets say which they are.
     */
    public void answerCorrectly(int number, JsonObject facts) {
        WebElement item = question(number);
        String n = "q" + number;
        assertEquals(facts.getString("itemId"), item.getAttribute("data-item"), "the page shows the attempt's items in order");
        switch (facts.getString("type")) {
            case "single-choice", "multiple-response" -> {
                List<String> ids = strings(facts.get("correctIds"));
                for (WebElement box : item.findElements(By.cssSelector("fieldset input"))) {
                    if (ids.contains(box.getAttribute("value")) != box.isSelected()) {
                        box.click();
                    }
                }
            }
            case "true-false" -> item.findElement(By.id(n + (facts.getBoolean("correctTrue") ? "-true" : "-false"))).click();
            case "numeric" -> typeInto(item.findElement(By.id(n + "-number")),
                    ((JsonNumber) facts.get("correctNumber")).bigDecimalValue().toPlainString());
            case "short-text" -> typeInto(item.findElement(By.id(n + "-text")),
                    facts.getJsonArray("acceptedTexts").getString(0));
            case "matching" -> {
                Map<String, JsonValue> pairs = facts.getJsonObject("correctPairs");
                for (WebElement select : item.findElements(By.tagName("select"))) {
                    String option = ((JsonString) pairs.get(select.getAttribute("data-prompt"))).getString();
                    select.findElement(By.cssSelector("option[value='" + option + "']")).click();
                }
            }
            case "ordering" -> order(item, strings(facts.get("correctIds")));
            default -> throw new AssertionError("unknown type " + facts.getString("type"));
        }
        waitSaved();
    }

    /** Keyboard: Move up buttons, pressed with Enter, until the list is in the wanted order. */
    private void order(WebElement item, List<String> wanted) {
        boolean moved = false;
        for (int position = 0; position < wanted.size(); position++) {
            while (true) {
                List<WebElement> rows = item.findElements(By.cssSelector(".ordering li"));
                int at = rows.stream().map(r -> r.getAttribute("data-id")).toList().indexOf(wanted.get(position));
                if (at <= position) {
                    break;
                }
                WebElement up = rows.get(at).findElement(By.cssSelector(".move-up"));
                browser.script("arguments[0].focus()", up);
                browser.press(Keys.ENTER);
                moved = true;
            }
        }
        if (!moved) {
            item.findElement(By.cssSelector(".keep-order")).click();
        }
    }

    private void typeInto(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB); // leaving the field is a change: saved at once
    }

    public void waitSaved() {
        browser.until("the answers saved", d -> "Saved".equals(d.findElement(SAVE_STATUS).getText().strip()));
    }

    public String saveStatus() {
        return browser.driver().findElement(SAVE_STATUS).getText().strip();
    }

    /** Keyboard: Tab from the question to its Next button and press Enter; focus lands on the next question. */
    public void nextWithKeyboard(int from) {
        browser.tabTo(By.id("next-" + from), 30);
        browser.press(Keys.ENTER);
        browser.until("question " + (from + 1) + " shown and focused",
                d -> browser.focused().getAttribute("id").equals("item-" + (from + 1) + "-heading"));
    }

    /** Keyboard: from the navigation panel, go to a question. */
    public void goToWithKeyboard(int number) {
        browser.tabTo(By.id("nav-" + number), 60);
        browser.press(Keys.ENTER);
        browser.until("question " + number + " focused",
                d -> browser.focused().getAttribute("id").equals("item-" + number + "-heading"));
    }

    /** Keyboard: Submit answers… opens the confirmation; returns its text (unanswered, flagged). */
    public String openSubmitWithKeyboard() {
        browser.tabTo(REVIEW_SUBMIT, 80);
        browser.press(Keys.ENTER);
        WebElement dialog = browser.visible(DIALOG);
        browser.until("focus in the dialog", d -> "keep-working".equals(browser.focused().getAttribute("id")));
        return dialog.getText();
    }

    /** Keyboard: in the open confirmation, Tab to Submit now and press Enter; waits for the result. */
    public void confirmSubmitWithKeyboard() {
        browser.tabTo(SUBMIT_NOW, 10);
        browser.press(Keys.ENTER);
        browser.visible(VERDICT);
    }

    public String verdict() {
        return browser.visible(VERDICT).getText().strip();
    }

    public String score() {
        return browser.visible(SCORE).getText().strip();
    }

    /** What the page would save for each item now: item id to the answer as JSON. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> answers() {
        return (Map<String, Object>) browser.script("return ascentQuiz.answers();");
    }

    private static List<String> strings(JsonValue value) {
        return value.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
