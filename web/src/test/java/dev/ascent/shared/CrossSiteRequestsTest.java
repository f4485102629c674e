package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Origins as browsers write them: scheme, host, and the port only when it is not the default. */
class CrossSiteRequestsTest {

    @Test
    void the_origin_of_a_base_url() {
        assertEquals("https://learn.example.org", CrossSiteRequests.originOf("https://Learn.Example.org/ascent/"));
        assertEquals("https://learn.example.org", CrossSiteRequests.originOf("https://learn.example.org:443"));
        assertEquals("http://localhost:8080", CrossSiteRequests.originOf("http://localhost:8080/"));
    }
}
