package dev.ascent.attempt;

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

/** {@code /api/cohorts/{cohortId}/quizzes/{unitKey}/regrades}: problem+json for what is missing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegradeApiIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_regrade_needs_a_reason_an_item_and_a_version() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        Http instructor = fixtures.instructor(cohort).http();
        String path = "api/cohorts/" + cohort.cohortId() + "/quizzes/u1/regrades";
        int version = Http.object(instructor.get("api/courses/ml-engineer")).getInt("version");
        String item = Http.object(fixtures.learner(cohort).http().postEmpty("api/quizzes/"
                + Fixtures.quizOfUnit(instructor, 1) + "/attempts")).getJsonArray("items").getJsonObject(0).getString("id");

        HttpResponse<String> noReason = instructor.post(path, JSON,
                "{\"itemKey\": \"" + item + "\", \"correctedVersion\": " + version + "}");
        assertEquals(400, noReason.statusCode(), noReason::body);
        assertEquals("urn:ascent:problem:validation", Http.object(noReason).getString("type"));
        HttpResponse<String> noVersion = instructor.post(path + "/dry-run", JSON, "{\"itemKey\": \"" + item + "\"}");
        assertEquals(400, noVersion.statusCode(), noVersion::body);
        HttpResponse<String> noItem = instructor.post(path + "/dry-run", JSON,
                "{\"itemKey\": \"nope\", \"correctedVersion\": " + version + "}");
        assertEquals(404, noItem.statusCode(), noItem::body);

        // The cohort's own version changes nothing (no attempt is submitted yet).
        JsonObject dry = Http.object(instructor.post(path + "/dry-run", JSON,
                "{\"itemKey\": \"" + item + "\", \"correctedVersion\": " + version + "}"));
        assertEquals(0, dry.getInt("attemptsConsidered"));
        assertEquals(0, dry.getJsonArray("attempts").size());
        HttpResponse<String> audit = instructor.get(path);
        assertEquals(200, audit.statusCode(), audit::body);
        assertEquals("[]", audit.body().strip(), "nothing re-graded, nothing audited");
    }
}
