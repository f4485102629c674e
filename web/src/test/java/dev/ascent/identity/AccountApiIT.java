package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, throttle, password links and tokens over HTTP, always with a fresh person (never the shared admin). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {
    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** A provider admin made by the platform admin: the product's own way to a new account. */
    private String freshAccount() {
        Http platform = Http.admin(base);
        HttpResponse<String> provider = platform.post("api/providers", JSON,
                "{\"slug\": \"acct-" + UUID.randomUUID() + "\", \"name\": \"Accounts\"}");
        assertEquals(201, provider.statusCode(), provider::body);
        String email = Accounts.newEmail("Fresh");
        assertEquals(200, platform.post("api/providers/" + Http.object(provider).getString("id") + "/admins", JSON,
                "{\"email\": \"" + email + "\"}").statusCode());
        return email;
    }

    @Test
    void the_set_password_link_works_once() {
        String email = freshAccount();
        String token = Accounts.mailedToken(email);
        assertEquals(303 / 100, Accounts.choosePassword(base, token, Accounts.PASSWORD).statusCode() / 100);
        HttpResponse<String> again = Accounts.choosePassword(base, token, "another long password");
        assertEquals(200, again.statusCode(), "the page stays, with its message");
        assertTrue(again.body().contains("not valid any more"), again.body());
        new Http(base).signIn(email, Accounts.PASSWORD);
        assertEquals(401, new Http(base).post("api/session", JSON,
                "{\"email\": \"" + email + "\", \"password\": \"another long password\"}").statusCode());
    }

    @Test
    void repeated_failed_sign_ins_hold_the_email_back() {
        String email = freshAccount();
        Accounts.activate(base, email);
        String wrong = "{\"email\": \"" + email + "\", \"password\": \"wrong password\"}";
        for (int i = 1; i <= 4; i++) {
            assertEquals("urn:ascent:problem:bad-credentials", type(new Http(base).post("api/session", JSON, wrong), 401));
        }
        assertEquals("urn:ascent:problem:bad-credentials", type(new Http(base).post("api/session", JSON, wrong), 401));
        assertEquals("urn:ascent:problem:too-many-requests", type(new Http(base).post("api/session", JSON, wrong), 429));
        assertEquals("urn:ascent:problem:too-many-requests", type(new Http(base).post("api/session", JSON,
                "{\"email\": \"" + email + "\", \"password\": \"" + Accounts.PASSWORD + "\"}"), 429));
    }

    @Test
    void signing_out_ends_the_session_and_a_revoked_token_stops_working() {
        Http session = Accounts.activate(base, freshAccount());
        assertEquals(200, session.get("api/me").statusCode());
        HttpResponse<String> created = session.post("api/tokens", JSON, "{\"name\": \"ci\"}");
        String tokenId = Http.object(created).getJsonObject("token").getString("id");
        Http token = Http.withToken(base, Http.object(created).getString("secret"));
        assertEquals(200, token.get("api/me/learning").statusCode());

        assertEquals(200, session.delete("api/tokens/" + tokenId).statusCode());
        assertEquals("urn:ascent:problem:unauthenticated", type(token.get("api/me"), 401));

        assertEquals(204, session.delete("api/session").statusCode());
        assertEquals(401, session.get("api/me").statusCode());
    }

    @Test
    void signing_in_as_someone_else_while_signed_in_switches_the_person() {
        String first = freshAccount();
        String second = freshAccount();
        Accounts.activate(base, second);
        Http http = Accounts.activate(base, first);
        assertEquals(first, Http.object(http.get("api/me")).getString("email"));
        http.signIn(second, Accounts.PASSWORD);
        assertEquals(second, Http.object(http.get("api/me")).getString("email"));
    }

    private static String type(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        return Http.object(response).getString("type");
    }
}
