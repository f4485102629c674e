package dev.ascent.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outgoing mail through the server's mail session java:jboss/mail/Ascent (host, port, sender and
 * STARTTLS from ASCENT_SMTP_*, see configure-server.cli). Without ASCENT_SMTP_HOST the message is
 * written to the server log instead, so a fresh installation can still hand out password links.
 */
@ApplicationScoped
public class Mailer {
    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Ascent")
    Session session;
    @Inject
    @ConfigProperty(name = "ascent.smtp.host")
    Optional<String> smtpHost;
    @Inject
    @ConfigProperty(name = "ascent.smtp.user")
    Optional<String> smtpUser;
    @Inject
    @ConfigProperty(name = "ascent.smtp.password")
    Optional<String> smtpPassword;
    @Inject
    @ConfigProperty(name = "ascent.base.url")
    Optional<String> baseUrl;
    /** -Djboss.http.port wins over ASCENT_HTTP_PORT, as for the server's own HTTP port. */
    @Inject
    @ConfigProperty(name = "jboss.http.port")
    Optional<String> jbossHttpPort;
    @Inject
    @ConfigProperty(name = "ascent.http.port", defaultValue = "8080")
    String httpPort;

    public boolean isConfigured() {
        return smtpHost.filter(host -> !host.isBlank()).isPresent();
    }

    /** Where links in messages point, e.g. https://learn.example.org (ASCENT_BASE_URL). */
    public String baseUrl() {
        return baseUrl.map(url -> url.strip().replaceAll("/+$", ""))
                .orElse("http://localhost:" + jbossHttpPort.orElse(httpPort));
    }

    public void send(String to, String subject, String body) {
        if (!isConfigured()) {
            LOG.info(() -> "Mail (no SMTP server configured) to " + to + ": " + subject + "\n" + body);
            return;
        }
        deliver(to, subject, body);
    }

    /** Sends through the mail session, with the SMTP account when one is set. */
    void deliver(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            if (smtpUser.isPresent()) {
                Transport.send(message, smtpUser.get(), smtpPassword.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not send mail to " + to + " through the SMTP server", e);
        }
    }
}
