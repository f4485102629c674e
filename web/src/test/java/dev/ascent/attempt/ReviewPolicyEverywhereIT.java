package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every place a learner sees a score or a pass follows the review policy of the attempt's own
 * cohort: the attempt, the history, {@code /api/me/learning}, My learning and the quiz page. A
 * learner scores a known, non-trivial percent in unit 4 (the true-false and numeric items right),
 * with a pass mark below it; the scans then look for that percent and for any pass or fail. The
 * same scans must find them once the policy shows the score, or they prove nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewPolicyEverywhereIT {
    private static final String HIDDEN = review("NEVER");
    private static final String SHOWN = "{\"score\": \"IMMEDIATELY\", \"correctness\": \"NEVER\", \"feedback\": \"NEVER\","
            + " \"correctAnswers\": \"NEVER\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_hidden_score_shows_no_percent_and_no_pass_anywhere_and_the_same_scan_finds_them_once_shown() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http instructor = fixtures.instructor(cohort).http();
        int pool = settings(instructor, cohort, HIDDEN);
        Http learner = fixtures.learner(cohort).http();
        String quizId = Fixtures.quizOfUnit(learner, 4);
        String attemptId = scoreSome(fixtures, learner, quizId, null);

        List<HttpResponse<String>> api = new ArrayList<>();
        List<HttpResponse<String>> pages = new ArrayList<>();
        // The attempt and its result page echo the learner's own (here right) answers: scanned for the score only.
        List<HttpResponse<String>> ownApi = new ArrayList<>();
        List<HttpResponse<String>> ownPages = new ArrayList<>();
        JsonObject unit = unit4(ok(learner.get("api/me/learning"), api), cohort.cohortId());
        assertEquals("SUBMITTED", unit.getString("status"), unit::toString);
        assertFalse(unit.containsKey("bestScorePercent") || unit.containsKey("gradePercent")
                || unit.containsKey("passMarkPercent"), unit::toString);
        ok(learner.get("api/quizzes/" + quizId + "/attempts?person=me"), api);
        ok(learner.get("api/attempts/" + attemptId), ownApi);
        HttpResponse<String> dashboard = ok(learner.get("app/dashboard.xhtml"), pages);
        assertTrue(dashboard.body().contains("Submitted"), dashboard.body());
        ok(learner.get(quizPage(quizId, cohort, null)), pages);
        ok(learner.get(quizPage(quizId, cohort, attemptId)), ownPages);
        // The unit's lesson holds worked numbers an item may ask for: scanned for the standing only.
        ok(learner.get("api/courses/ml-engineer/units/u4"), ownApi);
        ok(learner.get(unitPage(cohort)), ownPages);

        // Shown: the percent and the pass are there, and the scans see them.
        settings(instructor, cohort, SHOWN);
        JsonObject shown = unit4(learner.get("api/me/learning"), cohort.cohortId());
        assertEquals("PASSED", shown.getString("status"), shown::toString);
        double percent = shown.getJsonNumber("bestScorePercent").doubleValue();
        assertEquals(35.0, percent, 1e-9, "7 of 20 items right");
        assertEquals(percent, shown.getJsonNumber("gradePercent").doubleValue(), 1e-9);
        assertFalse(LeakScanner.standingIn(learner.get("api/me/learning").body(), percent).isEmpty());
        assertFalse(LeakScanner.standingIn(learner.get("api/quizzes/" + quizId + "/attempts?person=me").body(), percent).isEmpty());
        assertFalse(LeakScanner.standingIn(learner.get("api/courses/ml-engineer/units/u4").body(), percent).isEmpty());
        for (String page : List.of("app/dashboard.xhtml", quizPage(quizId, cohort, null), quizPage(quizId, cohort, attemptId),
                unitPage(cohort))) {
            String markup = learner.get(page).body();
            assertFalse(LeakScanner.standingInPage(markup, percent).isEmpty(), () -> page + " shows the score: " + markup);
        }

        // Hidden: none of it, in any response taken while the score was hidden.
        LeakScanner keys = new LeakScanner(fixtures.keys(attemptId));
        for (HttpResponse<String> response : api) {
            assertEquals(List.of(), LeakScanner.standingIn(response.body(), percent), () -> describe(response));
            assertEquals(List.of(), keysIn(keys.findIn(response.body())), () -> describe(response));
        }
        for (HttpResponse<String> response : pages) {
            assertEquals(List.of(), LeakScanner.standingInPage(response.body(), percent), () -> describe(response));
            assertEquals(List.of(), keysIn(keys.findInPage(response.body())), () -> describe(response));
        }
        for (HttpResponse<String> response : ownApi) {
            assertEquals(List.of(), LeakScanner.standingIn(response.body(), percent), () -> describe(response));
        }
        for (HttpResponse<String> response : ownPages) {
            assertEquals(List.of(), LeakScanner.standingInPage(response.body(), percent), () -> describe(response));
        }
        assertEquals(pool, fixtures.keys(attemptId).getJsonArray("items").size());
    }

    @Test
    void each_cohort_shows_only_its_own_attempts_under_its_own_policy() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort hidden = fixtures.cohort();
        Fixtures.Cohort open = fixtures.cohort();
        settings(fixtures.instructor(hidden).http(), hidden, HIDDEN);
        Fixtures.Person person = fixtures.learner(hidden);
        fixtures.enroll(open, person, "ACTIVE");
        Http learner = person.http();
        String quizId = Fixtures.quizOfUnit(learner, 4);

        // 35 % in the cohort that hides scores, then an empty attempt (0 %) in the other, where scores show.
        String hiddenAttempt = scoreSome(fixtures, learner, quizId, hidden.cohortId());
        HttpResponse<String> started = learner.postEmpty("api/quizzes/" + quizId + "/attempts?cohortId=" + open.cohortId());
        assertEquals(201, started.statusCode(), started::body);
        String openAttempt = Http.object(started).getString("id");
        assertEquals(0.0, Http.object(learner.postEmpty("api/attempts/" + openAttempt + "/submit"))
                .getJsonNumber("percent").doubleValue(), 1e-9);
        double percent = 35.0;

        JsonObject openHistory = Http.object(learner.get("api/quizzes/" + quizId + "/attempts?person=me&cohortId="
                + open.cohortId()));
        assertEquals(List.of(openAttempt), ids(openHistory), "a cohort's history lists only its own attempts");
        assertEquals(1, openHistory.getInt("attemptsUsed"));
        assertEquals(0.0, openHistory.getJsonObject("grade").getJsonNumber("percent").doubleValue(), 1e-9);
        JsonObject hiddenHistory = Http.object(learner.get("api/quizzes/" + quizId + "/attempts?person=me&cohortId="
                + hidden.cohortId()));
        assertEquals(List.of(hiddenAttempt), ids(hiddenHistory));
        assertFalse(hiddenHistory.containsKey("grade"), hiddenHistory::toString);
        assertFalse(hiddenHistory.getJsonArray("attempts").getJsonObject(0).containsKey("percent"), hiddenHistory::toString);

        JsonArray learning = (JsonArray) Http.json(learner.get("api/me/learning"));
        JsonObject hiddenUnit = unit4(learning, hidden.cohortId());
        JsonObject openUnit = unit4(learning, open.cohortId());
        assertEquals("SUBMITTED", hiddenUnit.getString("status"), hiddenUnit::toString);
        assertEquals(1, hiddenUnit.getInt("attemptsUsed"));
        assertEquals("FAILED", openUnit.getString("status"), openUnit::toString);
        assertEquals(0.0, openUnit.getJsonNumber("bestScorePercent").doubleValue(), 1e-9, "the other cohort's 35 % is not here");
        assertEquals(1, openUnit.getInt("attemptsUsed"));

        List<HttpResponse<String>> api = List.of(learner.get("api/me/learning"),
                learner.get("api/quizzes/" + quizId + "/attempts?person=me"),
                learner.get("api/quizzes/" + quizId + "/attempts?person=me&cohortId=" + open.cohortId()),
                learner.get("api/quizzes/" + quizId + "/attempts?person=me&cohortId=" + hidden.cohortId()),
                learner.get("api/attempts/" + hiddenAttempt));
        for (HttpResponse<String> response : api) {
            assertEquals(200, response.statusCode(), response::body);
            assertEquals(List.of(), LeakScanner.percentIn(response.body(), percent), () -> describe(response));
        }
        assertEquals(List.of(), LeakScanner.standingIn(cardOf(learning, hidden.cohortId()).toString(), percent));
        assertEquals(List.of(), LeakScanner.standingIn(api.get(3).body(), percent));

        String dashboard = learner.get("app/dashboard.xhtml").body();
        assertEquals(List.of(), LeakScanner.percentInPage(dashboard, percent), dashboard);
        String hiddenCard = LeakScanner.cardInPage(dashboard, hidden.cohortId());
        assertEquals(List.of(), LeakScanner.standingInPage(hiddenCard, percent), hiddenCard);
        assertFalse(LeakScanner.standingInPage(LeakScanner.cardInPage(dashboard, open.cohortId()), percent).isEmpty(),
                "the other cohort shows its own fail, which the scan sees");
        for (String page : List.of(quizPage(quizId, hidden, null), quizPage(quizId, hidden, hiddenAttempt),
                quizPage(quizId, open, null), quizPage(quizId, open, openAttempt))) {
            String markup = learner.get(page).body();
            assertEquals(List.of(), LeakScanner.percentInPage(markup, percent), () -> page + ": " + markup);
        }
        assertEquals(List.of(), LeakScanner.standingInPage(learner.get(quizPage(quizId, hidden, null)).body(), percent));
    }

    /** Starts unit 4 (the whole pool), answers its true-false and numeric items right, submits; returns the attempt. */
    static String scoreSome(Fixtures fixtures, Http learner, String quizId, String cohortId) {
        HttpResponse<String> started = learner.postEmpty("api/quizzes/" + quizId + "/attempts"
                + (cohortId == null ? "" : "?cohortId=" + cohortId));
        assertEquals(201, started.statusCode(), started::body);
        String attemptId = Http.object(started).getString("id");
        int right = 0;
        for (JsonValue value : fixtures.keys(attemptId).getJsonArray("items")) {
            JsonObject item = value.asJsonObject();
            String answer = switch (item.getString("type")) {
                case "true-false" -> "{\"truth\": " + item.getBoolean("correctTrue") + "}";
                case "numeric" -> "{\"number\": " + ((JsonNumber) item.get("correctNumber")).toString() + "}";
                default -> null;
            };
            if (answer != null) {
                HttpResponse<String> saved = learner.put("api/attempts/" + attemptId + "/responses/" + item.getString("itemId"),
                        "application/json", AttemptApiIT.body(answer, 0));
                assertEquals(200, saved.statusCode(), saved::body);
                right++;
            }
        }
        assertEquals(7, right, "unit 4 has 2 true-false and 5 numeric items");
        assertEquals(200, learner.postEmpty("api/attempts/" + attemptId + "/submit").statusCode());
        return attemptId;
    }

    /** The whole pool of unit 4 (20 items), a pass mark of 30 % and the given review policy. */
    private static int settings(Http instructor, Fixtures.Cohort cohort, String review) {
        String path = "api/cohorts/" + cohort.cohortId() + "/quizzes/u4/settings";
        int pool = Http.object(instructor.get(path)).getInt("poolSize");
        HttpResponse<String> put = instructor.put(path, "application/json", "{\"drawCount\": " + pool
                + ", \"passMarkPercent\": 30, \"review\": " + review + "}");
        assertEquals(200, put.statusCode(), put::body);
        return pool;
    }

    private static JsonObject unit4(HttpResponse<String> learning, String cohortId) {
        return unit4((JsonArray) Http.json(learning), cohortId);
    }

    private static JsonObject unit4(JsonArray learning, String cohortId) {
        return cardOf(learning, cohortId).getJsonArray("units").getJsonObject(3);
    }

    private static JsonObject cardOf(JsonArray learning, String cohortId) {
        return learning.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("cohortId").equals(cohortId))
                .findFirst().orElseThrow(() -> new AssertionError("no cohort " + cohortId + " in " + learning));
    }

    /**
     * My learning is full of small whole numbers (percents, pass marks, counts, a progress bar's
     * max of 100): a computed answer that happens to be one of them is no sign of a leak there.
     */
    private static List<LeakScanner.Key> keysIn(List<LeakScanner.Key> found) {
        return found.stream().filter(k -> !(k.number() != null && k.number() == Math.rint(k.number())
                && Math.abs(k.number()) <= 100)).toList();
    }

    private static List<String> ids(JsonObject history) {
        return history.getJsonArray("attempts").stream().map(a -> a.asJsonObject().getString("id")).toList();
    }

    private static String unitPage(Fixtures.Cohort cohort) {
        return "app/unit.xhtml?course=ml-engineer&unit=u4&cohort=" + cohort.cohortId();
    }

    private static String quizPage(String quizId, Fixtures.Cohort cohort, String attemptId) {
        return "app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId()
                + (attemptId == null ? "" : "&attempt=" + attemptId);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, List<HttpResponse<String>> into) {
        assertEquals(200, response.statusCode(), response::body);
        into.add(response);
        return response;
    }

    private static String describe(HttpResponse<String> response) {
        return response.request().method() + " " + response.request().uri() + " shows: " + response.body();
    }

    private static String review(String when) {
        return "{\"score\": \"" + when + "\", \"correctness\": \"" + when + "\", \"feedback\": \"" + when
                + "\", \"correctAnswers\": \"" + when + "\"}";
    }
}
