package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Http;
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

/** Start, save, submit through HTTP, persisted and graded in the real container. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttemptApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void start_save_submit_and_submit_again() {
        Http http = Http.admin(base);
        String quizId = Http.object(http.get("api/courses/ml-engineer")).getJsonArray("units").getJsonObject(1)
                .getString("quizId");

        HttpResponse<String> started = http.postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        JsonObject sheet = Http.object(started);
        String attemptId = sheet.getString("id");
        assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/attempts/" + attemptId));
        assertEquals(10, sheet.getJsonArray("items").size());
        assertNoKeyFields(started.body());

        JsonObject item = sheet.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("type").equals("single-choice")).findFirst()
                .orElse(sheet.getJsonArray("items").getJsonObject(0));
        String body = item.getString("type").equals("single-choice")
                ? "{\"selected\": [\"" + item.getJsonArray("options").getJsonObject(0).getString("id") + "\"]}"
                : "{\"text\": \"an answer\"}";
        HttpResponse<String> saved = http.put("api/attempts/" + attemptId + "/responses/" + item.getString("id"),
                "application/json", body);
        assertEquals(200, saved.statusCode(), saved::body);
        assertEquals(1, Http.object(saved).getInt("revision"));

        HttpResponse<String> resumed = http.get("api/attempts/" + attemptId);
        assertEquals(200, resumed.statusCode());
        assertTrue(Http.object(resumed).getJsonObject("responses").containsKey(item.getString("id")));
        assertNoKeyFields(resumed.body());

        JsonObject result = Http.object(http.postEmpty("api/attempts/" + attemptId + "/submit"));
        assertEquals("SUBMITTED", result.getString("state"));
        assertEquals(10.0, result.getJsonNumber("maxScore").doubleValue());
        double score = result.getJsonNumber("score").doubleValue();
        assertTrue(score == 0.0 || score == 1.0, "one answered item scores 0 or 1, was " + score);
        assertFalse(result.getBoolean("passed"));

        JsonObject again = Http.object(http.postEmpty("api/attempts/" + attemptId + "/submit"));
        assertEquals(result, again);
    }

    /** The sheet carries stems and choices only: no key, feedback, formula or seed by any name. */
    private static void assertNoKeyFields(String json) {
        for (String leak : new String[] {"\"answer", "\"correct", "\"feedback", "\"explanation", "\"seed",
                "\"formula", "\"accepted", "\"pattern", "\"tolerance"}) {
            assertFalse(json.contains(leak), () -> "response carries " + leak + ": " + json);
        }
    }
}
