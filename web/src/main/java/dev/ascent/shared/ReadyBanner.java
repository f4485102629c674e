package dev.ascent.shared;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started the server where to point the browser. */
@WebListener
public class ReadyBanner implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());

    /** -Djboss.http.port wins over ASCENT_HTTP_PORT, as for the server's own HTTP port. */
    @Inject
    @ConfigProperty(name = "jboss.http.port")
    Optional<String> jbossHttpPort;
    @Inject
    @ConfigProperty(name = "ascent.http.port", defaultValue = "8080")
    String httpPort;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String port = jbossHttpPort.orElse(httpPort);
        LOG.info(() -> "Ascent is ready: browse http://localhost:" + port + "/ (API under /api)");
    }
}
