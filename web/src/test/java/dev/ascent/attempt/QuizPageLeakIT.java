package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The quiz page never gives away a key: an attempt taken through the page over plain HTTP
 * (start, an autosave of every item through the page's remote command, a stale save, resume,
 * submit, the result) and the raw markup of every page and ajax response scanned for that
 * attempt's secrets. The same scan must find answers and feedback on the result page once the
 * review policy shows them, or it proves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizPageLeakIT {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Every response the page gave, for the scan once the attempt's secrets are known. */
    private final List<HttpResponse<String>> received = new ArrayList<>();

    @Test
    void no_page_of_an_attempt_carries_its_keys_and_the_result_does_once_allowed() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http instructor = fixtures.instructor(cohort).http();
        String settings = "api/cohorts/" + cohort.cohortId() + "/quizzes/u4/settings";
        int pool = Http.object(instructor.get(settings)).getInt("poolSize");
        assertEquals(200, instructor.put(settings, "application/json", "{\"drawCount\": " + pool + ", \"review\": "
                + review("NEVER") + "}").statusCode());
        Http learner = fixtures.learner(cohort).http();
        String quizId = Fixtures.quizOfUnit(learner, 4);
        String intro = "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId();

        HttpResponse<String> start = page(learner.get(intro));
        assertTrue(start.body().contains("Start attempt"), start.body());
        HttpResponse<String> started = post(learner, intro, start.body(), Map.of("intro", "intro", "intro:start", ""));
        assertEquals(302, started.statusCode(), started.body());
        String attemptPage = relative(started.headers().firstValue("Location").orElseThrow());
        String attemptId = attemptPage.replaceAll(".*attempt=", "");
        HttpResponse<String> attempt = page(learner.get(attemptPage));
        assertTrue(attempt.body().contains("data-attempt=\"" + attemptId + "\""), attempt.body());

        LeakScanner scanner = new LeakScanner(fixtures.keys(attemptId));
        assertEquals(Set.of("seed", "formula", "feedback", "answer-text", "answer-number"),
                scanner.keys().stream().map(LeakScanner.Key::kind).collect(Collectors.toSet()),
                "the scan has every kind of secret to look for: " + scanner.keys());

        // An autosave of every item, as the page's script sends it.
        JsonObject sheet = Http.object(learner.get("api/attempts/" + attemptId));
        for (JsonValue value : sheet.getJsonArray("items")) {
            JsonObject item = value.asJsonObject();
            HttpResponse<String> saved = save(learner, attemptPage, attempt.body(), item.getString("id"), AttemptApiIT.anAnswer(item));
            assertTrue(args(saved).contains("\"status\":\"saved\""), saved.body());
        }
        // Another tab saves a newer answer; this view's save (its first answer again) is stale and gets the newer one back.
        JsonObject choice = sheet.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("type").equals("single-choice")).findFirst().orElseThrow();
        String other = "{\"selected\": [\"" + choice.getJsonArray("options").getJsonObject(1).getString("id") + "\"]}";
        assertEquals(200, learner.put("api/attempts/" + attemptId + "/responses/" + choice.getString("id"),
                "application/json", AttemptApiIT.body(other, 1)).statusCode());
        HttpResponse<String> stale = save(learner, attemptPage, attempt.body(), choice.getString("id"),
                "{\"selected\": [\"" + choice.getJsonArray("options").getJsonObject(0).getString("id") + "\"]}");
        assertTrue(args(stale).contains("\"status\":\"stale\""), stale.body());

        page(learner.get(intro)); // the start screen offers to resume
        HttpResponse<String> resumed = page(learner.get(attemptPage));
        HttpResponse<String> submitted = post(learner, attemptPage, resumed.body(),
                Map.of("attempt", "attempt", "attempt:submitNow", "Submit now"));
        assertEquals(302, submitted.statusCode(), submitted.body());
        HttpResponse<String> result = page(learner.get(relative(submitted.headers().firstValue("Location").orElseThrow())));
        assertTrue(result.body().contains("id=\"verdict\""), result.body());
        page(learner.get(intro)); // the start screen after the attempt

        assertTrue(received.size() >= pool + 7, "scanned " + received.size() + " responses");
        for (HttpResponse<String> response : received) {
            assertEquals(List.of(), scanner.findInPage(response.body()),
                    () -> response.request().method() + " " + response.request().uri() + " leaks: " + response.body());
            assertEquals(List.of(), scanner.foreignIdsInPage(response.body()),
                    () -> response.request().uri() + " names choices by ids that are not the attempt's own: " + response.body());
        }
        // The id check saw the choices: the page's inputs carry the attempt's own option ids.
        String shownOption = choice.getJsonArray("options").getJsonObject(0).getString("id");
        assertTrue(attempt.body().contains("value=\"" + shownOption + "\""), attempt.body());
        assertTrue(args(stale).contains(choice.getJsonArray("options").getJsonObject(1).getString("id")),
                "the stale save hands back the newer answer in the attempt's ids: " + stale.body());

        // Positive control: once the policy shows feedback and answers, the same scan finds them on the result page.
        assertEquals(200, instructor.put(settings, "application/json", "{\"drawCount\": " + pool + ", \"review\": "
                + review("IMMEDIATELY") + "}").statusCode());
        String review = learner.get(attemptPage).body();
        Set<String> found = scanner.findInPage(review).stream().map(LeakScanner.Key::kind).collect(Collectors.toSet());
        assertEquals(Set.of("feedback", "answer-text", "answer-number"), found,
                "the result shows feedback and answers, never the seed or a formula: " + review);
        assertEquals(List.of(), scanner.foreignIdsInPage(review));
    }

    @Test
    void the_page_scan_finds_keys_in_text_attributes_and_character_references_but_not_in_generated_ids() {
        JsonObject facts = jakarta.json.Json.createReader(new java.io.StringReader("""
                {"seed": "-4242424242424242", "items": [{"itemId": "q", "stem": "What is w?", "choiceTexts": [],
                 "feedbacks": [], "explanation": "Subtract the step from the weight.", "formulas": ["w - eta * g"],
                 "acceptedTexts": ["gradient"], "correctNumber": 42.5}]}""")).readObject();
        LeakScanner scanner = new LeakScanner(facts);
        assertEquals(List.of(), scanner.findInPage("<p id=\"j_idt42.5\">What is w?</p><input value=\"-1:42.55\"/>"));
        assertEquals(5, scanner.findInPage("<div data-x=\"-4242424242424242\">w &#45; eta * g</div><p>42.5 kg</p>"
                + "<span>GRADIENT</span><p>Subtract the step&#x20; from the weight.</p>").size());
    }

    /** The callback parameters of a PrimeFaces partial response (quotes come as character references). */
    private static String args(HttpResponse<String> response) {
        return response.body().replace("&#34;", "\"");
    }

    private HttpResponse<String> page(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        received.add(response);
        return response;
    }

    /** One autosave through the page's remote command, as PrimeFaces sends it. */
    private HttpResponse<String> save(Http learner, String path, String html, String itemId, String answer) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "attempt:save");
        form.put("jakarta.faces.partial.execute", "attempt:save");
        form.put("attempt:save", "attempt:save");
        form.put("attempt", "attempt");
        form.put("item", itemId);
        form.put("answer", answer);
        HttpResponse<String> response = post(learner, path, html, form);
        assertEquals(200, response.statusCode(), response::body);
        received.add(response);
        return response;
    }

    private static HttpResponse<String> post(Http http, String path, String html, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(html);
        assertTrue(state.find(), "the page has a view state");
        assertTrue(state.group(1).length() < 100, "view state is a server-side id, not serialised state: " + state.group(1));
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":").replace("&#x3a;", ":"));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.post(path, "application/x-www-form-urlencoded", body);
    }

    private String relative(String location) {
        String path = java.net.URI.create(location).getRawPath();
        String query = java.net.URI.create(location).getRawQuery();
        return path.replaceFirst("^" + Pattern.quote(java.net.URI.create(base.toString()).getPath()), "")
                + (query == null ? "" : "?" + query);
    }

    private static String review(String when) {
        return "{\"score\": \"" + when + "\", \"correctness\": \"" + when + "\", \"feedback\": \"" + when
                + "\", \"correctAnswers\": \"" + when + "\"}";
    }
}
