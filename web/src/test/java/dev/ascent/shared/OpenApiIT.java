package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The OpenAPI document is served on the application's port and describes the attempt API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void openapi_lists_the_attempt_endpoints() {
        HttpResponse<String> document = new Http(base).get("openapi?format=JSON");
        assertEquals(200, document.statusCode(), document::body);
        JsonObject paths = Http.object(document).getJsonObject("paths");
        for (String path : new String[] {"/api/quizzes/{quizId}/attempts", "/api/attempts/{attemptId}",
                "/api/attempts/{attemptId}/responses/{itemId}", "/api/attempts/{attemptId}/submit",
                "/api/cohorts/{cohortId}/quizzes/{unitId}/settings"}) {
            assertTrue(paths.containsKey(path), () -> path + " missing from " + paths.keySet());
        }
        assertEquals("Ascent API", Http.object(document).getJsonObject("info").getString("title"));
        assertTrue(new Http(base).get("openapi").body().startsWith("---") || new Http(base).get("openapi").body()
                .contains("openapi:"), "YAML by default");
    }
}
