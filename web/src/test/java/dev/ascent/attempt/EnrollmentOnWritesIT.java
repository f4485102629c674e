package dev.ascent.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
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

/**
 * A learner withdrawn from the cohort writes nothing more to its attempts: saves and submits are
 * {@code 403 not-enrolled} and store nothing. The attempt left open at the withdrawal was
 * submitted then, graded with what had been saved; the learner can still read it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrollmentOnWritesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_withdrawn_learner_cannot_save_or_submit_and_the_open_attempt_was_submitted_with_what_was_saved() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http admin = fixtures.providerAdmin(cohort).http();
        Fixtures.Person person = fixtures.learner(cohort);
        Http learner = person.http();
        String quizId = Fixtures.quizOfUnit(learner, 2);
        JsonObject sheet = Http.object(learner.postEmpty("api/quizzes/" + quizId + "/attempts"));
        String attemptId = sheet.getString("id");
        JsonObject first = sheet.getJsonArray("items").getJsonObject(0);
        JsonObject second = sheet.getJsonArray("items").getJsonObject(1);
        String saveFirst = "api/attempts/" + attemptId + "/responses/" + first.getString("id");
        assertEquals(200, learner.put(saveFirst, "application/json", AttemptApiIT.body(AttemptApiIT.anAnswer(first), 0))
                .statusCode());

        String enrollmentId = ((jakarta.json.JsonArray) Http.json(admin.get("api/cohorts/" + cohort.cohortId() + "/enrollments")))
                .stream().map(JsonValue::asJsonObject).filter(e -> e.getString("personId").equals(person.id()))
                .findFirst().orElseThrow().getString("id");
        HttpResponse<String> withdrawn = admin.postEmpty("api/cohorts/" + cohort.cohortId() + "/enrollments/" + enrollmentId
                + "/withdraw");
        assertEquals(200, withdrawn.statusCode(), withdrawn::body);

        JsonObject closed = Http.object(learner.get("api/attempts/" + attemptId));
        assertEquals("SUBMITTED", closed.getString("state"), "the open attempt was submitted at the withdrawal");
        assertTrue(closed.getJsonObject("result").getBoolean("autoSubmitted"));
        assertEquals(1, closed.getJsonObject("responses").size(), "graded with what was saved");

        HttpResponse<String> save = learner.put("api/attempts/" + attemptId + "/responses/" + second.getString("id"),
                "application/json", AttemptApiIT.body(AttemptApiIT.anAnswer(second), 0));
        assertNotEnrolled(save);
        HttpResponse<String> resave = learner.put(saveFirst, "application/json", AttemptApiIT.body("{}", 1));
        assertNotEnrolled(resave);
        assertNotEnrolled(learner.postEmpty("api/attempts/" + attemptId + "/submit"));
        assertNotEnrolled(learner.postEmpty("api/quizzes/" + quizId + "/attempts"));

        JsonObject after = Http.object(learner.get("api/attempts/" + attemptId));
        assertEquals(closed, withoutServerTime(after, closed), "nothing was stored");
        JsonObject history = Http.object(learner.get("api/quizzes/" + quizId + "/attempts?person=me&cohortId="
                + cohort.cohortId()));
        assertEquals(1, history.getInt("attemptsUsed"), "the learner still reads their own history");
        assertEquals(false, history.getBoolean("canStart"));
    }

    private static void assertNotEnrolled(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals("urn:ascent:problem:not-enrolled", Http.object(response).getString("type"));
    }

    /** The later read with the earlier one's server time, so only stored data is compared. */
    private static JsonObject withoutServerTime(JsonObject later, JsonObject earlier) {
        return jakarta.json.Json.createObjectBuilder(later).add("serverTime", earlier.get("serverTime")).build();
    }
}
