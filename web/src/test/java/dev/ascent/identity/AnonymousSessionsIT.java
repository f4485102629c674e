package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import dev.ascent.shared.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions only for people who signed in: a crawler reading the public pages (and failing to sign
 * in) never gets a session, so it cannot fill the server's memory with them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousSessionsIT {
    private static final List<String> PUBLIC_PAGES = List.of("", "index.xhtml", "login.xhtml",
            "login.xhtml?next=%2Fapp%2Ftokens.xhtml", "login.xhtml?signedOut=true", "forgot.xhtml",
            "reset.xhtml?token=not-a-token");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_hundred_and_fifty_anonymous_page_views_make_no_session() {
        for (int i = 0; i < 150; i++) {
            String page = PUBLIC_PAGES.get(i % PUBLIC_PAGES.size());
            HttpResponse<String> response = new Http(base).get(page);
            assertEquals(200, response.statusCode(), page);
            assertNoSession(response, page);
        }
    }

    @Test
    void failed_sign_ins_and_forms_of_anonymous_pages_make_no_session() {
        TestPerson person = TestPerson.create(base, "Sessionless");
        Http visitor = new Http(base);
        HttpResponse<String> wrong = Accounts.submitForm(visitor, "login.xhtml", "login",
                Map.of("login:email", person.email(), "login:password", "not the password"));
        assertTrue(wrong.body().contains("The email or the password is not right."), wrong.body());
        assertEquals(401, visitor.post("api/session", "application/json",
                "{\"email\": \"" + person.email() + "\", \"password\": \"not the password\"}").statusCode());
        HttpResponse<String> forgot = Accounts.submitForm(visitor, "forgot.xhtml", "forgot",
                Map.of("forgot:email", Accounts.newEmail("Nobody")));
        assertTrue(forgot.body().contains("Check your mail"), forgot.body());
        HttpResponse<String> reset = Accounts.submitForm(visitor, "reset.xhtml?token=not-a-token", "reset",
                Map.of("reset:password", "a long enough password", "reset:repeat", "a long enough password"));
        assertTrue(reset.body().contains("not valid any more"), reset.body());
        assertFalse(visitor.hasCookie("JSESSIONID"), "failed sign-ins and anonymous forms made a session");
    }

    @Test
    void signing_in_on_the_page_starts_the_session() {
        TestPerson person = TestPerson.create(base, "Session Starter");
        Http browser = new Http(base);
        HttpResponse<String> signedIn = Accounts.submitForm(browser, "login.xhtml", "login",
                Map.of("login:email", person.email(), "login:password", person.password()));
        assertEquals(3, signedIn.statusCode() / 100, signedIn::body);
        assertTrue(browser.hasCookie("JSESSIONID"), "the sign-in starts the session");
        assertEquals(person.email(), Http.object(browser.get("api/me")).getString("email"));
    }

    private static void assertNoSession(HttpResponse<String> response, String what) {
        assertFalse(sessionCookie(response), () -> what + " made a session: " + response.headers().allValues("Set-Cookie"));
    }

    private static boolean sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="));
    }
}
