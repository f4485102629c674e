package dev.ascent.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test mailer: remembers every message (and still logs it), so tests can follow the links people get. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class RecordingMailer extends Mailer {
    private static final Pattern TOKEN = Pattern.compile("reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    public record Mail(String to, String subject, String body) {
    }

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String to, String subject, String body) {
        sent.add(new Mail(to, subject, body));
        super.send(to, subject, body);
    }

    public List<Mail> to(String email) {
        String normalised = Person.normaliseEmail(email);
        return sent.stream().filter(mail -> mail.to().equals(normalised)).toList();
    }

    /** The set-password token of the latest mail to this address. */
    public Optional<String> lastToken(String email) {
        List<Mail> mails = to(email);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher matcher = TOKEN.matcher(mails.get(i).body());
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
