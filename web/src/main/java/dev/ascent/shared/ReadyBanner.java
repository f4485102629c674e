package dev.ascent.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import java.util.logging.Logger;

/** Tells whoever started the server where to point the browser. */
@WebListener
public class ReadyBanner implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String port = Optional.ofNullable(System.getProperty("jboss.http.port"))
                .or(() -> Optional.ofNullable(System.getenv("ASCENT_HTTP_PORT")))
                .orElse("8080");
        LOG.info(() -> "Ascent is ready: browse http://localhost:" + port + "/ (API under /api)");
    }
}
