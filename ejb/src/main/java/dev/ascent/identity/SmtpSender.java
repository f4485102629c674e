package dev.ascent.identity;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Jakarta Mail to the SMTP server named by ASCENT_SMTP_HOST/PORT/USER/PASSWORD/FROM/STARTTLS. */
final class SmtpSender {
    private SmtpSender() {
    }

    static void send(String to, String subject, String body) {
        Properties props = new Properties();
        props.put("mail.smtp.host", Mailer.env("ASCENT_SMTP_HOST").orElseThrow());
        props.put("mail.smtp.port", Mailer.env("ASCENT_SMTP_PORT").orElse("587"));
        props.put("mail.smtp.starttls.enable", Mailer.env("ASCENT_SMTP_STARTTLS").orElse("true"));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        String user = Mailer.env("ASCENT_SMTP_USER").orElse(null);
        String password = Mailer.env("ASCENT_SMTP_PASSWORD").orElse("");
        props.put("mail.smtp.auth", String.valueOf(user != null));
        Session session = Session.getInstance(props, user == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(Mailer.env("ASCENT_SMTP_FROM").orElse("no-reply@localhost")));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not send mail to " + to + " through the SMTP server", e);
        }
    }
}
