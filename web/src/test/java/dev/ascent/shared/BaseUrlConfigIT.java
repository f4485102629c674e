package dev.ascent.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web module reads ASCENT_BASE_URL through MicroProfile Config: here the setting comes from
 * the deployment's own microprofile-config.properties (a source MicroProfile Config reads beside
 * the environment), and a form post from that origin is let through while others are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BaseUrlConfigIT {
    private static final String BASE_URL = "http://learn.test.invalid/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear();
        ear.getAsType(WebArchive.class, "ascent-web.war")
                .addAsResource(new StringAsset("ascent.base.url=" + BASE_URL + "\n"), "META-INF/microprofile-config.properties");
        return ear;
    }

    @ArquillianResource
    URL base;

    @Test
    void a_post_from_the_configured_base_url_passes_the_cross_site_check_and_others_do_not() throws Exception {
        assertEquals(403, post("http://other.test.invalid").statusCode());
        HttpResponse<String> fromBase = post("http://learn.test.invalid");
        assertNotEquals(403, fromBase.statusCode(), fromBase::body);
    }

    private HttpResponse<String> post(String origin) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/session"))
                .header("Origin", origin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
