package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Numbers and dates in request bodies are checked, never wrapped: a non-integer where an integer
 * is expected, a number out of the type's range, an infinite number or a date outside 1970–9999
 * is a 400 validation problem naming the field, and what was stored stays as it was. A body over
 * the limit is a 413 problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {
    private static final String JSON = "application/json";
    /** Values JSON-B once wrapped into an int: to 0, 0, 50, 10, 1, and a year of -169108099. */
    private static final List<String> BAD_INTEGERS = List.of("1e309", "-1e309", "4294967346", "1.5", "\"50\"", "2147483648");
    private static final List<String> BAD_INSTANTS = List.of("\"+999999999-12-31T23:59:59Z\"", "\"+10000-01-01T00:00:00Z\"",
            "\"1969-12-31T23:59:59Z\"", "\"-0001-01-01T00:00:00Z\"", "\"next week\"", "42");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void quiz_settings_numbers_and_dates() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http admin = fixtures.providerAdmin(cohort).http();
        String path = "api/cohorts/" + cohort.cohortId() + "/quizzes/u1/settings";
        HttpResponse<String> stored = admin.put(path, JSON,
                "{\"passMarkPercent\": 50, \"timeLimitMinutes\": 30, \"closesAt\": \"2040-06-30T17:00:00Z\"}");
        assertEquals(200, stored.statusCode(), stored::body);
        JsonObject before = Http.object(admin.get(path)).getJsonObject("override");

        for (String bad : BAD_INTEGERS) {
            assertInvalid(admin.put(path, JSON, "{\"passMarkPercent\": " + bad + "}"), "passMarkPercent", bad);
            assertInvalid(admin.put(path, JSON, "{\"timeLimitMinutes\": " + bad + "}"), "timeLimitMinutes", bad);
        }
        for (String bad : BAD_INSTANTS) {
            assertInvalid(admin.put(path, JSON, "{\"closesAt\": " + bad + "}"), "closesAt", bad);
            assertInvalid(admin.put(path, JSON, "{\"opensAt\": " + bad + "}"), "opensAt", bad);
        }
        assertEquals(before, Http.object(admin.get(path)).getJsonObject("override"), "nothing stored changed");

        // Whole numbers written as decimals are still whole numbers; the edges of the range are dates.
        HttpResponse<String> edge = admin.put(path, JSON, "{\"passMarkPercent\": 60.0, \"timeLimitMinutes\": 1e1,"
                + " \"opensAt\": \"1970-01-01T00:00:00Z\", \"closesAt\": \"9999-12-31T23:59:59Z\"}");
        assertEquals(200, edge.statusCode(), edge::body);
        JsonObject override = Http.object(edge).getJsonObject("override");
        assertEquals(60, override.getInt("passMarkPercent"));
        assertEquals(10, override.getInt("timeLimitMinutes"));
        assertEquals("9999-12-31T23:59:59Z", override.getString("closesAt"));
    }

    @Test
    void a_save_with_a_wrapped_revision_or_an_infinite_number_changes_nothing() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Person learner = fixtures.learner(fixtures.cohort());
        Http http = learner.http();
        HttpResponse<String> started = http.postEmpty("api/quizzes/" + Fixtures.quizOfUnit(http, 1) + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        JsonObject sheet = Http.object(started);
        JsonObject item = sheet.getJsonArray("items").getJsonObject(0);
        String save = "api/attempts/" + sheet.getString("id") + "/responses/" + item.getString("id");
        String answer = answerFor(item);
        HttpResponse<String> first = http.put(save, JSON, "{\"answer\": " + answer + ", \"baseRevision\": 0}");
        assertEquals(200, first.statusCode(), first::body);
        JsonObject saved = responseOf(http, sheet.getString("id"), item.getString("id"));

        // 4294967297 wrapped to 1, the current revision, so it would have overwritten the answer.
        for (String bad : List.of("1e309", "4294967297", "1.5", "-1e309", "\"1\"")) {
            assertInvalid(http.put(save, JSON, "{\"answer\": " + answer + ", \"baseRevision\": " + bad + "}"),
                    "baseRevision", bad);
        }
        for (String bad : List.of("1e309", "-1e309")) {
            assertInvalid(http.put(save, JSON, "{\"answer\": {\"number\": " + bad + "}, \"baseRevision\": 1}"),
                    "answer.number", bad);
        }
        for (String bad : List.of("\"NaN\"", "\"Infinity\"")) {
            assertInvalid(http.put(save, JSON, "{\"answer\": {\"number\": " + bad + "}, \"baseRevision\": 1}"),
                    "answer.number", bad);
        }
        assertEquals(saved, responseOf(http, sheet.getString("id"), item.getString("id")), "the stored answer is untouched");
    }

    @Test
    void invites_deadlines_and_cohort_dates() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http admin = fixtures.providerAdmin(cohort).http();
        String invites = "api/cohorts/" + cohort.cohortId() + "/invites";
        for (String bad : BAD_INTEGERS) {
            assertInvalid(admin.post(invites, JSON, "{\"seatLimit\": " + bad + ", \"expiresAt\": \"2040-01-01T00:00:00Z\"}"),
                    "seatLimit", bad);
        }
        for (String bad : BAD_INSTANTS) {
            assertInvalid(admin.post(invites, JSON, "{\"seatLimit\": 10, \"expiresAt\": " + bad + "}"), "expiresAt", bad);
        }
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, Http.json(admin.get(invites)), "no invite was made");

        String deadlines = "api/cohorts/" + cohort.cohortId() + "/deadlines";
        HttpResponse<String> set = admin.put(deadlines, JSON, "{\"u1\": \"2040-03-01T17:00:00Z\"}");
        assertEquals(200, set.statusCode(), set::body);
        for (String bad : BAD_INSTANTS) {
            assertInvalid(admin.put(deadlines, JSON, "{\"u1\": \"2040-03-02T17:00:00Z\", \"u2\": " + bad + "}"), "u2", bad);
        }
        assertEquals("2040-03-01T17:00:00Z", Http.object(admin.get("api/cohorts/" + cohort.cohortId()))
                .getJsonObject("deadlines").getString("u1"), "the deadlines stay as they were");

        for (String bad : List.of("\"+999999999-12-31\"", "\"+10000-01-01\"", "\"1969-12-31\"", "\"soon\"")) {
            assertInvalid(admin.post("api/cohorts", JSON, "{\"providerId\": \"" + cohort.providerId()
                    + "\", \"name\": \"Dates\", \"courseSlug\": \"ml-engineer\", \"startsOn\": " + bad + "}"), "startsOn", bad);
        }
    }

    @Test
    void a_body_over_the_limit_is_413_and_the_connection_stays_usable() throws IOException, InterruptedException {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http admin = fixtures.providerAdmin(cohort).http();
        String invites = "api/cohorts/" + cohort.cohortId() + "/invites";
        String small = "{\"seatLimit\": 5, \"expiresAt\": \"2040-01-01T00:00:00Z\"}";
        String padded = small.substring(0, small.length() - 1) + ", \"note\": \""
                + "x".repeat((int) Bodies.MAX_JSON_BYTES - small.length() - 11) + "\"}";
        assertEquals(Bodies.MAX_JSON_BYTES + 1, padded.length());

        JsonObject problem = problem(admin.post(invites, JSON, padded), 413);
        assertEquals("urn:ascent:problem:payload-too-large", problem.getString("type"));
        // The same body without a declared length (chunked) is counted as it arrives.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(URI.create(base + invites))
                        .header("Content-Type", JSON)
                        .header("Authorization", "Bearer " + bearer(admin))
                        .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(padded)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("urn:ascent:problem:payload-too-large", problem(chunked, 413).getString("type"));
        // Far over the server's ceiling (10 MB) too: a problem, not a bare 400 and a closed connection.
        // (Not with "Expect: 100-continue" here: JDK 17's HttpClient then never returns a final answer
        // that comes without a 100 first; curl gets the same 413 that way.)
        HttpResponse<String> huge = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base + invites))
                        .header("Content-Type", JSON).header("Authorization", "Bearer " + bearer(admin))
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat((int) RequestSizeLimit.MAX_BODY_BYTES + 1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("urn:ascent:problem:payload-too-large", problem(huge, 413).getString("type"));

        assertEquals(JsonValue.EMPTY_JSON_ARRAY, Http.json(admin.get(invites)), "nothing was made");
        HttpResponse<String> fine = admin.post(invites, JSON, small);
        assertEquals(201, fine.statusCode(), fine::body);
    }

    private String bearer(Http admin) {
        HttpResponse<String> created = admin.post("api/tokens", JSON, "{\"name\": \"chunked\"}");
        assertEquals(201, created.statusCode(), created::body);
        return Http.object(created).getString("secret");
    }

    private static JsonObject responseOf(Http http, String attemptId, String itemId) {
        return Http.object(http.get("api/attempts/" + attemptId)).getJsonObject("responses").getJsonObject(itemId);
    }

    /** A valid answer of the item's type, as in ProblemDetailsIT. */
    private static String answerFor(JsonObject item) {
        return switch (item.getString("type")) {
            case "short-text" -> "{\"text\": \"kept\"}";
            case "numeric" -> "{\"number\": 12.5}";
            case "matching" -> "{\"pairs\": {}}";
            default -> item.getJsonArray("options").isEmpty() ? "{\"truth\": true}"
                    : "{\"selected\": [\"" + item.getJsonArray("options").getJsonObject(0).getString("id") + "\"]}";
        };
    }

    private static void assertInvalid(HttpResponse<String> response, String field, String value) {
        JsonObject problem = problem(response, 400);
        assertEquals("urn:ascent:problem:validation", problem.getString("type"), () -> value + ": " + response.body());
        assertEquals(List.of(field), problem.getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field")).toList(), () -> value + ": " + response.body());
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> "content type " + response.headers().firstValue("Content-Type"));
        return Http.object(response);
    }
}
