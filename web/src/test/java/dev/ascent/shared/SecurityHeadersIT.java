package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.identity.TestPerson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security headers on pages and API answers, and what a failure shows: never a stack trace or a
 * version, and for a form whose view expired (or whose view state is garbage) a friendly page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {
    /** What must never reach a client: stack frames, exception names, product versions. */
    private static final List<String> LEAKS = List.of("at jakarta.", "at org.", "at java.", "at com.sun.", "Exception",
            "WildFly", "Mojarra", "Undertow", "JBoss", "RESTEasy", "secret internal detail");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_page_has_the_security_headers_and_one_nonce_based_policy() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("login.xhtml")).GET());
        assertEquals(200, page.statusCode());
        assertCommonHeaders(page.headers());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies::toString);
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), policy);
        assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        // Every inline script on the page carries the nonce (external ones come from our origin).
        for (String script : page.body().split("<script")) {
            if (!script.startsWith(">") && !script.startsWith(" ")) {
                continue;
            }
            String tag = script.substring(0, script.indexOf('>') + 1);
            assertTrue(tag.contains("src=") || tag.contains("nonce=\"" + nonce + "\""), "<script" + tag);
        }
        assertFalse(page.body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handler attributes on the page");
    }

    @Test
    void api_answers_are_never_stored_including_a_new_tokens_secret() {
        HttpResponse<String> courses = send(HttpRequest.newBuilder(uri("api/courses")).GET());
        assertEquals(200, courses.statusCode());
        assertCommonHeaders(courses.headers());
        assertEquals("no-store", courses.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(courses.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));

        Http person = TestPerson.create(base, "Tia Tokenmaker").http(base);
        HttpResponse<String> created = person.post("api/tokens", "application/json", "{\"name\": \"export\"}");
        assertEquals(201, created.statusCode(), created::body);
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(null));
        assertCommonHeaders(created.headers());

        HttpResponse<String> failed = send(HttpRequest.newBuilder(uri("api/test-failure")).GET());
        assertEquals(500, failed.statusCode());
        assertEquals("no-store", failed.headers().firstValue("Cache-Control").orElse(null));
        assertCommonHeaders(failed.headers());
    }

    @Test
    void signed_in_pages_are_not_stored_either() {
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(uri("app/tokens.xhtml")).GET());
        assertTrue(redirect.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void a_login_post_with_a_broken_view_state_gets_a_friendly_page_without_a_stack_trace() {
        // Anonymous, no cookie, straight to the login page: a crawler or a form left open overnight.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", "someone@example.org");
        form.put("login:password", "whatever");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", "garbage");
        HttpResponse<String> answer = post("login.xhtml", form, Map.of("Referer", base + "login.xhtml?next=%2Fapp%2F"));
        assertEquals(400, answer.statusCode(), answer::body);
        assertTrue(answer.body().contains("This page had expired"), answer::body);
        assertTrue(answer.body().contains("href=\"" + base + "login.xhtml?next=%2Fapp%2F\""), "reload where the form was");
        assertNoLeaks(answer);
        assertCommonHeaders(answer.headers());

        // The same as a PrimeFaces ajax request.
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "login:submit");
        form.put("jakarta.faces.partial.execute", "@all");
        HttpResponse<String> ajax = post("login.xhtml", form, Map.of("Faces-Request", "partial/ajax",
                "Referer", base + "login.xhtml?next=%2Fapp%2F"));
        assertTrue(ajax.body().contains("<redirect url=\"" + base + "login.xhtml?next=%2Fapp%2F\""),
                () -> "the page reloads: " + ajax.body());
        assertNoLeaks(ajax);
    }

    @Test
    void a_form_post_without_the_pages_csp_nonce_is_asked_to_reload_not_a_failure() {
        // The login page is a stateless view: its view state is valid, but no script added the nonce.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", "someone@example.org");
        form.put("login:password", "whatever");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> answer = post("login.xhtml", form, Map.of());
        assertEquals(400, answer.statusCode(), answer::body);
        assertTrue(answer.body().contains("needs JavaScript"), answer::body);
        assertNoLeaks(answer);
    }

    @Test
    void an_unexpected_failure_on_a_page_shows_a_reference_and_nothing_else() {
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("test-failing-page"))
                    .method(method, HttpRequest.BodyPublishers.noBody()));
            assertEquals(500, answer.statusCode());
            assertTrue(answer.body().matches("(?s).*reference: <code id=\"reference\">[0-9a-f-]{36}</code>.*"), answer::body);
            assertNoLeaks(answer);
            assertCommonHeaders(answer.headers());
        }
        assertEquals(404, send(HttpRequest.newBuilder(uri("error")).GET()).statusCode(), "the error page is not a page");
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null));
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null));
        String permissions = headers.firstValue("Permissions-Policy").orElse("");
        for (String feature : List.of("camera=()", "microphone=()", "geolocation=()")) {
            assertTrue(permissions.contains(feature), permissions);
        }
        assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(headers.firstValue("X-Powered-By").isEmpty(), headers.map()::toString);
        assertFalse(headers.firstValue("Server").orElse("").matches(".*\\d.*"), "no server version");
    }

    private static void assertNoLeaks(HttpResponse<String> answer) {
        for (String leak : LEAKS) {
            assertFalse(answer.body().contains(leak), () -> "'" + leak + "' in " + answer.statusCode() + ": " + answer.body());
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
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
