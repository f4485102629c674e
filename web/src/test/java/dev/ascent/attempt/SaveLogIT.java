package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every accepted save of an answer is logged (revision, time, answer) and staff see the log in the
 * review API and on the learner's grades page; a resend of the stored answer logs nothing, and the
 * learner's own API and pages carry no log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SaveLogIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private Fixtures fixtures;

    @AfterEach
    void resetClock() {
        if (fixtures != null) {
            fixtures.resetClock();
        }
    }

    @Test
    void three_saves_and_a_resend_give_three_logged_saves_that_staff_see_and_the_learner_does_not() {
        fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Fixtures.Person instructor = fixtures.instructor(cohort);
        Fixtures.Person learner = fixtures.learner(cohort);
        String quizId = Fixtures.quizOfUnit(learner.http(), 4);
        HttpResponse<String> started = learner.http().postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        JsonObject sheet = Http.object(started);
        String attemptId = sheet.getString("id");
        JsonObject item = sheet.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> !threeAnswers(i).isEmpty()).findFirst().orElseThrow();
        String itemId = item.getString("id");
        String path = "api/attempts/" + attemptId + "/responses/" + itemId;
        List<String> answers = threeAnswers(item);
        for (int i = 0; i < 3; i++) {
            fixtures.advanceClock(7);
            HttpResponse<String> saved = learner.http().put(path, "application/json", AttemptApiIT.body(answers.get(i), i));
            assertEquals(200, saved.statusCode(), saved::body);
            assertEquals(i + 1, Http.object(saved).getInt("revision"));
        }
        fixtures.advanceClock(7);
        HttpResponse<String> resend = learner.http().put(path, "application/json", AttemptApiIT.body(answers.get(2), 3));
        assertEquals(200, resend.statusCode(), resend::body);
        assertEquals(3, Http.object(resend).getInt("revision"), "a resend of the stored answer changes nothing");

        // Staff, in the API: three saves, revisions 1..3 at increasing times, each with its answer.
        HttpResponse<String> staff = instructor.http().get("api/quizzes/" + quizId + "/attempts?person=" + learner.id());
        assertEquals(200, staff.statusCode(), staff::body);
        JsonObject staffItem = Http.object(staff).getJsonArray("attempts").getJsonObject(0).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getString("itemId").equals(itemId)).findFirst().orElseThrow();
        JsonArray saves = staffItem.getJsonArray("saves");
        assertEquals(3, saves.size(), staffItem::toString);
        Instant previous = Instant.MIN;
        for (int i = 0; i < 3; i++) {
            JsonObject save = saves.getJsonObject(i);
            assertEquals(i + 1, save.getInt("revision"), save::toString);
            Instant at = Instant.parse(save.getString("savedAt"));
            assertTrue(at.isAfter(previous), () -> "save times increase: " + saves);
            previous = at;
        }
        assertEquals(staffItem.getJsonObject("answer"), saves.getJsonObject(2).getJsonObject("answer"), saves::toString);
        assertTrue(!saves.getJsonObject(0).getJsonObject("answer").equals(saves.getJsonObject(1).getJsonObject("answer"))
                && !saves.getJsonObject(1).getJsonObject("answer").equals(saves.getJsonObject(2).getJsonObject("answer")),
                () -> "each save keeps its own answer: " + saves);
        assertEquals(Instant.parse(staffItem.getString("savedAt")), previous, "the last logged save is the last save");
        // Items not answered have an empty log.
        Http.object(staff).getJsonArray("attempts").getJsonObject(0).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(i -> !i.getString("itemId").equals(itemId))
                .forEach(i -> assertEquals(0, i.getJsonArray("saves").size(), i::toString));

        // Staff, on the page: the compact list under the item.
        HttpResponse<String> page = instructor.http().get("app/teach/learner.xhtml?cohort=" + cohort.cohortId()
                + "&person=" + learner.id());
        assertEquals(200, page.statusCode(), page::body);
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
        String summary = "Saved 3 times: " + String.join(", ", saves.stream()
                .map(s -> clock.format(Instant.parse(s.asJsonObject().getString("savedAt")))).toList());
        assertTrue(page.body().contains(summary), () -> "page lacks \"" + summary + "\": " + page.body());
        assertEquals(3, page.body().split("class=\"save-log-entry\"", -1).length - 1, page::body);

        // The learner: no save log in their API or pages, open or submitted.
        assertNoSaveLog(learner, attemptId, quizId, cohort);
        assertEquals(200, learner.http().postEmpty("api/attempts/" + attemptId + "/submit").statusCode());
        assertNoSaveLog(learner, attemptId, quizId, cohort);
        assertEquals(403, learner.http().get("api/quizzes/" + quizId + "/attempts?person=" + learner.id()).statusCode());
        // Submitting logs nothing.
        HttpResponse<String> after = instructor.http().get("api/quizzes/" + quizId + "/attempts?person=" + learner.id());
        assertEquals(3, Http.object(after).getJsonArray("attempts").getJsonObject(0).getJsonArray("items").stream()
                .mapToInt(i -> i.asJsonObject().getJsonArray("saves").size()).sum(), after::body);
    }

    static void assertNoSaveLog(Fixtures.Person learner, String attemptId, String quizId, Fixtures.Cohort cohort) {
        for (HttpResponse<String> response : List.of(
                learner.http().get("api/attempts/" + attemptId),
                learner.http().get("api/quizzes/" + quizId + "/attempts?person=me"),
                learner.http().get("app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId() + "&attempt=" + attemptId))) {
            assertEquals(200, response.statusCode(), response::body);
            for (String leak : new String[] {"\"saves\"", "save-log", "Saved 3 times"}) {
                assertFalse(response.body().contains(leak), () -> response.request().uri() + " carries " + leak
                        + ": " + response.body());
            }
        }
    }

    /** Three different answers in a row that fit the item, or none for a type this test does not vary. */
    private static List<String> threeAnswers(JsonObject item) {
        return switch (item.getString("type")) {
            case "single-choice", "multiple-response" -> {
                JsonArray options = item.getJsonArray("options");
                String a = "{\"selected\": [\"" + options.getJsonObject(0).getString("id") + "\"]}";
                String b = "{\"selected\": [\"" + options.getJsonObject(1).getString("id") + "\"]}";
                yield List.of(a, b, a);
            }
            case "true-false" -> List.of("{\"truth\": true}", "{\"truth\": false}", "{\"truth\": true}");
            case "numeric" -> List.of("{\"number\": 1}", "{\"number\": 2}", "{\"number\": 3}");
            case "short-text", "text" -> List.of("{\"text\": \"one\"}", "{\"text\": \"two\"}", "{\"text\": \"three\"}");
            default -> List.of();
        };
    }
}
