package dev.ascent.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Outgoing mail. Without ASCENT_SMTP_HOST the message is written to the server log instead, so
 * a fresh installation can still hand out password links.
 */
@ApplicationScoped
public class Mailer {
    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    public boolean isConfigured() {
        return env("ASCENT_SMTP_HOST").isPresent();
    }

    /** Where links in messages point, e.g. https://learn.example.org (ASCENT_BASE_URL). */
    public String baseUrl() {
        return env("ASCENT_BASE_URL").map(url -> url.replaceAll("/+$", ""))
                .orElse("http://localhost:" + Optional.ofNullable(System.getProperty("jboss.http.port"))
                        .or(() -> env("ASCENT_HTTP_PORT")).orElse("8080"));
    }

    public void send(String to, String subject, String body) {
        if (!isConfigured()) {
            LOG.info(() -> "Mail (no SMTP server configured) to " + to + ": " + subject + "\n" + body);
            return;
        }
        SmtpSender.send(to, subject, body);
    }

    static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
