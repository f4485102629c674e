package dev.ascent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ascent.shared.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settings reach the application through MicroProfile Config and the server's mail session, from
 * the ASCENT_* variables the build gives the test server (root pom): the sign-in limit per client,
 * and the SMTP port and sender of java:jboss/mail/Ascent, which the Mailer sends through.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    SignInThrottle throttle;
    @Inject
    Mailer mailer;
    @Resource(lookup = "java:jboss/mail/Ascent")
    Session session;

    @Test
    void sign_in_limits_come_from_the_environment_with_the_documented_defaults_for_the_rest() {
        SignInThrottle.Limits limits = throttle.configuredLimits();
        assertEquals(Integer.parseInt(System.getenv("ASCENT_SIGNIN_PER_CLIENT_PER_MINUTE")), limits.perClientPerMinute());
        assertEquals(100_000, limits.perClientPerMinute(), "the test server's own limit, not the default 30");
        assertEquals(5, limits.freeFailures());
        assertEquals(900, limits.maxDelaySeconds());
        assertEquals(Runtime.getRuntime().availableProcessors(), limits.maxConcurrentHashes());
    }

    @Test
    void the_mail_session_is_configured_from_the_smtp_variables_and_the_mailer_sends_through_it() throws Exception {
        assertFalse(mailer.isConfigured(), "no ASCENT_SMTP_HOST on the test server: mails go to the log");
        String port = System.getenv("ASCENT_SMTP_PORT");
        assertEquals(port, session.getProperty("mail.smtp.port"));
        assertEquals("localhost", session.getProperty("mail.smtp.host"));
        assertEquals("quizzes@test.invalid", session.getProperty("mail.from"));

        try (ServerSocket smtp = new ServerSocket(Integer.parseInt(port), 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> receiveOne(smtp));
            mailer.deliver("someone@test.invalid", "Set your password", "Open http://localhost/reset.xhtml?token=abc");
            String conversation = received.get(20, TimeUnit.SECONDS);
            assertTrue(conversation.contains("MAIL FROM:<quizzes@test.invalid>"), conversation);
            assertTrue(conversation.contains("RCPT TO:<someone@test.invalid>"), conversation);
            assertTrue(conversation.contains("Subject: Set your password"), conversation);
            assertTrue(conversation.contains("reset.xhtml?token=abc"), conversation);
        }
    }

    /** The smallest SMTP server: accepts one message and returns everything the client said. */
    private static String receiveOne(ServerSocket server) {
        StringBuilder said = new StringBuilder();
        try (Socket client = server.accept()) {
            client.setSoTimeout(15_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            reply(out, "220 test SMTP");
            boolean data = false;
            for (String line; (line = in.readLine()) != null; ) {
                said.append(line).append('\n');
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        reply(out, "250 queued");
                    }
                } else if (line.startsWith("EHLO")) {
                    reply(out, "250-test\r\n250 8BITMIME");
                } else if (line.equals("DATA")) {
                    data = true;
                    reply(out, "354 go on");
                } else if (line.equals("QUIT")) {
                    reply(out, "221 bye");
                    break;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (java.io.IOException e) {
            said.append("failed: ").append(e);
        }
        return said.toString();
    }

    private static void reply(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
