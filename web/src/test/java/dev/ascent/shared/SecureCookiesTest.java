package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The session cookie is Secure by default behind an https base URL; ASCENT_SECURE_COOKIES overrides. */
class SecureCookiesTest {

    @Test
    void secure_by_default_when_the_base_url_is_https() {
        assertEquals(true, SecureCookies.secure(Optional.empty(), Optional.of("https://learn.example.org")));
        assertEquals(true, SecureCookies.secure(Optional.empty(), Optional.of(" HTTPS://learn.example.org/")));
        assertEquals(false, SecureCookies.secure(Optional.empty(), Optional.of("http://localhost:8080")));
        assertEquals(false, SecureCookies.secure(Optional.empty(), Optional.empty()));
    }

    @Test
    void the_explicit_setting_wins() {
        assertEquals(false, SecureCookies.secure(Optional.of("false"), Optional.of("https://learn.example.org")));
        assertEquals(true, SecureCookies.secure(Optional.of("true"), Optional.of("http://localhost:8080")));
    }
}
