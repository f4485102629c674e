package dev.ascent.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void lists_the_courses_with_their_units() {
        HttpResponse<String> response = new Http(base).get("api/courses");
        assertEquals(200, response.statusCode());
        JsonArray courses = (JsonArray) Http.json(response);
        JsonObject course = courses.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("id").equals("ml-engineer")).findFirst().orElseThrow();
        assertEquals("Become a Machine Learning Engineer", course.getString("title"));
        assertTrue(course.getJsonArray("units").size() >= 8);
    }

    @Test
    void the_outline_gives_units_lessons_and_quiz_ids() {
        JsonObject outline = Http.object(new Http(base).get("api/courses/ml-engineer"));
        JsonArray units = outline.getJsonArray("units");
        assertTrue(units.size() >= 8);
        for (JsonValue value : units) {
            JsonObject unit = value.asJsonObject();
            assertFalse(unit.getString("quizId").isBlank());
            assertFalse(unit.getJsonArray("lessons").isEmpty());
            assertFalse(unit.getJsonArray("objectives").isEmpty());
            assertTrue(unit.getInt("poolSize") >= 15);
        }
        assertEquals(1, units.getJsonObject(0).getInt("number"));
    }

    @Test
    void the_home_page_shows_the_outline_from_the_database() {
        HttpResponse<String> page = new Http(base).get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Become a Machine Learning Engineer"));
        JsonObject firstUnit = Http.object(new Http(base).get("api/courses/ml-engineer")).getJsonArray("units")
                .getJsonObject(0);
        assertTrue(page.body().contains(firstUnit.getString("title").replace("&", "&amp;")), "first unit title on page");
    }

    @Test
    void health_reports_the_database() {
        JsonObject health = Http.object(new Http(base).get("api/health"));
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", health.getJsonObject("checks").getString("database"));
    }
}
