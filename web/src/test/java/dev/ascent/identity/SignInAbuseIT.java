package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in abuse over HTTP: failures back off the same way whether or not the email has an account,
 * the back-off ends, one client and the whole server are throttled before any hashing, and a
 * password reset ends the other links and sessions. Always fresh people, never the shared admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInAbuseIT {
    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @AfterEach
    void serverSettingsBack() {
        new Http(base).delete("api/test-people/sign-in-limits");
        new Http(base).delete("api/test-support/clock");
    }

    @Test
    void an_email_without_an_account_backs_off_exactly_like_one_with_an_account_and_the_owner_is_not_shut_out() {
        TestPerson owner = TestPerson.create(base, "Owner");
        String unknown = Accounts.newEmail("Nobody");
        List<String> known = answers(owner.email(), "wrong password", 7);
        List<String> none = answers(unknown, "wrong password", 7);
        assertEquals(known, none, "the replies say nothing about whether the email has an account");
        assertEquals("401 bad-credentials", known.get(4));
        assertTrue(known.get(5).startsWith("429 too-many-requests Retry-After: "), known.toString());

        HttpResponse<String> right = signIn(owner.email(), owner.password());
        assertEquals(429, right.statusCode(), "held back for a while, even with the right password");
        // The delay is capped: a quarter of an hour later the owner signs in, however many failures there were.
        assertEquals(200, new Http(base).put("api/test-support/clock?advanceSeconds=" + (16 * 60), JSON, "").statusCode());
        assertEquals(204, signIn(owner.email(), owner.password()).statusCode(), "the back-off ends");
    }

    @Test
    void one_client_is_throttled_before_any_password_is_checked() {
        assertEquals(204, new Http(base).put("api/test-people/sign-in-limits?perClientPerMinute=5", JSON, "").statusCode());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn(Accounts.newEmail("Random"), "guess " + i).statusCode());
        }
        HttpResponse<String> throttled = signIn(Accounts.newEmail("Random"), "guess");
        assertEquals(429, throttled.statusCode(), throttled::body);
        assertEquals("urn:ascent:problem:too-many-requests", Http.object(throttled).getString("type"));
        assertTrue(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()) > 0);

        // The sign-in page says so too.
        HttpResponse<String> page = Accounts.submitForm(new Http(base), "login.xhtml", "login",
                Map.of("login:email", Accounts.newEmail("Random"), "login:password", "guess"));
        assertTrue(page.body().contains("Too many sign-in attempts"), page.body());
        // Asking for password links shares the limit: no flood of reset mails from one address.
        HttpResponse<String> forgot = Accounts.requestLink(base, Accounts.newEmail("Random"));
        assertTrue(forgot.body().contains("Too many requests from your network"), forgot.body());
    }

    @Test
    void no_more_password_checks_at_once_than_the_server_allows() {
        assertEquals(204, new Http(base).put("api/test-people/sign-in-limits?maxConcurrentHashes=1&hashWaitMillis=0", JSON, "")
                .statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> calls.add(CompletableFuture.supplyAsync(
                () -> signIn(Accounts.newEmail("Flood"), "guess " + i), pool)));
        pool.shutdown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertTrue(statuses.contains(503), "some were turned away: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 503), statuses.toString());
        HttpResponse<String> busy = calls.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 503)
                .findFirst().orElseThrow();
        assertEquals("urn:ascent:problem:busy", Http.object(busy).getString("type"));
        assertTrue(busy.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void a_reset_ends_every_other_link_and_session_but_not_the_api_tokens() {
        TestPerson person = TestPerson.create(base, "Resetter");
        Http elsewhere = person.http(base);
        Http token = elsewhere.withNewToken("ci");
        assertEquals(200, elsewhere.get("api/me").statusCode());

        assertEquals(200, Accounts.requestLink(base, person.email()).statusCode());
        String first = Accounts.mailedToken(person.email());
        assertEquals(200, Accounts.requestLink(base, person.email()).statusCode());
        String second = Accounts.mailedToken(person.email());
        assertFalse(first.equals(second));

        HttpResponse<String> page = new Http(base).get("reset.xhtml?token=" + second);
        assertTrue(page.body().contains("Your API tokens still work until you revoke them"), page.body());
        assertEquals(3, Accounts.choosePassword(base, second, "a brand new password").statusCode() / 100);

        HttpResponse<String> older = Accounts.choosePassword(base, first, "an attacker's password");
        assertTrue(older.body().contains("not valid any more"), "the older link died with the reset");
        assertEquals(401, elsewhere.get("api/me").statusCode(), "the other session is signed out");
        assertEquals(200, token.get("api/me").statusCode(), "API tokens stay until revoked");
        assertEquals(204, signIn(person.email(), "a brand new password").statusCode());
    }

    private List<String> answers(String email, String password, int times) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            HttpResponse<String> response = signIn(email, password);
            JsonObject problem = Http.object(response);
            out.add(response.statusCode() + " " + problem.getString("type").replace("urn:ascent:problem:", "")
                    + response.headers().firstValue("Retry-After").map(r -> " Retry-After: " + r).orElse("")
                    + " " + problem.getString("detail"));
        }
        return out.stream().map(a -> a.replaceAll("\\d+ seconds", "N seconds").replaceAll("Retry-After: \\d+", "Retry-After: N"))
                .map(a -> a.startsWith("401 bad-credentials") ? "401 bad-credentials" : a).toList();
    }

    private HttpResponse<String> signIn(String email, String password) {
        return new Http(base).post("api/session", JSON,
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }
}
