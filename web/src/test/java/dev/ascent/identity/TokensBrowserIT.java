package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.browser.Browser;
import dev.ascent.browser.LoginPage;
import dev.ascent.browser.TokensPage;
import dev.ascent.shared.Deployments;
import dev.ascent.shared.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The API tokens page in Chromium, keyboard only: create, see the secret once, revoke after confirming. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void a_new_token_is_shown_once_and_works_on_the_api() {
        TestPerson dana = signedIn("Dana Integrator");
        TokensPage page = TokensPage.open(browser, base);
        assertEquals(List.of(), page.names());

        String secret = page.createWithKeyboard("grade export");

        assertTrue(page.secretHint().contains("shown only this once"), page.secretHint());
        HttpResponse<String> me = Http.withToken(base, secret).get("api/me");
        assertEquals(200, me.statusCode(), me::body);
        assertEquals(dana.email(), Http.object(me).getString("email"));

        browser.driver().navigate().refresh();
        TokensPage again = TokensPage.current(browser);
        assertFalse(again.secretShown(), "the secret is not shown again");
        assertFalse(browser.driver().getPageSource().contains(secret));
        List<String> row = again.row("grade export").orElseThrow();
        assertEquals("Active", row.get(3));
        assertNotEquals("never", row.get(2), "the API call above counts as a use");
    }

    @Test
    void revoking_asks_first_and_then_the_token_stops_working() {
        signedIn("Eli Revoker");
        TokensPage page = TokensPage.open(browser, base);
        String secret = page.createWithKeyboard("old laptop");

        page.startRevokeWithKeyboard("old laptop");
        assertEquals("confirmNo", page.focused().getAttribute("id"), "focus starts on the safe choice, Keep it");
        browser.press(Keys.ESCAPE);
        browser.until("the dialog closed", d -> !page.dialogOpen());
        assertEquals("Active", page.status("old laptop"), "Escape keeps the token");
        assertEquals(200, Http.withToken(base, secret).get("api/me").statusCode());

        page.startRevokeWithKeyboard("old laptop");
        page.confirmWithKeyboard("old laptop");

        assertTrue(page.status("old laptop").startsWith("Revoked "), page.status("old laptop"));
        assertEquals("list-heading", page.focused().getAttribute("id"), "focus continues at the list, not at the top");
        assertEquals(401, Http.withToken(base, secret).get("api/me").statusCode());
    }

    @Test
    void a_token_needs_a_name() {
        signedIn("Fay Blank");
        TokensPage page = TokensPage.open(browser, base);

        page.submitName("   ");

        assertEquals("Give the token a name.", page.nameError());
        browser.until("focus back on the name", d -> "tokens:name".equals(page.focused().getAttribute("id")));
        WebElement field = browser.driver().findElement(TokensPage.NAME);
        assertEquals("true", field.getAttribute("aria-invalid"));
        String describedBy = field.getAttribute("aria-describedby");
        assertEquals("Give the token a name.", browser.driver().findElement(By.id(describedBy)).getText().strip(),
                "a screen reader reads the error with the field");
        assertEquals(List.of(), page.names());
    }

    private TestPerson signedIn(String name) {
        TestPerson person = TestPerson.create(base, name);
        LoginPage.open(browser, base).signInWithKeyboard(person.email(), person.password());
        return person;
    }
}
