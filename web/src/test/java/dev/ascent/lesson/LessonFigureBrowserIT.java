package dev.ascent.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.FigureWidget;
import dev.ascent.browser.LoginPage;
import dev.ascent.browser.UnitScreen;
import dev.ascent.identity.TestPerson;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A learner reads unit 4 in Chromium: the gradient-descent figure is drawn from the lesson's numbers
 * and has a text alternative; moving the learning rate with the keyboard redraws the steps and the
 * live line switches between converging and diverging; the starting weight moves too; no script or
 * style is refused by the page's Content-Security-Policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonFigureBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_learner_moves_the_learning_rate_by_keyboard_and_sees_gradient_descent_converge_or_diverge() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson ada = TestPerson.create(base, "Ada Figurereader");
        fixtures.enroll(cohort, ada, "ACTIVE");
        LoginPage.open(browser, base).signInWithKeyboard(ada.email(), ada.password());

        UnitScreen unit = UnitScreen.open(browser, base, "ml-engineer", "u4", cohort.cohortId());
        assertEquals("Unit 4: How machines learn III: model optimization", unit.title());
        FigureWidget figure = FigureWidget.of(browser, "descent-steps");
        assertEquals("img", figure.svg().getAttribute("role"));
        String alternative = figure.textAlternative();
        assertTrue(alternative.contains("The loss L(w) = (2w − 6)²") && alternative.contains("w₁ = 1.8 (loss 5.76)"), alternative);
        assertTrue(figure.caption().startsWith("Gradient descent on the worked example (x = 2, y = 6)."), figure.caption());
        assertEquals(List.of("w₀ = 1", "w₁ = 1.8", "w₂ = 2.28"), figure.stepLabels(), "the lesson's own two steps");
        assertEquals(11, figure.drawnSteps());
        assertTrue(figure.status().startsWith("η = 0.05, w₀ = 1: gradient descent converges;"), figure.status());
        assertEquals("Learning rate η", figure.label(figure.rateSlider()));
        assertEquals("Starting weight w₀", figure.label(figure.startSlider()));

        // 0.05 → 0.1 → 0.15 → 0.2 → 0.24 → 0.26: past 0.25 every step overshoots by more than it gains
        String diverging = figure.moveRateWithKeyboard(FigureWidget.times(5, Keys.ARROW_RIGHT));
        assertTrue(diverging.startsWith("η = 0.26, w₀ = 1: gradient descent diverges;"), diverging);
        assertEquals("0.26", figure.rateSlider().getAttribute("aria-valuetext"));
        assertEquals(11, figure.drawnSteps(), "at 0.26 the swings grow slowly: all ten steps stay on the weight axis");

        String back = figure.moveRateWithKeyboard(Keys.ARROW_LEFT);
        assertTrue(back.startsWith("η = 0.24, w₀ = 1: gradient descent converges, overshooting from side to side;"), back);

        String largest = figure.moveRateWithKeyboard(Keys.END);
        assertTrue(largest.startsWith("η = 0.35, w₀ = 1: gradient descent diverges;"), largest);
        assertTrue(figure.drawnSteps() < 11, "steps that leave the weight axis are not drawn");
        String smallest = figure.moveRateWithKeyboard(Keys.HOME);
        assertTrue(smallest.startsWith("η = 0.001, w₀ = 1: gradient descent converges;"), smallest);

        String moved = figure.moveStartWithKeyboard(Keys.ARROW_RIGHT);
        assertTrue(moved.startsWith("η = 0.001, w₀ = 1.5: gradient descent converges;"), moved);
        assertEquals("w₀ = 1.5", figure.stepLabels().get(0));

        assertFalse(browser.driver().findElements(
                By.cssSelector("#lesson a[href$='glossary.xhtml?course=ml-engineer#term-learning-rate']")).isEmpty(),
                "the first bold mention of a key term links to the glossary");
        assertEquals(List.of(), browser.policyViolations());
    }
}
