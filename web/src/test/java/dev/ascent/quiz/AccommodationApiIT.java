package dev.ascent.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** {@code /api/cohorts/{cohortId}/quizzes/{quizId}/accommodations}: a reason is required, and the learner's attempt follows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccommodationApiIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void an_instructor_gives_extra_time_with_a_reason_and_the_learners_attempt_gets_it() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http instructor = fixtures.instructor(cohort).http();
        Fixtures.Person learner = fixtures.learner(cohort);
        String path = "api/cohorts/" + cohort.cohortId() + "/quizzes/u1/accommodations";

        HttpResponse<String> noReason = instructor.put(path + "/" + learner.id(), JSON, "{\"extraMinutes\": 10}");
        assertEquals(400, noReason.statusCode(), noReason::body);
        assertEquals("urn:ascent:problem:validation", Http.object(noReason).getString("type"));
        HttpResponse<String> empty = instructor.put(path + "/" + learner.id(), JSON, "{\"reason\": \"nothing\"}");
        assertEquals(400, empty.statusCode(), empty::body);
        assertEquals("urn:ascent:problem:empty-accommodation", Http.object(empty).getString("type"));
        HttpResponse<String> multiplier = instructor.put(path + "/" + learner.id(), JSON,
                "{\"timeMultiplier\": 11, \"reason\": \"too much\"}");
        assertEquals(400, multiplier.statusCode(), multiplier::body);

        HttpResponse<String> put = instructor.put(path + "/" + learner.id(), JSON,
                "{\"extraMinutes\": 10, \"reason\": \"Assessment report\"}");
        assertEquals(200, put.statusCode(), put::body);
        assertEquals(30, Http.object(put).getJsonObject("effective").getInt("timeLimitMinutes"));

        JsonObject list = Http.object(instructor.get(path));
        assertEquals(1, list.getJsonArray("accommodations").size());
        assertEquals(20, list.getJsonObject("cohortSettings").getInt("timeLimitMinutes"));
        assertEquals("Assessment report", list.getJsonArray("changes").getJsonObject(0).getString("reason"));

        JsonObject sheet = Http.object(learner.http().postEmpty("api/quizzes/" + Fixtures.quizOfUnit(learner.http(), 1)
                + "/attempts"));
        assertEquals(30L * 60, java.time.Duration.between(java.time.Instant.parse(sheet.getString("startedAt")),
                java.time.Instant.parse(sheet.getString("deadline"))).toSeconds());

        HttpResponse<String> removeWithoutReason = instructor.delete(path + "/" + learner.id());
        assertEquals(400, removeWithoutReason.statusCode(), removeWithoutReason::body);
        assertEquals("urn:ascent:problem:validation", Http.object(removeWithoutReason).getString("type"));
        HttpResponse<String> removed = instructor.delete(path + "/" + learner.id() + "?reason=Given%20by%20mistake");
        assertEquals(200, removed.statusCode(), removed::body);
        assertEquals(0, Http.object(removed).getJsonArray("accommodations").size());
        assertEquals("REMOVED", Http.object(removed).getJsonArray("changes").getJsonObject(0).getString("action"));

        HttpResponse<String> stranger = instructor.put(path + "/" + fixtures.person("Stranger").id(), JSON,
                "{\"extraAttempts\": 1, \"reason\": \"x\"}");
        assertEquals(404, stranger.statusCode(), stranger::body);
    }
}
