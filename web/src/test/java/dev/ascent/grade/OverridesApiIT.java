package dev.ascent.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Manual grading over HTTP: an item's credit re-scores the attempt, a unit grade set by staff wins
 * everywhere the learner looks until it is removed (and a new attempt does not remove it), the
 * comment reaches the learner, every change has a reason and lands in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OverridesApiIT {
    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    record Setup(Fixtures fixtures, Fixtures.Cohort cohort, Fixtures.Person instructor, Fixtures.Person learner,
                 String quizId, String attemptId, String wrongItemId) {
        String grades() {
            return "api/cohorts/" + cohort.cohortId() + "/learners/" + learner.id() + "/grades";
        }
    }

    /** A learner who answered one item of unit 1 wrong and nothing else; unlimited attempts. */
    private Setup setUp() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Fixtures.Person instructor = fixtures.instructor(cohort);
        Fixtures.Person learner = fixtures.learner(cohort);
        HttpResponse<String> settings = instructor.http().put("api/cohorts/" + cohort.cohortId() + "/quizzes/u1/settings",
                JSON, "{\"attemptsAllowed\": 0}");
        assertEquals(200, settings.statusCode(), settings::body);
        String quizId = Fixtures.quizOfUnit(learner.http(), 1);
        HttpResponse<String> started = learner.http().postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        String attemptId = Http.object(started).getString("id");
        String wrongItem = null;
        for (JsonValue value : fixtures.keys(attemptId).getJsonArray("items")) {
            String wrong = wrongAnswer(value.asJsonObject());
            if (wrong != null) {
                wrongItem = value.asJsonObject().getString("itemId");
                HttpResponse<String> saved = learner.http().put("api/attempts/" + attemptId + "/responses/" + wrongItem,
                        JSON, "{\"answer\": " + wrong + ", \"baseRevision\": 0}");
                assertEquals(200, saved.statusCode(), saved::body);
                break;
            }
        }
        assertNotNull(wrongItem, "unit 1 has an item that can be answered wrong");
        assertEquals(200, learner.http().postEmpty("api/attempts/" + attemptId + "/submit").statusCode());
        return new Setup(fixtures, cohort, instructor, learner, quizId, attemptId, wrongItem);
    }

    /** A well-formed wrong answer to the item, from what the server knows of its key. */
    static String wrongAnswer(JsonObject key) {
        return switch (key.getString("type")) {
            case "true-false" -> key.isNull("correctTrue") ? null : "{\"truth\": " + !key.getBoolean("correctTrue") + "}";
            case "single-choice" -> {
                List<String> correct = key.getJsonArray("correctIds").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
                String other = key.getJsonObject("optionIds").values().stream().map(v -> ((JsonString) v).getString())
                        .filter(id -> !correct.contains(id)).findFirst().orElse(null);
                yield other == null ? null : "{\"selected\": [\"" + other + "\"]}";
            }
            case "short-text" -> "{\"text\": \"zzz not the answer\"}";
            case "numeric" -> "{\"number\": 987654.321}";
            default -> null;
        };
    }

    private static String body(String field, Object value, String reason) {
        var body = Json.createObjectBuilder();
        if (value instanceof Number number) {
            body.add(field, number.doubleValue());
        } else if (value != null) {
            body.add(field, value.toString());
        }
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build().toString();
    }

    private static JsonObject staffAttempt(Setup s) {
        HttpResponse<String> review = s.instructor().http().get("api/quizzes/" + s.quizId() + "/attempts?person="
                + s.learner().id() + "&cohortId=" + s.cohort().cohortId());
        assertEquals(200, review.statusCode(), review::body);
        JsonArray attempts = Http.object(review).getJsonArray("attempts");
        return attempts.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("id").equals(s.attemptId()))
                .findFirst().orElseThrow();
    }

    private static JsonObject item(JsonObject attempt, String itemId) {
        return attempt.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("itemId").equals(itemId)).findFirst().orElseThrow();
    }

    private static JsonObject unit1(Setup s) {
        JsonArray learning = (JsonArray) Http.json(s.learner().http().get("api/me/learning"));
        return learning.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("cohortId").equals(s.cohort().cohortId()))
                .findFirst().orElseThrow().getJsonArray("units").getJsonObject(0);
    }

    private static JsonObject gradebookCell(Setup s) {
        JsonObject page = Http.object(s.instructor().http().get("api/cohorts/" + s.cohort().cohortId() + "/gradebook"));
        return page.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("personId").equals(s.learner().id())).findFirst().orElseThrow()
                .getJsonArray("units").getJsonObject(0);
    }

    @Test
    void an_item_credit_rescores_the_attempt_and_is_audited_with_its_reason() {
        Setup s = setUp();
        JsonObject before = staffAttempt(s);
        assertEquals(0.0, before.getJsonNumber("score").doubleValue());
        JsonObject wrong = item(before, s.wrongItemId());
        assertEquals("INCORRECT", wrong.getString("outcome"));
        assertEquals(0.0, wrong.getJsonNumber("credit").doubleValue());
        assertFalse(wrong.getBoolean("creditByStaff"));
        assertNotNull(wrong.getString("savedAt"), "the time of the save");

        String path = "api/attempts/" + s.attemptId() + "/items/" + s.wrongItemId() + "/credit";
        // A reason is required; credit is 0 to 1.
        HttpResponse<String> noReason = s.instructor().http().put(path, JSON, body("credit", 1, null));
        assertEquals(400, noReason.statusCode(), noReason::body);
        assertEquals("reason", Http.object(noReason).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> tooMuch = s.instructor().http().put(path, JSON, body("credit", 1.5, "generous"));
        assertEquals(400, tooMuch.statusCode(), tooMuch::body);
        assertEquals("credit", Http.object(tooMuch).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0.0, staffAttempt(s).getJsonNumber("score").doubleValue(), "a refused change changes nothing");

        HttpResponse<String> set = s.instructor().http().put(path, JSON, body("credit", 1, "The key missed this synonym"));
        assertEquals(200, set.statusCode(), set::body);
        JsonObject entry = Http.object(set);
        assertEquals("ITEM_CREDIT", entry.getString("kind"));
        assertEquals("0", entry.getString("oldValue"));
        assertEquals("1", entry.getString("newValue"));
        assertEquals(s.instructor().email(), entry.getString("actorEmail"));

        JsonObject after = staffAttempt(s);
        assertEquals(1.0, after.getJsonNumber("score").doubleValue(), "re-scored");
        JsonObject credited = item(after, s.wrongItemId());
        assertEquals(1.0, credited.getJsonNumber("credit").doubleValue());
        assertEquals("CORRECT", credited.getString("outcome"));
        assertTrue(credited.getBoolean("creditByStaff"));

        // The learner's result and the gradebook read the new score.
        JsonObject result = Http.object(s.learner().http().get("api/attempts/" + s.attemptId())).getJsonObject("result");
        assertEquals(1.0, result.getJsonNumber("score").doubleValue());
        assertEquals(after.getJsonNumber("percent").doubleValue(), gradebookCell(s).getJsonNumber("gradePercent").doubleValue(),
                1e-9);

        JsonObject marks = Http.object(s.instructor().http().get(s.grades()));
        JsonArray audit = marks.getJsonArray("audit");
        assertEquals(1, audit.size(), "refused changes leave no row: " + audit);
        assertEquals("The key missed this synonym", audit.getJsonObject(0).getString("reason"));
        assertEquals(s.wrongItemId(), audit.getJsonObject(0).getString("itemId"));
        assertEquals(s.attemptId(), audit.getJsonObject(0).getString("attemptId"));
    }

    @Test
    void a_unit_grade_wins_everywhere_until_removed_and_a_new_attempt_does_not_remove_it() {
        Setup s = setUp();
        String path = s.grades() + "/u1";
        JsonObject computed = unit1(s);
        assertEquals("FAILED", computed.getString("status"));
        double computedGrade = computed.getJsonNumber("gradePercent").doubleValue();

        HttpResponse<String> noReason = s.instructor().http().put(path, JSON, body("percent", 95, " "));
        assertEquals(400, noReason.statusCode(), noReason::body);
        assertEquals("reason", Http.object(noReason).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> set = s.instructor().http().put(path, JSON, body("percent", 95, "Oral exam passed"));
        assertEquals(200, set.statusCode(), set::body);
        assertEquals("UNIT_GRADE", Http.object(set).getString("kind"));
        assertEquals(computedGrade, Double.parseDouble(Http.object(set).getString("oldValue")), 0.01);
        assertEquals("95", Http.object(set).getString("newValue"));

        JsonObject overridden = unit1(s);
        assertEquals(95.0, overridden.getJsonNumber("gradePercent").doubleValue());
        assertEquals("PASSED", overridden.getString("status"));
        assertTrue(overridden.getBoolean("gradeOverridden"));
        JsonObject history = Http.object(s.learner().http().get("api/quizzes/" + s.quizId() + "/attempts?person=me"));
        assertEquals(95.0, history.getJsonObject("grade").getJsonNumber("percent").doubleValue());
        assertTrue(history.getJsonObject("grade").getBoolean("overridden"));
        JsonObject cell = gradebookCell(s);
        assertEquals(95.0, cell.getJsonNumber("gradePercent").doubleValue());
        assertEquals("PASSED", cell.getString("state"));

        // A new attempt, open or submitted, does not recompute the override away.
        HttpResponse<String> again = s.learner().http().postEmpty("api/quizzes/" + s.quizId() + "/attempts");
        assertEquals(201, again.statusCode(), again::body);
        assertEquals(200, s.learner().http().postEmpty("api/attempts/" + Http.object(again).getString("id") + "/submit")
                .statusCode());
        assertEquals(95.0, unit1(s).getJsonNumber("gradePercent").doubleValue());
        assertEquals("PASSED", unit1(s).getString("status"));
        assertEquals(1, Http.object(s.instructor().http().get(s.grades())).getJsonArray("overrides").size());

        HttpResponse<String> removeWithoutReason = s.instructor().http().delete(path);
        assertEquals(400, removeWithoutReason.statusCode(), removeWithoutReason::body);
        HttpResponse<String> removed = s.instructor().http().delete(path + "?reason=Entered%20for%20the%20wrong%20learner");
        assertEquals(200, removed.statusCode(), removed::body);
        assertEquals("UNIT_GRADE_REMOVED", Http.object(removed).getString("kind"));
        assertEquals("95", Http.object(removed).getString("oldValue"));

        JsonObject restored = unit1(s);
        assertEquals(computedGrade, restored.getJsonNumber("gradePercent").doubleValue(), 1e-9,
                "the computed grade is back (both attempts scored 0)");
        assertEquals("FAILED", restored.getString("status"));
        assertFalse(restored.getBoolean("gradeOverridden"));
        assertEquals(computedGrade, gradebookCell(s).getJsonNumber("gradePercent").doubleValue(), 1e-9);
        assertEquals(204, s.instructor().http().delete(path + "?reason=again").statusCode(), "nothing left to remove");

        JsonArray audit = Http.object(s.instructor().http().get(s.grades())).getJsonArray("audit");
        assertEquals(List.of("UNIT_GRADE_REMOVED", "UNIT_GRADE"), audit.stream()
                .map(e -> e.asJsonObject().getString("kind")).toList(), "newest first, append-only");
        assertEquals(0, Http.object(s.instructor().http().get(s.grades())).getJsonArray("overrides").size());
        HttpResponse<String> unknownUnit = s.instructor().http().put(s.grades() + "/no-such-unit", JSON,
                body("percent", 50, "x"));
        assertEquals(404, unknownUnit.statusCode(), unknownUnit::body);
    }

    @Test
    void the_gradebook_csv_export_shows_a_unit_grade_set_by_staff() throws Exception {
        Setup s = setUp();
        double computed = unit1(s).getJsonNumber("gradePercent").doubleValue();
        assertEquals(computed, Double.parseDouble(csvUnitOneCell(s)), 0.005, "before: the computed grade");
        assertNotEquals(87.5, computed, 0.01);
        HttpResponse<String> set = s.instructor().http().put(s.grades() + "/u1", JSON,
                body("percent", 87.5, "Graded the written part by hand"));
        assertEquals(200, set.statusCode(), set::body);
        assertEquals(87.5, Double.parseDouble(csvUnitOneCell(s)), 0.005, "after: the grade staff set");
    }

    /** The learner's unit 1 cell of the gradebook's CSV export, read with a CSV reader. */
    private static String csvUnitOneCell(Setup s) throws Exception {
        HttpResponse<byte[]> csv = s.instructor().http().getBytes("api/cohorts/" + s.cohort().cohortId()
                + "/gradebook/export?format=csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records;
        try (Reader reader = new StringReader(text)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        CSVRecord row = records.stream().filter(r -> r.get("email").equals(s.learner().email())).findFirst()
                .orElseThrow(() -> new AssertionError("the learner's row: " + text));
        return row.get(4); // the first unit's column follows external_id, name, email, enrollment_status
    }

    @Test
    void the_learner_reads_the_comment_with_the_result_in_my_learning_and_on_the_quiz_page() {
        Setup s = setUp();
        String path = "api/attempts/" + s.attemptId() + "/comment";
        HttpResponse<String> noReason = s.instructor().http().put(path, JSON, body("comment", "Well argued", null));
        assertEquals(400, noReason.statusCode(), noReason::body);
        assertNull(Http.object(s.learner().http().get("api/attempts/" + s.attemptId())).getJsonObject("result")
                .get("comment"));

        String text = "Revisit gradient descent before your next attempt";
        HttpResponse<String> set = s.instructor().http().put(path, JSON, body("comment", text, "Feedback after review"));
        assertEquals(200, set.statusCode(), set::body);
        assertEquals("COMMENT", Http.object(set).getString("kind"));

        JsonObject result = Http.object(s.learner().http().get("api/attempts/" + s.attemptId())).getJsonObject("result");
        assertEquals(text, result.getJsonObject("comment").getString("text"));
        assertEquals(1, result.getJsonObject("comment").getInt("attemptNumber"));
        JsonArray comments = unit1(s).getJsonArray("comments");
        assertEquals(1, comments.size());
        assertEquals(text, comments.getJsonObject(0).getString("text"));
        assertEquals(text, Http.object(s.learner().http().get("api/quizzes/" + s.quizId() + "/attempts?person=me"))
                .getJsonArray("comments").getJsonObject(0).getString("text"));
        HttpResponse<String> quizPage = s.learner().http().get("app/quiz.xhtml?quiz=" + s.quizId() + "&cohort="
                + s.cohort().cohortId() + "&attempt=" + s.attemptId());
        assertEquals(200, quizPage.statusCode());
        assertTrue(quizPage.body().contains(text), quizPage::body);
        HttpResponse<String> dashboard = s.learner().http().get("app/dashboard.xhtml");
        assertTrue(dashboard.body().contains(text), dashboard::body);

        // Staff see it in their view of the attempt; an empty comment removes it.
        assertEquals(text, staffAttempt(s).getJsonObject("comment").getString("text"));
        assertEquals(200, s.instructor().http().put(path, JSON, body("comment", "", "Said in class instead")).statusCode());
        assertNull(Http.object(s.learner().http().get("api/attempts/" + s.attemptId())).getJsonObject("result")
                .get("comment"));
        JsonArray audit = Http.object(s.instructor().http().get(s.grades())).getJsonArray("audit");
        assertEquals(2, audit.size());
        assertEquals(text, audit.getJsonObject(0).getString("oldValue"));
        assertFalse(audit.getJsonObject(0).containsKey("newValue") && !audit.getJsonObject(0).isNull("newValue"));
    }

    @Test
    void another_providers_staff_find_nothing_and_a_learner_is_refused() {
        Setup s = setUp();
        Fixtures.Cohort other = s.fixtures().cohort();
        Http otherAdmin = s.fixtures().providerAdmin(other).http();
        assertEquals(404, otherAdmin.get("api/quizzes/" + s.quizId() + "/attempts?person=" + s.learner().id()).statusCode());
        assertEquals(404, otherAdmin.put("api/attempts/" + s.attemptId() + "/items/" + s.wrongItemId() + "/credit", JSON,
                body("credit", 1, "x")).statusCode());
        assertEquals(404, otherAdmin.put("api/attempts/" + s.attemptId() + "/comment", JSON, body("comment", "x", "x"))
                .statusCode());
        assertEquals(404, otherAdmin.put(s.grades() + "/u1", JSON, body("percent", 1, "x")).statusCode());
        assertEquals(403, s.learner().http().get("api/quizzes/" + s.quizId() + "/attempts?person=" + s.learner().id())
                .statusCode(), "a learner never gets the staff view, not even of their own attempts");
        assertEquals(403, s.learner().http().put(s.grades() + "/u1", JSON, body("percent", 100, "x")).statusCode());
        assertEquals(0.0, staffAttempt(s).getJsonNumber("score").doubleValue());
        assertEquals(0, Http.object(s.instructor().http().get(s.grades())).getJsonArray("audit").size());
    }
}
