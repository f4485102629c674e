package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.ascent.browser.Browser;
import dev.ascent.browser.LoginPage;
import dev.ascent.cohort.People;
import dev.ascent.identity.TestPerson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A signed-in learner (who also runs a provider) visits hostile pages in the same Chromium: one on
 * another site (127.0.0.1 while Ascent is on localhost) and one on another port of the same host
 * (same site, so SameSite does not help there). Each page auto-submits forms and sends fetches
 * with credentials at every state-changing endpoint; afterwards nothing has changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    private final List<HttpServer> hostile = new ArrayList<>();

    @AfterEach
    void stopHostileSites() {
        hostile.forEach(server -> server.stop(0));
    }

    @Test
    void hostile_pages_on_another_site_and_on_another_port_change_nothing() throws Exception {
        // Ascent as the victim sees it, on localhost.
        String app = "http://localhost:" + base.getPort() + "/";
        URL appUrl = new URL(app);
        Fixtures fixtures = new Fixtures(base);
        Fixtures.Cohort cohort = fixtures.cohort();
        TestPerson victim = TestPerson.create(base, "Vic Victim");
        fixtures.enroll(cohort, victim, "ACTIVE");
        fixtures.administer(cohort, victim.email());
        Http own = victim.http(base);

        String openQuiz = Fixtures.quizOfUnit(own, 1);
        String untouchedQuiz = Fixtures.quizOfUnit(own, 2);
        JsonObject sheet = Http.object(own.postEmpty("api/quizzes/" + openQuiz + "/attempts?cohortId=" + cohort.cohortId()));
        String attemptId = sheet.getString("id");
        String itemId = sheet.getJsonArray("items").getJsonObject(0).getString("id");
        JsonObject enrolled = Http.object(own.post("api/cohorts/" + cohort.cohortId() + "/enrollments", "application/json",
                "{\"email\": \"other-" + System.nanoTime() + "@example.org\", \"name\": \"Otto Other\"}"));
        String enrollmentId = enrolled.getString("id");
        String otherCohort = fixtures.cohortOf(cohort.providerId()).cohortId();
        String code = People.invite(own, otherCohort, 5);
        String tokenId = Http.object(own.post("api/tokens", "application/json", "{\"name\": \"keep\"}")).getJsonObject("token").getString("id");
        TestPerson attacker = TestPerson.create(base, "Mal Attacker");

        LoginPage.open(browser, appUrl).signInWithKeyboard(victim.email(), victim.password());

        String page = hostilePage(app, cohort.cohortId(), untouchedQuiz, attemptId, itemId, enrollmentId, code, tokenId,
                attacker);
        for (String site : List.of("http://127.0.0.1:" + serve("127.0.0.1", page) + "/",
                "http://localhost:" + serve("localhost", page) + "/")) {
            browser.driver().get(site);
            // The page fires everything, waits for the answers, then sends one top-level form post.
            browser.until("the hostile page to finish from " + site, d -> d.getCurrentUrl().startsWith(app));
        }

        // Nothing changed, seen by the victim's own (same-origin) session.
        assertEquals(0, Http.object(own.get("api/quizzes/" + untouchedQuiz + "/attempts?cohortId=" + cohort.cohortId()))
                .getJsonArray("attempts").size(), "no attempt started");
        JsonObject attempt = Http.object(own.get("api/attempts/" + attemptId));
        assertEquals(sheet.getString("state"), attempt.getString("state"), "the attempt is not submitted");
        assertTrue(attempt.getJsonObject("responses").isEmpty(), "no answer saved");
        assertEquals(enrolled.getString("status"), Http.object(own.get("api/cohorts/" + cohort.cohortId()
                + "/enrollments/" + enrollmentId)).getString("status"), "nobody withdrawn");
        assertEquals(0, Http.json(own.get("api/cohorts/" + otherCohort + "/enrollments")).asJsonArray().size(),
                "the invite was not accepted");
        JsonArray tokens = Http.json(own.get("api/tokens")).asJsonArray();
        assertEquals(1, tokens.size(), tokens::toString);
        JsonObject kept = tokens.getJsonObject(0);
        assertTrue(!kept.containsKey("revokedAt") || kept.isNull("revokedAt"), () -> "the token is not revoked: " + kept);

        // And the browser is still signed in as the victim (not signed out, not signed in as the attacker).
        browser.driver().get(app + "api/me");
        String me = browser.driver().findElement(By.tagName("body")).getText();
        assertTrue(me.contains(victim.email()), me);
    }

    /** Forms into hidden frames, fetches with the browser's cookies, and last a top-level form post. */
    private static String hostilePage(String app, String cohortId, String quiz, String attempt, String item,
                                      String enrollment, String code, String token, TestPerson attacker) {
        String start = "api/quizzes/" + quiz + "/attempts?cohortId=" + cohortId;
        return """
                <!DOCTYPE html><html><head><title>Win a prize</title></head><body><script>
                const T = '%1$s';
                const forms = [
                  ['%2$s', {}],
                  ['api/attempts/%3$s/submit', {}],
                  ['api/cohorts/%4$s/enrollments/%5$s/withdraw', {}],
                  ['api/invites/%6$s/accept', {}],
                  ['api/tokens', {'{"name": "evil", "x": "': '"}'}, 'text/plain'],
                  ['api/session', {'{"email": "%8$s", "password": "%9$s", "x": "': '"}'}, 'text/plain'],
                  ['app/dashboard.xhtml', {'logoutForm': 'logoutForm', 'logoutForm:logout': 'Sign out',
                                           'jakarta.faces.ViewState': 'stateless'}],
                  ['login.xhtml', {'login': 'login', 'login:email': '%8$s', 'login:password': '%9$s',
                                   'login:submit': '', 'jakarta.faces.ViewState': 'stateless'}]
                ];
                const fetches = [
                  ['POST', '%2$s'],
                  ['POST', 'api/attempts/%3$s/submit'],
                  ['PUT', 'api/attempts/%3$s/responses/%10$s', '{"answer": {"text": "x"}, "baseRevision": 0}', 'application/json'],
                  ['POST', 'api/cohorts/%4$s/enrollments/%5$s/withdraw'],
                  ['POST', 'api/invites/%6$s/accept'],
                  ['POST', 'api/tokens', '{"name": "evil"}', 'application/json'],
                  ['DELETE', 'api/tokens/%7$s'],
                  ['DELETE', 'api/session']
                ];
                let pending = 0;
                function form(path, fields, enctype, target) {
                  const f = document.createElement('form');
                  f.method = 'POST'; f.action = T + path; f.target = target;
                  if (enctype) { f.enctype = enctype; }
                  for (const [name, value] of Object.entries(fields)) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value; f.appendChild(input);
                  }
                  document.body.appendChild(f);
                  f.submit();
                }
                let finished = false;
                function finish() {
                  if (!finished) { finished = true; form('%2$s', {}, null, '_self'); }
                }
                function settled() {
                  if (--pending === 0) { finish(); }
                }
                setTimeout(finish, 8000); // in case a frame never reports
                forms.forEach(([path, fields, enctype], i) => {
                  const frame = document.createElement('iframe');
                  frame.name = 'f' + i;
                  document.body.appendChild(frame);
                  pending++;
                  frame.addEventListener('load', settled, {once: true});
                  form(path, fields, enctype, frame.name);
                });
                fetches.forEach(([method, path, body, type]) => {
                  pending++;
                  const simple = method === 'POST';
                  fetch(T + path, {method, body, credentials: 'include', mode: simple ? 'no-cors' : 'cors',
                                   headers: type ? {'Content-Type': type} : {}}).then(settled, settled);
                });
                </script></body></html>
                """.formatted(app, start, attempt, cohortId, enrollment, code, token, attacker.email(),
                attacker.password(), item);
    }

    /** A tiny web server for the hostile page, on this host name and a free port. */
    private int serve(String host, String page) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        server.start();
        hostile.add(server);
        return server.getAddress().getPort();
    }
}
