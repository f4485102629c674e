package dev.ascent.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LessonRendererTest {

    @Test
    void headingsGetStableAnchorsAndTablesRender() {
        RenderedLesson lesson = LessonRenderer.render("""
                # Title

                ## The gradient

                | step | w |
                |---|---|
                | 1 | 1.8 |

                ## The gradient
                """);
        assertEquals(List.of(new RenderedLesson.LessonSection("the-gradient", "The gradient", 2),
                new RenderedLesson.LessonSection("the-gradient-1", "The gradient", 2)), lesson.sections());
        assertTrue(lesson.html().contains("<h2 id=\"the-gradient\">The gradient</h2>"), lesson.html());
        assertTrue(lesson.html().contains("<td>1.8</td>"), lesson.html());
    }

    @Test
    void rawHtmlAndScriptLinksComeOutInert() {
        String html = LessonRenderer.render("""
                <script>alert(1)</script>

                [click](javascript:alert(1)) <img src=x onerror=alert(1)>
                """).html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
    }

    /** The hostile test course's lesson, which the validator refuses (CourseValidatorTest), is inert when rendered anyway. */
    @Test
    void theHostileLessonRendersInert() throws Exception {
        String markdown = java.nio.file.Files.readString(Path.of("src/test/resources/courses/hostile-lesson/units/01-basics/lesson.md"));
        String html = LessonRenderer.render(markdown).html();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(Pattern.compile("<[^>]*\\sonerror=", Pattern.CASE_INSENSITIVE).matcher(html).find(), html);
        assertFalse(html.toLowerCase().contains("href=\"javascript:"), html);
        assertEquals(3, LessonRenderer.check(markdown).problems().size());
    }

    @Test
    void figureTextIsEscapedAndOnlyNumbersReachTheMarkup() {
        Figure hostile = new Figure("bars", "error-bars", "<script>alert(1)</script>", "\" onload=\"alert(1)",
                null, new Figure.ErrorBars("<b>minutes</b>", List.of(new Figure.Pair("<img src=x onerror=alert(1)>", 1, 2))),
                null, null);
        String html = LessonRenderer.render("# T\n\n```figure\nbars\n```\n", Map.of("bars", hostile), Glossary.none()).html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("\" onload"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void gradientDescentFigureIsAccessibleSvgWhoseStepsMatchTheData() {
        CourseContent course = CourseLoader.fromClasspath(getClass().getClassLoader(), "courses/figures");
        UnitContent unit = course.units().get(0);
        Map<String, Figure> figures = unit.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        String html = LessonRenderer.render(unit.lessonMarkdown(), figures, Glossary.none()).html();

        assertTrue(html.contains("<figure class=\"lesson-figure figure-gradient-descent\" id=\"figure-descent\""), html);
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"figure-descent-title figure-descent-desc\""), html);
        assertTrue(html.contains("<desc id=\"figure-descent-desc\">The loss curve (w·2 − 6)² with steps from w = 1 towards w = 3.</desc>"),
                html);
        assertTrue(html.contains("<figcaption>Gradient descent on one example</figcaption>"), html);
        // w0 = 1, w1 = 1 − 0.05·2·2·(1·2 − 6) = 1.8, w2 = 2.28: the labels come from the data
        assertTrue(html.contains(">w₀ = 1</text>") && html.contains(">w₁ = 1.8</text>") && html.contains(">w₂ = 2.28</text>"), html);
        // the step dots sit on the curve: w = 1.8 on an axis from −2 to 8 over 400 px from x = 64 is at 64 + 3.8/10·400
        assertTrue(html.contains("cx=\"216.0\""), html);
        assertEquals(11, count(html, "class=\"figure-step\""), "start and 10 steps");
        // the controls: native, labelled range inputs; the status is live; no inline script or style
        assertTrue(html.contains("<label for=\"figure-descent-rate\">Learning rate η</label>"), html);
        assertTrue(html.contains("type=\"range\" class=\"figure-rate\" id=\"figure-descent-rate\" min=\"0\" max=\"2\" step=\"1\" value=\"1\""),
                html);
        assertTrue(html.contains("data-rates=\"0.01 0.05 0.3\""), html);
        assertTrue(html.contains("aria-live=\"polite\">η = 0.05, w₀ = 1: gradient descent converges;"), html);
        assertFalse(Pattern.compile("\\s(on[a-z]+|style)=").matcher(html).find(), html);
        assertFalse(html.contains("<script"), html);
        // the error bars: one bar per pair from the true to the predicted value, the error written out
        assertTrue(html.contains(">+2</text>") && html.contains(">−4</text>"), html);
        assertEquals(2, count(html, "class=\"figure-error\""));
    }

    @Test
    void statusSaysWhetherGradientDescentConvergesOrDiverges() {
        assertEquals("η = 0.05, w₀ = 1: gradient descent converges; each step multiplies the distance to the best weight 3 by 0.6."
                + " After 2 steps w = 2.28 and the loss is 2.074.", FigureRenderer.status(2, 6, 1, 0.05, 2));
        assertEquals("η = 0.3, w₀ = 1: gradient descent diverges; each step multiplies the distance to the best weight 3 by −1.4."
                + " After 2 steps w = −0.92 and the loss is 61.47.", FigureRenderer.status(2, 6, 1, 0.3, 2));
        assertTrue(FigureRenderer.status(2, 6, 1, 0.2, 10).contains("converges, overshooting from side to side"));
        assertTrue(FigureRenderer.status(2, 6, 1, 0.25, 10).contains("neither converges nor diverges"));
        assertTrue(FigureRenderer.status(2, 6, 3, 0.3, 10).contains("starts at the best weight 3"));
    }

    @Test
    void decisionBoundaryIsDrawnWhereTheScoreIsZero() {
        Figure.DecisionBoundary d = new Figure.DecisionBoundary("links", "contact", "spam", "not spam", 0.8, -2.0, -1.0,
                List.of(new Figure.ClassPoint(3, 0, true, "A"), new Figure.ClassPoint(1, 1, false, "B")));
        List<double[]> ends = FigureRenderer.boundary(d, new FigureRenderer.Plot(0, 4, -0.5, 1.5));
        assertEquals(2, ends.size());
        for (double[] end : ends) {
            assertEquals(0, 0.8 * end[0] - 2.0 * end[1] - 1.0, 1e-9);
        }
    }

    @Test
    void firstBoldMentionOfAKeyTermLinksToTheGlossary() {
        Glossary glossary = new Glossary("ml-engineer", List.of("Learning rate", "Batch", "Parameters"));
        String html = LessonRenderer.render("""
                # Title

                ## The **learning rate**

                The **learning rate** is η. The **Learning Rate** again. Split the data into **batches**; the
                **parameter** changes. **Nothing** here.
                """, Map.of(), glossary).html();
        assertTrue(html.contains("<h2 id=\"the-learning-rate\">The <strong>learning rate</strong></h2>"), html);
        assertTrue(html.contains("The <a href=\"glossary.xhtml?course=ml-engineer#term-learning-rate\"><strong>learning rate</strong></a> is η."),
                html);
        assertTrue(html.contains("The <strong>Learning Rate</strong> again."), html);
        assertTrue(html.contains("<a href=\"glossary.xhtml?course=ml-engineer#term-batch\"><strong>batches</strong></a>"), html);
        assertTrue(html.contains("<a href=\"glossary.xhtml?course=ml-engineer#term-parameters\"><strong>parameter</strong></a>"), html);
        assertTrue(html.contains("<strong>Nothing</strong>"), html);
        assertEquals("mean-squared-error-mse", Glossary.anchor("Mean squared error (MSE)"));
        assertEquals("term-f1-score", Glossary.id(" F1 score "));
        assertEquals("regularisation-cafe", Glossary.anchor("Regularisation (café)"));
    }

    /** Every bundled lesson renders; its anchors are unique, stable and in the HTML; each objective is taught by one of them. */
    @Test
    void everyBundledLessonRendersWithStableAnchorsFiguresAndTermLinks() {
        CourseContent course = CourseLoader.fromClasspath(getClass().getClassLoader(), "course");
        List<String> terms = course.units().stream().flatMap(u -> u.keyTerms().stream()).map(KeyTerm::term).toList();
        Glossary glossary = new Glossary(course.id(), terms);
        int termLinks = 0;
        for (UnitContent unit : course.units()) {
            Map<String, Figure> figures = unit.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
            RenderedLesson first = LessonRenderer.render(unit.lessonMarkdown(), figures, glossary);
            RenderedLesson again = LessonRenderer.render(unit.lessonMarkdown(), figures, glossary);
            assertEquals(first, again, unit.folder() + " renders the same twice");
            assertTrue(first.sections().size() >= 5, unit.folder());
            Set<String> anchors = new HashSet<>();
            for (RenderedLesson.LessonSection section : first.sections()) {
                assertTrue(section.anchor().matches("[a-z0-9][a-z0-9-]*"), section.anchor());
                assertTrue(anchors.add(section.anchor()), "unique " + section.anchor());
                assertTrue(first.html().contains("<h" + section.level() + " id=\"" + section.anchor() + "\">"), section.anchor());
            }
            for (Objective objective : unit.objectives()) {
                assertFalse(objective.sections().isEmpty(), objective.id());
                assertTrue(anchors.containsAll(objective.sections()), objective.id());
            }
            termLinks += count(first.html(), "href=\"glossary.xhtml?course=ml-engineer#term-");
            if (unit.number() >= 2 && unit.number() <= 4) {
                assertTrue(first.html().contains("href=\"glossary.xhtml?course=ml-engineer#term-"), unit.folder() + " links a key term");
            }
            assertFalse(first.html().contains("<script"), unit.folder());
            assertEquals(unit.figures().size(), count(first.html(), "<figure "), unit.folder());
            assertEquals(unit.figures().size(), count(first.html(), "role=\"img\""), unit.folder());
        }
        assertTrue(termLinks >= 20, termLinks + " key-term links in the course");
        for (String core : List.of("02-decision-process", "03-error-function", "04-model-optimization")) {
            UnitContent unit = course.units().stream().filter(u -> u.folder().equals(core)).findFirst().orElseThrow();
            assertFalse(unit.figures().isEmpty(), core + " has a figure");
        }
        UnitContent u4 = course.units().get(3);
        Figure descent = u4.figures().get(0);
        assertEquals(new Figure.GradientDescent(2, 6, 1, 0.05, 10, -2, 8,
                List.of(0.001, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.24, 0.26, 0.3, 0.35), -1, 7, 0.5), descent.gradientDescent());
        Figure tooLarge = u4.figures().get(1);
        double[] w = FigureRenderer.steps(2, 6, 1, tooLarge.gradientDescent().learningRate(), 2);
        assertEquals(5.8, w[1], 1e-9, "the lesson's first step at η = 0.3");
        assertEquals(-0.92, w[2], 1e-9, "the lesson's second step at η = 0.3");
        assertTrue(tooLarge.alt().contains("w₁ = 5.8") && tooLarge.alt().contains("w₂ = −0.92"), tooLarge.alt());
    }

    private static int count(String html, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
