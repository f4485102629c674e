package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The attempt API over HTTP, as integrators and the LMS plugin use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttemptApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    Fixtures fixtures;
    Fixtures.Cohort cohort;

    @BeforeEach
    void cohort() {
        fixtures = new Fixtures(base);
        cohort = fixtures.cohort();
    }

    @AfterEach
    void realTime() {
        fixtures.resetClock();
    }

    @Test
    void start_save_resume_submit_and_submit_again() {
        Http http = fixtures.learner(cohort).http();
        String quizId = Fixtures.quizOfUnit(http, 2);

        HttpResponse<String> started = http.postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        JsonObject sheet = Http.object(started);
        String attemptId = sheet.getString("id");
        assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/attempts/" + attemptId));
        assertEquals(10, sheet.getJsonArray("items").size());
        assertEquals("IN_PROGRESS", sheet.getString("state"));
        assertEquals(cohort.cohortId(), sheet.getString("cohortId"));
        assertEquals(Duration.ofMinutes(20), Duration.between(Instant.parse(sheet.getString("startedAt")),
                Instant.parse(sheet.getString("deadline"))));
        assertTrue(sheet.containsKey("serverTime"));
        assertNoKeyFields(started.body());

        JsonObject item = sheet.getJsonArray("items").getJsonObject(0);
        String save = "api/attempts/" + attemptId + "/responses/" + item.getString("id");
        String answer = anAnswer(item);
        HttpResponse<String> saved = http.put(save, "application/json", body(answer, 0));
        assertEquals(200, saved.statusCode(), saved::body);
        assertEquals(1, Http.object(saved).getInt("revision"));

        // Starting again resumes: 200, same attempt, the saved answer with its revision.
        HttpResponse<String> resumed = http.postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(200, resumed.statusCode(), resumed::body);
        assertTrue(resumed.headers().firstValue("Location").orElseThrow().endsWith("/api/attempts/" + attemptId));
        JsonObject saved1 = Http.object(resumed).getJsonObject("responses").getJsonObject(item.getString("id"));
        assertEquals(1, saved1.getInt("revision"));
        assertEquals(sheet.getJsonArray("items"), Http.object(resumed).getJsonArray("items"));
        assertNoKeyFields(http.get("api/attempts/" + attemptId).body());

        JsonObject result = Http.object(http.postEmpty("api/attempts/" + attemptId + "/submit"));
        assertEquals("SUBMITTED", result.getString("state"));
        assertEquals(10.0, result.getJsonNumber("maxScore").doubleValue());
        double score = result.getJsonNumber("score").doubleValue();
        assertTrue(score >= 0 && score <= 1, "one answered item scores 0 to 1, was " + score);
        assertFalse(result.getBoolean("passed"));
        assertFalse(result.getBoolean("autoSubmitted"));

        JsonObject again = Http.object(http.postEmpty("api/attempts/" + attemptId + "/submit"));
        assertEquals(result, again);

        JsonObject history = Http.object(http.get("api/quizzes/" + quizId + "/attempts?person=me"));
        assertEquals(1, history.getInt("attemptsUsed"));
        assertEquals(3, history.getInt("attemptsAllowed"));
        assertEquals("HIGHEST", history.getString("gradingMethod"));
        assertEquals(result.getJsonNumber("percent"), history.getJsonObject("grade").getJsonNumber("percent"));
        assertEquals(attemptId, history.getJsonArray("attempts").getJsonObject(0).getString("id"));
    }

    @Test
    void a_stale_tab_gets_409_with_the_current_revision_and_a_repeated_save_is_harmless() {
        Http tab1 = fixtures.learner(cohort).http();
        JsonObject sheet = Http.object(tab1.postEmpty("api/quizzes/" + Fixtures.quizOfUnit(tab1, 3) + "/attempts"));
        JsonObject item = sheet.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("type").equals("single-choice") || i.getString("type").equals("multiple-response"))
                .findFirst().orElseThrow();
        String save = "api/attempts/" + sheet.getString("id") + "/responses/" + item.getString("id");
        String first = "{\"selected\": [\"" + item.getJsonArray("options").getJsonObject(0).getString("id") + "\"]}";
        String second = "{\"selected\": [\"" + item.getJsonArray("options").getJsonObject(1).getString("id") + "\"]}";

        assertEquals(1, Http.object(tab1.put(save, "application/json", body(first, 0))).getInt("revision"));
        assertEquals(1, Http.object(tab1.put(save, "application/json", body(first, 0))).getInt("revision"),
                "the same save again (a retry) changes nothing");
        assertEquals(2, Http.object(tab1.put(save, "application/json", body(second, 1))).getInt("revision"));

        // A second tab still showing revision 1 tries to put the first answer back.
        HttpResponse<String> stale = tab1.put(save, "application/json", body(first, 1));
        assertEquals(409, stale.statusCode(), stale::body);
        assertTrue(stale.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject problem = Http.object(stale);
        assertEquals("urn:ascent:problem:stale-save", problem.getString("type"));
        assertEquals(2, problem.getInt("currentRevision"));
        assertEquals(item.getString("id"), problem.getString("itemId"));
        assertTrue(problem.getString("detail").contains("revision 2"), problem.getString("detail"));

        JsonObject kept = Http.object(tab1.get("api/attempts/" + sheet.getString("id"))).getJsonObject("responses")
                .getJsonObject(item.getString("id"));
        assertEquals(2, kept.getInt("revision"));
        assertEquals(2, Http.object(tab1.put(save, "application/json", body(second, 2))).getInt("revision"));
    }

    @Test
    void after_the_deadline_and_grace_saves_are_refused_and_the_attempt_is_submitted() {
        Http http = fixtures.learner(cohort).http();
        JsonObject sheet = Http.object(http.postEmpty("api/quizzes/" + Fixtures.quizOfUnit(http, 4) + "/attempts"));
        String attemptId = sheet.getString("id");
        JsonObject item = sheet.getJsonArray("items").getJsonObject(0);
        assertEquals(200, http.put("api/attempts/" + attemptId + "/responses/" + item.getString("id"),
                "application/json", body(anAnswer(item), 0)).statusCode());

        fixtures.advanceClock(Duration.ofMinutes(21).toSeconds());
        JsonObject second = sheet.getJsonArray("items").getJsonObject(1);
        HttpResponse<String> late = http.put("api/attempts/" + attemptId + "/responses/" + second.getString("id"),
                "application/json", body(anAnswer(second), 0));
        assertEquals(409, late.statusCode(), late::body);
        JsonObject problem = Http.object(late);
        assertEquals("urn:ascent:problem:attempt-expired", problem.getString("type"));
        assertEquals(sheet.getString("deadline"), problem.getString("deadline"));

        JsonObject after = Http.object(http.get("api/attempts/" + attemptId));
        assertEquals("SUBMITTED", after.getString("state"));
        assertTrue(after.getJsonObject("result").getBoolean("autoSubmitted"));
        assertEquals(1, after.getJsonObject("responses").size(), "graded with what was saved");
    }

    @Test
    void a_person_who_is_not_an_active_learner_of_the_course_gets_403() {
        Http outsider = fixtures.person("Outsider").http();
        HttpResponse<String> refused = outsider.postEmpty("api/quizzes/" + Fixtures.quizOfUnit(outsider, 1) + "/attempts");
        assertEquals(403, refused.statusCode(), refused::body);
        assertEquals("urn:ascent:problem:not-enrolled", Http.object(refused).getString("type"));

        Fixtures.Person twoCohorts = fixtures.learner(cohort);
        Fixtures.Cohort other = fixtures.cohortOf(cohort.providerId());
        fixtures.enroll(other, twoCohorts, "ACTIVE");
        String quiz = Fixtures.quizOfUnit(twoCohorts.http(), 1);
        HttpResponse<String> ambiguous = twoCohorts.http().postEmpty("api/quizzes/" + quiz + "/attempts");
        assertEquals(400, ambiguous.statusCode(), ambiguous::body);
        assertEquals("urn:ascent:problem:cohort-required", Http.object(ambiguous).getString("type"));
        assertEquals(2, Http.object(ambiguous).getJsonArray("cohortIds").size());
        HttpResponse<String> named = twoCohorts.http().postEmpty("api/quizzes/" + quiz + "/attempts?cohortId="
                + other.cohortId());
        assertEquals(201, named.statusCode(), named::body);
        assertEquals(other.cohortId(), Http.object(named).getString("cohortId"));
    }

    @Test
    void options_go_by_the_attempts_own_ids_and_the_contents_ids_are_refused() {
        Http http = fixtures.learner(cohort).http();
        JsonObject sheet = Http.object(http.postEmpty("api/quizzes/" + Fixtures.quizOfUnit(http, 1) + "/attempts"));
        String attemptId = sheet.getString("id");
        JsonObject facts = fixtures.keys(attemptId).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("type").equals("single-choice")).findFirst().orElseThrow();
        JsonObject item = sheet.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("id").equals(facts.getString("itemId"))).findFirst().orElseThrow();
        assertEquals(java.util.Set.copyOf(facts.getJsonObject("optionIds").values()),
                item.getJsonArray("options").stream().map(o -> o.asJsonObject().get("id")).collect(java.util.stream.Collectors.toSet()));
        String contentKey = facts.getJsonArray("contentCorrectIds").getString(0);
        String key = facts.getJsonArray("correctIds").getString(0);
        assertFalse(key.equals(contentKey));
        String save = "api/attempts/" + attemptId + "/responses/" + item.getString("id");

        HttpResponse<String> guessed = http.put(save, "application/json", body("{\"selected\": [\"" + contentKey + "\"]}", 0));
        assertEquals(400, guessed.statusCode(), guessed::body);
        assertEquals("urn:ascent:problem:invalid-answer", Http.object(guessed).getString("type"));
        assertEquals(200, http.put(save, "application/json", body("{\"selected\": [\"" + key + "\"]}", 0)).statusCode());
        assertEquals(key, Http.object(http.get("api/attempts/" + attemptId)).getJsonObject("responses")
                .getJsonObject(item.getString("id")).getJsonObject("answer").getJsonArray("selected").getString(0));
        assertEquals(1.0, Http.object(http.postEmpty("api/attempts/" + attemptId + "/submit"))
                .getJsonNumber("score").doubleValue(), 1e-9, "the key in the attempt's ids scores");
    }

    @Test
    void another_persons_history_is_for_staff_only() {
        Http http = fixtures.learner(cohort).http();
        HttpResponse<String> other = http.get("api/quizzes/" + Fixtures.quizOfUnit(http, 1) + "/attempts?person=someone");
        assertEquals(403, other.statusCode(), other::body);
    }

    static String body(String answer, int baseRevision) {
        return "{\"answer\": " + answer + ", \"baseRevision\": " + baseRevision + "}";
    }

    /** Some answer that fits the item's type. */
    static String anAnswer(JsonObject item) {
        return switch (item.getString("type")) {
            case "single-choice", "multiple-response" ->
                    "{\"selected\": [\"" + item.getJsonArray("options").getJsonObject(0).getString("id") + "\"]}";
            case "ordering" -> "{\"selected\": [" + String.join(", ", item.getJsonArray("options").stream()
                    .map(o -> "\"" + o.asJsonObject().getString("id") + "\"").toList()) + "]}";
            case "matching" -> "{\"pairs\": {\"" + item.getJsonArray("prompts").getJsonObject(0).getString("id") + "\": \""
                    + item.getJsonArray("options").getJsonObject(0).getString("id") + "\"}}";
            case "true-false" -> "{\"truth\": true}";
            case "numeric" -> "{\"number\": 987654.321}";
            default -> "{\"text\": \"zzz not the answer\"}";
        };
    }

    /** The sheet carries stems and choices only: no key, feedback, formula or seed by any name. */
    static void assertNoKeyFields(String json) {
        for (String leak : new String[] {"\"correct", "\"feedback", "\"explanation", "\"seed", "\"formula",
                "\"accepted", "\"pattern", "\"tolerance", "\"outcome", "\"credit", "\"score", "\"values"}) {
            assertFalse(json.contains(leak), () -> "response carries " + leak + ": " + json);
        }
    }
}
