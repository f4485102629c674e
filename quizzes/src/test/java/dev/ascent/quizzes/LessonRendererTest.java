package dev.ascent.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
