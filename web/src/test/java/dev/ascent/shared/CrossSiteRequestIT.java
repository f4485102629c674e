package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.identity.TestPerson;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A state-changing request that rides on the session cookie must come from our own origin; API
 * tokens are not checked, and clients that are not browsers (no Origin, no Sec-Fetch-Site) pass.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String quizId;
    private String ownOrigin;
    private String startPath;

    @BeforeEach
    void signInALearner() {
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson learner = TestPerson.create(base, "Cora Crosssite");
        fixtures.enroll(cohort, learner, "ACTIVE");
        quizId = Fixtures.quizOfUnit(new Http(base), 1);
        startPath = "api/quizzes/" + quizId + "/attempts";
        ownOrigin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> signedIn = send("POST", "api/session", Json.createObjectBuilder().add("email", learner.email())
                .add("password", learner.password()).build().toString(), Map.of("Origin", ownOrigin));
        assertEquals(204, signedIn.statusCode(), signedIn::body);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() {
        TestPerson person = TestPerson.create(base, "Sam Cookie");
        HttpResponse<String> response = new Http(base).post("api/session", "application/json", Json.createObjectBuilder()
                .add("email", person.email()).add("password", person.password()).build().toString());
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError(response.headers().map().toString()));
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax(;.*|$)"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*HttpOnly(;.*|$)"), cookie);
    }

    @Test
    void a_cookie_request_from_another_origin_is_refused_and_changes_nothing() {
        for (String origin : new String[] {"http://evil.example", base.getProtocol() + "://" + base.getHost() + ":1",
                "null", "https://" + base.getHost() + ":" + base.getPort()}) {
            HttpResponse<String> refused = send("POST", startPath, null, Map.of("Origin", origin));
            assertEquals(403, refused.statusCode(), () -> origin + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals("urn:ascent:problem:cross-site-request", Http.object(refused).getString("type"));
            assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
        // Without Origin, the browser's Sec-Fetch-Site says where the request came from.
        for (String site : new String[] {"cross-site", "same-site"}) {
            assertEquals(403, send("POST", startPath, null, Map.of("Sec-Fetch-Site", site)).statusCode(), site);
        }
        assertEquals(403, send("DELETE", "api/session", null, Map.of("Origin", "http://evil.example")).statusCode());
        assertEquals(0, Http.object(send("GET", startPath, null, Map.of())).getJsonArray("attempts").size(),
                "no attempt was started");
        assertEquals(200, send("GET", "api/me", null, Map.of()).statusCode(), "still signed in");

        // From our own origin the same request goes through: the first attempt is started now.
        assertEquals(201, send("POST", startPath, null, Map.of("Origin", ownOrigin)).statusCode());
        assertEquals(200, send("POST", startPath, null, Map.of("Sec-Fetch-Site", "same-origin")).statusCode());
    }

    @Test
    void a_page_form_from_another_origin_is_refused_with_a_plain_message() {
        HttpResponse<String> refused = send("POST", "app/dashboard.xhtml", "logoutForm=logoutForm",
                Map.of("Origin", "http://evil.example", "Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().startsWith("Refused"), refused::body);
        assertEquals(200, send("GET", "api/me", null, Map.of()).statusCode(), "still signed in");
    }

    @Test
    void api_tokens_and_clients_without_browser_headers_are_not_checked() {
        HttpResponse<String> token = send("POST", "api/tokens", "{\"name\": \"script\"}",
                Map.of("Content-Type", "application/json"));
        assertEquals(201, token.statusCode(), token::body);
        Http bearer = Http.withToken(base, Http.object(token).getString("secret"));
        HttpResponse<String> started = send(HttpClient.newHttpClient(), "POST", startPath, null, Map.of(
                "Origin", "http://tool.example", "Authorization", "Bearer " + Http.object(token).getString("secret")));
        assertEquals(201, started.statusCode(), started::body);
        assertEquals(200, bearer.get(startPath).statusCode());
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        return send(browser, method, path, body, headers);
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
