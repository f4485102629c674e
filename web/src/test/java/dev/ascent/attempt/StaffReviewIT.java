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
 * Staff see a learner's attempts whole (every item as shown, the answer, the key in the attempt's
 * own ids, feedback, credit) while the learner's review policy hides everything; the learner still
 * sees no key anywhere, also after staff commented on the attempt, and no save log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffReviewIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void staff_see_the_key_that_the_policy_hides_from_the_learner_who_still_sees_none() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Fixtures.Person instructor = fixtures.instructor(cohort);
        Fixtures.Person learner = fixtures.learner(cohort);
        String settings = "api/cohorts/" + cohort.cohortId() + "/quizzes/u4/settings";
        int pool = Http.object(instructor.http().get(settings)).getInt("poolSize");
        assertEquals(200, instructor.http().put(settings, "application/json", "{\"drawCount\": " + pool
                + ", \"review\": {\"score\": \"NEVER\", \"correctness\": \"NEVER\", \"feedback\": \"NEVER\","
                + " \"correctAnswers\": \"NEVER\"}}").statusCode());
        String quizId = Fixtures.quizOfUnit(learner.http(), 4);
        HttpResponse<String> started = learner.http().postEmpty("api/quizzes/" + quizId + "/attempts");
        assertEquals(201, started.statusCode(), started::body);
        JsonObject sheet = Http.object(started);
        String attemptId = sheet.getString("id");
        for (JsonValue value : sheet.getJsonArray("items")) {
            JsonObject item = value.asJsonObject();
            assertEquals(200, learner.http().put("api/attempts/" + attemptId + "/responses/" + item.getString("id"),
                    "application/json", AttemptApiIT.body(AttemptApiIT.anAnswer(item), 0)).statusCode());
        }
        assertEquals(200, learner.http().postEmpty("api/attempts/" + attemptId + "/submit").statusCode());
        assertEquals(200, instructor.http().put("api/attempts/" + attemptId + "/comment", "application/json",
                "{\"comment\": \"Nice effort on the tricky ones\", \"reason\": \"after marking\"}").statusCode());
        LeakScanner scanner = new LeakScanner(fixtures.keys(attemptId));

        // Staff: everything, in the attempt's own ids, never the seed or a formula.
        HttpResponse<String> staff = instructor.http().get("api/quizzes/" + quizId + "/attempts?person=" + learner.id());
        assertEquals(200, staff.statusCode(), staff::body);
        Set<String> found = scanner.findIn(staff.body()).stream().map(LeakScanner.Key::kind).collect(Collectors.toSet());
        assertEquals(Set.of("feedback", "answer-text", "answer-number"), found, staff::body);
        assertEquals(List.of(), scanner.foreignIdsIn(staff.body()), staff::body);
        JsonObject attempt = Http.object(staff).getJsonArray("attempts").getJsonObject(0);
        assertEquals(pool, attempt.getJsonArray("items").size());
        for (JsonValue value : attempt.getJsonArray("items")) {
            JsonObject item = value.asJsonObject();
            assertTrue(item.containsKey("correctAnswer") && item.containsKey("outcome") && item.containsKey("credit")
                    && item.containsKey("answer") && item.containsKey("savedAt") && item.getJsonArray("saves").size() == 1,
                    item::toString);
        }
        assertEquals("Nice effort on the tricky ones", attempt.getJsonObject("comment").getString("text"));
        assertTrue(attempt.containsKey("score") && attempt.containsKey("percent"), attempt::toString);

        // The learner: the comment, and no key in any response or page.
        List<HttpResponse<String>> learnerSees = List.of(
                learner.http().get("api/attempts/" + attemptId),
                learner.http().get("api/quizzes/" + quizId + "/attempts?person=me"),
                learner.http().get("app/quiz.xhtml?quiz=" + quizId + "&cohort=" + cohort.cohortId() + "&attempt=" + attemptId));
        assertTrue(learnerSees.get(0).body().contains("Nice effort on the tricky ones"), learnerSees.get(0)::body);
        for (HttpResponse<String> response : learnerSees) {
            assertEquals(200, response.statusCode(), response::body);
            boolean page = response.request().uri().getPath().endsWith(".xhtml");
            assertEquals(List.of(), page ? scanner.findInPage(response.body()) : scanner.findIn(response.body()),
                    () -> response.request().uri() + " leaks: " + response.body());
            // Nor the save log, which is for staff only.
            for (String log : new String[] {"\"saves\"", "save-log"}) {
                assertFalse(response.body().contains(log), () -> response.request().uri() + " carries " + log);
            }
        }
        assertTrue(learnerSees.get(2).body().contains("Nice effort on the tricky ones"), "the quiz page shows the comment");
        AttemptApiIT.assertNoKeyFields(learnerSees.get(0).body());
    }
}
