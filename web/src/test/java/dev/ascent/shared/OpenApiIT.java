package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document is served on the application's port and describes the attempt API, and
 * only our API: no library's endpoints (EclipseLink's JPA-RS once answered under /api), no
 * credentialed wildcard CORS.
 */
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
                "/api/cohorts/{cohortId}/quizzes/{unitId}/settings", "/api/courses/{courseId}/units/{unitKey}",
                "/api/courses/{courseId}/units/{unitKey}/progress", "/api/cohorts/{cohortId}/gradebook",
                "/api/cohorts/{cohortId}/gradebook/export", "/api/cohorts/{cohortId}/quizzes/{quizId}/item-analysis",
                "/api/attempts/{attemptId}/items/{itemId}/credit", "/api/attempts/{attemptId}/comment",
                "/api/cohorts/{cohortId}/learners/{personId}/grades",
                "/api/cohorts/{cohortId}/learners/{personId}/grades/{unitKey}",
                "/api/cohorts/{cohortId}/quizzes/{quizId}/accommodations",
                "/api/cohorts/{cohortId}/quizzes/{quizId}/accommodations/{personId}",
                "/api/cohorts/{cohortId}/quizzes/{unitKey}/regrades",
                "/api/cohorts/{cohortId}/quizzes/{unitKey}/regrades/dry-run",
                "/api/cohorts/{cohortId}/quizzes/{quizId}/responses/export",
                "/api/providers/{providerId}/courses/{courseId}/units/{unitKey}/item-analysis"}) {
            assertTrue(paths.containsKey(path), () -> path + " missing from " + paths.keySet());
        }
        assertEquals("Ascent API", Http.object(document).getJsonObject("info").getString("title"));
        assertTrue(new Http(base).get("openapi").body().startsWith("---") || new Http(base).get("openapi").body()
                .contains("openapi:"), "YAML by default");
    }

    /** JPA-RS, from EclipseLink's all-in-one jar, published the entities anonymously under /api/{version}/{unit}. */
    @Test
    void jpa_rs_paths_are_not_there() {
        Http anonymous = new Http(base);
        for (String path : new String[] {"api/latest/ascent/entity/Person/1", "api/v2.0/ascent/entity/Person/1",
                "api/v2.0/ascent/metadata", "api/latest/ascent/metadata", "api/latest/ascent/query/Person.all",
                "api/latest/ascent/singleResultQuery/Person.byEmail", "api/latest/ascent/entity/Person",
                "api/latest", "api/v2.0/metadata-catalog", "api/latest/ascent/metadata-catalog/entity/Person"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(404, response.statusCode(), () -> path + ": " + response.body());
        }
    }

    @Test
    void every_documented_path_belongs_to_a_resource_of_ours() {
        Set<String> ours = new TreeSet<>();
        for (Class<?> type : new TestRestApplication().getClasses()) {
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            ours.add(template(root.value(), ""));
            for (Method method : type.getMethods()) {
                Path sub = method.getAnnotation(Path.class);
                if (sub != null) {
                    ours.add(template(root.value(), sub.value()));
                }
            }
        }
        JsonObject paths = Http.object(new Http(base).get("openapi?format=JSON")).getJsonObject("paths");
        assertFalse(paths.isEmpty());
        for (String path : paths.keySet()) {
            assertTrue(ours.contains(path), () -> path + " is not one of ours: " + ours);
        }
    }

    /** Browsers refuse the combination, and it says credentials are welcome from anywhere: neither is meant. */
    @Test
    void openapi_never_sends_a_wildcard_origin_with_credentials() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (String method : new String[] {"GET", "OPTIONS"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "openapi"))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://elsewhere.example")
                    .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
            String origin = response.headers().firstValue("Access-Control-Allow-Origin").orElse("");
            String credentials = response.headers().firstValue("Access-Control-Allow-Credentials").orElse("");
            assertFalse(origin.equals("*") && credentials.equalsIgnoreCase("true"),
                    () -> method + " /openapi: " + response.headers().map());
        }
    }

    private static String template(String root, String sub) {
        String joined = ("/api/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
