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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No learner-facing response gives away a key before the review policy allows it. The scan looks
 * for the attempt's own secrets, taken from the server's data: its seed, the formulas, the
 * explanations and option feedback, the accepted short texts and patterns, the numeric answers.
 * The same scan must find them once the policy shows answers and feedback, or it proves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttemptLeakIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void no_response_during_an_attempt_carries_its_keys_and_the_review_does_once_allowed() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http instructor = fixtures.instructor(cohort).http();
        Http learner = fixtures.learner(cohort).http();
        // Unit 4 has every item type and computed items; draw the whole pool, hide everything.
        String settings = "api/cohorts/" + cohort.cohortId() + "/quizzes/u4/settings";
        int pool = Http.object(instructor.get(settings)).getInt("poolSize");
        assertEquals(200, instructor.put(settings, "application/json", "{\"drawCount\": " + pool + ", \"review\": "
                + review("NEVER")).statusCode());
        String quizId = Fixtures.quizOfUnit(learner, 4);

        List<HttpResponse<String>> responses = new ArrayList<>();
        HttpResponse<String> started = learner.postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        responses.add(started);
        JsonObject sheet = Http.object(started);
        String attemptId = sheet.getString("id");
        LeakScanner scanner = new LeakScanner(fixtures.keys(attemptId));
        Set<String> kinds = scanner.keys().stream().map(LeakScanner.Key::kind).collect(Collectors.toSet());
        assertEquals(Set.of("seed", "formula", "feedback", "answer-text", "answer-number"), kinds,
                "the scan has every kind of secret to look for: " + scanner.keys());

        for (JsonValue value : sheet.getJsonArray("items")) {
            JsonObject item = value.asJsonObject();
            String path = "api/attempts/" + attemptId + "/responses/" + item.getString("id");
            responses.add(learner.put(path, "application/json", AttemptApiIT.body(AttemptApiIT.anAnswer(item), 0)));
        }
        JsonObject choice = sheet.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("type").equals("single-choice")).findFirst().orElseThrow();
        HttpResponse<String> stale = learner.put("api/attempts/" + attemptId + "/responses/" + choice.getString("id"),
                "application/json", AttemptApiIT.body("{\"selected\": [\""
                        + choice.getJsonArray("options").getJsonObject(1).getString("id") + "\"]}", 0));
        assertEquals(409, stale.statusCode(), stale::body);
        responses.add(stale);
        responses.add(learner.get("api/attempts/" + attemptId));
        responses.add(learner.postEmpty("api/quizzes/" + quizId + "/attempts"));
        responses.add(learner.get("api/quizzes/" + quizId + "/attempts?person=me"));
        responses.add(learner.postEmpty("api/attempts/" + attemptId + "/submit"));
        responses.add(learner.postEmpty("api/attempts/" + attemptId + "/submit"));
        responses.add(learner.get("api/attempts/" + attemptId));
        responses.add(learner.get("api/quizzes/" + quizId + "/attempts?person=me"));

        for (HttpResponse<String> response : responses) {
            assertTrue(response.statusCode() < 300 || response.statusCode() == 409, response::body);
            assertEquals(List.of(), scanner.findIn(response.body()),
                    () -> response.request().method() + " " + response.request().uri() + " leaks: " + response.body());
            AttemptApiIT.assertNoKeyFields(response.body());
            assertEquals(List.of(), scanner.foreignIdsIn(response.body()),
                    () -> response.request().uri() + " names choices by ids that are not the attempt's own: " + response.body());
        }

        // Positive control: once the policy shows feedback and answers, the same scan finds them.
        assertEquals(200, instructor.put(settings, "application/json", "{\"drawCount\": " + pool + ", \"review\": "
                + review("IMMEDIATELY")).statusCode());
        HttpResponse<String> review = learner.get("api/attempts/" + attemptId);
        Set<String> found = scanner.findIn(review.body()).stream().map(LeakScanner.Key::kind).collect(Collectors.toSet());
        assertEquals(Set.of("feedback", "answer-text", "answer-number"), found,
                "the review shows feedback and answers, never the seed or a formula: " + review.body());
        assertFalse(scanner.findIn(review.body()).stream().anyMatch(k -> k.kind().equals("seed")));
        assertTrue(review.body().contains("\"correctAnswer\""), review.body());
        assertEquals(List.of(), scanner.foreignIdsIn(review.body()),
                "the review's key and feedback name the attempt's own ids: " + review.body());
    }

    @Test
    void the_scanner_itself_finds_a_planted_seed_formula_and_number() {
        JsonObject facts = jakarta.json.Json.createReader(new java.io.StringReader("""
                {"seed": "-4242424242424242", "items": [{"itemId": "q", "stem": "What is w?", "choiceTexts": [],
                 "feedbacks": [], "explanation": "Subtract the step from the weight.", "formulas": ["w - eta * g"],
                 "acceptedTexts": ["gradient"], "correctNumber": 1.23}]}""")).readObject();
        LeakScanner scanner = new LeakScanner(facts);
        assertEquals(List.of(), scanner.findIn("{\"stem\": \"What is w?\", \"n\": 1.2, \"id\": 4242}"));
        assertEquals(5, scanner.findIn("{\"a\": -4242424242424242, \"b\": \"w - eta * g\", \"c\": 1.23,"
                + " \"d\": \"GRADIENT\", \"e\": \"Subtract the step   from the weight.\"}").size());
    }

    @Test
    void the_id_check_finds_choice_ids_that_are_not_the_attempts_own() {
        JsonObject facts = jakarta.json.Json.createReader(new java.io.StringReader("""
                {"seed": "1", "items": [{"itemId": "q", "stem": "?", "choiceTexts": [], "feedbacks": [],
                 "explanation": "", "formulas": [], "acceptedTexts": [], "optionIds": {"a": "Xq1", "b": "Xq2"},
                 "promptIds": {"p1": "Pq1"}}]}""")).readObject();
        LeakScanner scanner = new LeakScanner(facts);
        assertEquals(List.of(), scanner.foreignIdsIn("""
                {"id": "att", "items": [{"id": "q", "options": [{"id": "Xq1", "text": "a"}], "prompts": [{"id": "Pq1"}]}],
                 "responses": {"q": {"answer": {"selected": ["Xq2"], "pairs": {"Pq1": "Xq1"}}}}}"""));
        assertEquals(List.of("a", "p1", "b", "a"), scanner.foreignIdsIn("""
                {"items": [{"options": [{"id": "a"}]}], "correctAnswer": {"pairs": {"p1": "b"}},
                 "feedback": {"options": [{"id": "a", "feedback": "no"}]}}"""));
        assertEquals(List.of("a", "p1", "b", "c"), scanner.foreignIdsInPage("""
                <input type="radio" id="q1-o0" name="q1" value="a"/><input type="radio" name="q2" value="true"/>
                <select data-prompt="p1"><option value="">Choose</option><option value="Xq1">x</option></select>
                <li data-id="Xq2"></li><extension>{"answer":"{\\"selected\\":[\\"b\\"]}"}</extension>
                <extension>{&#34;answer&#34;:&#34;{\\&#34;pairs\\&#34;:{\\&#34;Pq1\\&#34;:\\&#34;c\\&#34;}}&#34;}</extension>"""));
    }

    private static String review(String when) {
        return "{\"score\": \"" + when + "\", \"correctness\": \"" + when + "\", \"feedback\": \"" + when
                + "\", \"correctAnswers\": \"" + when + "\"}}";
    }
}
