package dev.ascent.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Fixtures;
import dev.ascent.shared.Http;
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

/** {@code /api/cohorts/{cohortId}/quizzes/{unitId}/settings}: who may use it and what it does to attempts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizSettingsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void an_instructor_changes_the_settings_and_the_next_attempt_follows_them() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http instructor = fixtures.instructor(cohort).http();
        String path = "api/cohorts/" + cohort.cohortId() + "/quizzes/u3/settings";

        JsonObject before = Http.object(instructor.get(path));
        assertEquals(10, before.getJsonObject("defaults").getInt("drawCount"));
        assertEquals(20, before.getJsonObject("effective").getInt("timeLimitMinutes"));

        HttpResponse<String> put = instructor.put(path, "application/json",
                "{\"drawCount\": 3, \"timeLimitMinutes\": 0, \"gradingMethod\": \"LAST\", \"passMarkPercent\": 50,"
                        + " \"closesAt\": \"2040-06-30T17:00:00Z\", \"review\": {\"correctAnswers\": \"NEVER\"}}");
        assertEquals(200, put.statusCode(), put::body);
        JsonObject effective = Http.object(put).getJsonObject("effective");
        assertEquals(3, effective.getInt("drawCount"));
        assertTrue(!effective.containsKey("timeLimitMinutes") || effective.isNull("timeLimitMinutes"), "no limit");
        assertEquals("LAST", effective.getString("gradingMethod"));
        assertEquals("2040-06-30T17:00:00Z", effective.getString("closesAt"));
        assertEquals("NEVER", effective.getJsonObject("review").getString("correctAnswers"));
        assertEquals("IMMEDIATELY", effective.getJsonObject("review").getString("score"), "kept");
        assertEquals(Http.object(put), Http.object(instructor.get(path)));

        Http learner = fixtures.learner(cohort).http();
        JsonObject sheet = Http.object(learner.postEmpty("api/quizzes/" + Fixtures.quizOfUnit(learner, 3) + "/attempts"));
        assertEquals(3, sheet.getJsonArray("items").size());
        assertEquals("2040-06-30T17:00:00Z", sheet.getString("deadline"), "the close date is the only deadline");

        // Only the cohort's staff: a learner is refused, another provider's admin sees nothing.
        HttpResponse<String> byLearner = learner.get(path);
        assertEquals(403, byLearner.statusCode(), byLearner::body);
        assertEquals("urn:ascent:problem:forbidden", Http.object(byLearner).getString("type"));
        Fixtures.Cohort elsewhere = fixtures.cohort();
        HttpResponse<String> byStranger = fixtures.providerAdmin(elsewhere).http().put(path, "application/json", "{}");
        assertEquals(404, byStranger.statusCode(), byStranger::body);
        assertEquals(Http.object(put).getJsonObject("override"), Http.object(instructor.get(path)).getJsonObject("override"));

        JsonObject reset = Http.object(fixtures.providerAdmin(cohort).http().delete(path));
        assertEquals(reset.getJsonObject("defaults"), reset.getJsonObject("effective"));
    }

    @Test
    void bad_settings_are_400_and_anonymous_callers_401() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http admin = fixtures.providerAdmin(cohort).http();
        String path = "api/cohorts/" + cohort.cohortId() + "/quizzes/u1/settings";

        HttpResponse<String> tooMany = admin.put(path, "application/json", "{\"drawCount\": 999}");
        assertEquals(400, tooMany.statusCode(), tooMany::body);
        assertEquals("urn:ascent:problem:invalid-settings", Http.object(tooMany).getString("type"));

        HttpResponse<String> passMark = admin.put(path, "application/json", "{\"passMarkPercent\": 150}");
        assertEquals(400, passMark.statusCode(), passMark::body);
        assertEquals("urn:ascent:problem:validation", Http.object(passMark).getString("type"));

        HttpResponse<String> method = admin.put(path, "application/json", "{\"gradingMethod\": \"BEST\"}");
        assertEquals(400, method.statusCode(), method::body);

        assertEquals(401, new Http(base).get(path).statusCode());
        assertEquals(404, admin.get("api/cohorts/" + cohort.cohortId() + "/quizzes/u42/settings").statusCode());
    }
}
