package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionPageTest {

    @Test
    void after_sign_in_only_a_path_of_this_site_is_followed() {
        assertTrue(SessionPage.isLocalPath("/app/tokens.xhtml"));
        assertTrue(SessionPage.isLocalPath("/app/quiz.xhtml?quiz=q1&cohort=c1"));
    }

    @Test
    void anything_a_browser_could_read_as_another_host_is_refused() {
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example", "/\\evil.example",
                "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/%zz", "app/x",
                "javascript:alert(1)"}) {
            assertFalse(SessionPage.isLocalPath(hostile), String.valueOf(hostile));
        }
    }
}
