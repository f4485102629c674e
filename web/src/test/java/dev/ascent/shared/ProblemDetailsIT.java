package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every failure a client can cause, or meet, answers in RFC 9457 problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemDetailsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void unknown_course_is_404_with_a_stable_type() {
        JsonObject problem = problem(new Http(base).get("api/courses/no-such-course"), 404);
        assertEquals("urn:ascent:problem:not-found", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("no-such-course"));
        assertEquals("/api/courses/no-such-course", problem.getString("instance"));
    }

    @Test
    void unknown_address_is_404() {
        problem(new Http(base).get("api/nothing-here"), 404);
    }

    @Test
    void malformed_json_is_400() {
        Fixtures.Person learner = learner();
        String attempt = startAttempt(learner);
        JsonObject problem = problem(learner.http().put("api/attempts/" + attempt + "/responses/x", "application/json",
                "{\"answer\": {\"selected\": [\"a\""), 400);
        assertEquals("urn:ascent:problem:malformed-body", problem.getString("type"));
    }

    @Test
    void wrong_content_type_is_415() {
        Fixtures.Person learner = learner();
        String attempt = startAttempt(learner);
        problem(learner.http().put("api/attempts/" + attempt + "/responses/x", "text/plain", "a"), 415);
    }

    @Test
    void a_save_without_its_base_revision_is_400_with_the_field_named() {
        Fixtures.Person learner = learner();
        String attempt = startAttempt(learner);
        JsonObject problem = problem(learner.http().put("api/attempts/" + attempt + "/responses/x", "application/json",
                "{\"answer\": {\"truth\": true}}"), 400);
        assertEquals("urn:ascent:problem:validation", problem.getString("type"));
        assertEquals("baseRevision", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void saving_into_a_submitted_attempt_is_409_and_keeps_the_answer() {
        Fixtures.Person learner = learner();
        Http http = learner.http();
        String attempt = startAttempt(learner);
        JsonObject item = Http.object(http.get("api/attempts/" + attempt)).getJsonArray("items").getJsonObject(0);
        String itemId = item.getString("id");
        String answer = item.getJsonArray("options").isEmpty() ? "{\"truth\": true}"
                : "{\"selected\": [\"" + item.getJsonArray("options").getJsonObject(0).getString("id") + "\"]}";
        if (item.getString("type").equals("short-text")) {
            answer = "{\"text\": \"kept\"}";
        } else if (item.getString("type").equals("numeric")) {
            answer = "{\"number\": 12.5}";
        } else if (item.getString("type").equals("matching")) {
            answer = "{\"pairs\": {}}";
        }
        assertEquals(200, http.put("api/attempts/" + attempt + "/responses/" + itemId, "application/json",
                "{\"answer\": " + answer + ", \"baseRevision\": 0}").statusCode());
        assertEquals(200, http.postEmpty("api/attempts/" + attempt + "/submit").statusCode());

        JsonObject problem = problem(http.put("api/attempts/" + attempt + "/responses/" + itemId, "application/json",
                "{\"answer\": {\"text\": \"late\"}, \"baseRevision\": 1}"), 409);
        assertEquals("urn:ascent:problem:attempt-closed", problem.getString("type"));
        assertEquals("urn:ascent:problem:attempt-closed", Http.object(http.put("api/attempts/" + attempt
                        + "/responses/" + itemId, "application/json", "{\"answer\": " + answer + ", \"baseRevision\": 1}"))
                .getString("type"), "even the same answer is refused once submitted");
        assertEquals(1, Http.object(http.get("api/attempts/" + attempt)).getJsonObject("responses")
                .getJsonObject(itemId).getInt("revision"), "the stored answer is untouched");
    }

    @Test
    void starting_an_attempt_unsigned_is_401_and_a_bad_token_too() {
        String quizId = Http.object(new Http(base).get("api/courses/ml-engineer")).getJsonArray("units")
                .getJsonObject(0).getString("quizId");
        problem(new Http(base).postEmpty("api/quizzes/" + quizId + "/attempts"), 401);
        problem(Http.withToken(base, "not-a-real-token").get("api/me"), 401);
    }

    @Test
    void wrong_password_is_401_bad_credentials() {
        JsonObject problem = problem(new Http(base).post("api/session", "application/json",
                "{\"email\": \"" + System.getProperty("it.admin.email") + "\", \"password\": \"wrong\"}"), 401);
        assertEquals("urn:ascent:problem:bad-credentials", problem.getString("type"));
    }

    @Test
    void an_unexpected_failure_is_500_without_internals() {
        HttpResponse<String> response = new Http(base).get("api/test-failure");
        JsonObject problem = problem(response, 500);
        assertEquals("urn:ascent:problem:internal", problem.getString("type"));
        assertFalse(response.body().contains("secret internal detail"));
        assertFalse(response.body().contains("IllegalStateException"));
    }

    private Fixtures.Person learner() {
        Fixtures fixtures = new Fixtures(base);
        return fixtures.learner(fixtures.cohort());
    }

    private String startAttempt(Fixtures.Person learner) {
        HttpResponse<String> started = learner.http().postEmpty("api/quizzes/" + Fixtures.quizOfUnit(learner.http(), 1)
                + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        return Http.object(started).getString("id");
    }

    static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> "content type " + response.headers().firstValue("Content-Type"));
        JsonObject problem = Http.object(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        return problem;
    }
}
