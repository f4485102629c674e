package dev.ascent.browser;

import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A lesson figure on the unit page ({@code <figure id="figure-…">}, drawn by the server as SVG), and
 * for the interactive gradient-descent figure its sliders and live status line.
 */
public final class FigureWidget {
    private final Browser browser;
    private final String id;

    private FigureWidget(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
    }

    /** The figure with this id (without the {@code figure-} prefix), once it is visible. */
    public static FigureWidget of(Browser browser, String figureId) {
        browser.visible(By.id("figure-" + figureId));
        return new FigureWidget(browser, "figure-" + figureId);
    }

    public WebElement svg() {
        return browser.driver().findElement(By.cssSelector("#" + id + " svg"));
    }

    /** The text the SVG is labelled by (its aria-labelledby elements: title and desc), as a screen reader gets it. */
    public String textAlternative() {
        String ids = svg().getAttribute("aria-labelledby");
        return String.join(" ", Arrays.stream(ids.split(" "))
                .map(part -> browser.driver().findElement(By.id(part)).getAttribute("textContent").strip())
                .toList());
    }

    public String caption() {
        return browser.driver().findElement(By.cssSelector("#" + id + " figcaption")).getText().strip();
    }

    public String status() {
        return browser.driver().findElement(By.id(id + "-status")).getText().strip();
    }

    /** The weights of the drawn steps, from their labels (w₀ = …, w₁ = …, w₂ = …). */
    public List<String> stepLabels() {
        return browser.driver().findElements(By.cssSelector("#" + id + " .figure-steps text")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    public int drawnSteps() {
        return browser.driver().findElements(By.cssSelector("#" + id + " .figure-steps circle")).size();
    }

    public WebElement rateSlider() {
        return browser.driver().findElement(By.id(id + "-rate"));
    }

    public WebElement startSlider() {
        return browser.driver().findElement(By.id(id + "-start"));
    }

    /** The label a slider is named by. */
    public String label(WebElement slider) {
        return browser.driver().findElement(By.cssSelector("label[for='" + slider.getAttribute("id") + "']")).getText().strip();
    }

    /** Keyboard only: Tab to the learning-rate slider, then press these keys on it; waits for the status to change. */
    public String moveRateWithKeyboard(CharSequence... keys) {
        return move(By.id(id + "-rate"), keys);
    }

    /** Keyboard only: Tab to the starting-weight slider, then press these keys on it; waits for the status to change. */
    public String moveStartWithKeyboard(CharSequence... keys) {
        return move(By.id(id + "-start"), keys);
    }

    private String move(By slider, CharSequence... keys) {
        String before = status();
        if (!browser.visible(slider).equals(browser.focused())) {
            browser.tabTo(slider, 300);
        }
        browser.press(keys);
        return browser.until("the figure's status to change", d -> {
            String now = status();
            return now.equals(before) ? null : now;
        });
    }

    public static CharSequence[] times(int n, Keys key) {
        CharSequence[] keys = new CharSequence[n];
        Arrays.fill(keys, key);
        return keys;
    }
}
