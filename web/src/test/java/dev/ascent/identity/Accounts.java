package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Accounts the way a person gets one: someone adds their email, the set-password mail arrives
 * (the test server has no SMTP server, so the mail is in its log), they choose a password on
 * the reset page and sign in.
 */
public final class Accounts {
    public static final String PASSWORD = "a long enough password";
    private static final Pattern TOKEN = Pattern.compile("reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern ATTRIBUTE = Pattern.compile("(name|value)=\"([^\"]*)\"");

    private Accounts() {
    }

    public static String newEmail(String name) {
        return name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@test.invalid";
    }

    /** The token of the latest set-password link mailed to this address. */
    public static String mailedToken(String email) {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        try {
            String text = Files.readString(log);
            int at = text.lastIndexOf("Mail (no SMTP server configured) to " + email + ":");
            assertTrue(at >= 0, "no mail to " + email + " in " + log);
            Matcher matcher = TOKEN.matcher(text);
            assertTrue(matcher.find(at), "no link in the mail to " + email);
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills in the reset page; returns the page's answer (a redirect to the sign-in page on success). */
    public static HttpResponse<String> choosePassword(URL base, String token, String password) {
        return submitForm(new Http(base), "reset.xhtml?token=" + token, "reset",
                Map.of("reset:password", password, "reset:repeat", password));
    }

    /** Asks for a set-password link on the "forgot your password" page. */
    public static HttpResponse<String> requestLink(URL base, String email) {
        return submitForm(new Http(base), "forgot.xhtml", "forgot", Map.of("forgot:email", email));
    }

    /**
     * Loads a page, fills in its form (hidden fields as served, plus {@code fields}) and presses its
     * {@code submit} button, as a browser would.
     */
    public static HttpResponse<String> submitForm(Http browser, String page, String formId, Map<String, String> fields) {
        HttpResponse<String> loaded = browser.get(page);
        String form = loaded.body().substring(loaded.body().indexOf("<form id=\"" + formId + "\""));
        form = form.substring(0, form.indexOf("</form>"));
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form);
        assertTrue(action.find(), "no form on " + page);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(hidden.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), unescape(attribute.group(2)));
            }
            if (attributes.containsKey("name")) {
                values.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        // PrimeFaces' script adds the page's CSP nonce to every form; the server refuses a post without it.
        Matcher nonce = CSP_NONCE.matcher(loaded.body());
        if (nonce.find()) {
            values.put("primefaces.nonce", nonce.group(1));
        }
        values.putAll(fields);
        values.put(formId + ":submit", "");
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.post(unescape(action.group(1)).replaceFirst("^/", ""), "application/x-www-form-urlencoded", body);
    }

    /** Sets the password from the mailed link and signs in with it. */
    public static Http activate(URL base, String email) {
        HttpResponse<String> answer = choosePassword(base, mailedToken(email), PASSWORD);
        assertTrue(answer.statusCode() == 302 || answer.statusCode() == 303,
                () -> "choosing a password for " + email + " gave " + answer.statusCode() + ": " + answer.body());
        return new Http(base).signIn(email, PASSWORD);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#58;", ":").replace("&lt;", "<").replace("&gt;", ">");
    }
}
