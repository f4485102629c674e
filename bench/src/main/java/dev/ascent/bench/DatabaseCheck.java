package dev.ascent.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * After the run, holds the database to what the server acknowledged: every 2xx save is stored
 * (the last acknowledged answer, at that revision or later, in the option ids the attempt showed), and every acknowledged submit
 * left the attempt SUBMITTED with one grade that every submit response reported.
 */
final class DatabaseCheck {

    record Outcome(int acknowledgedSaves, int checkedAnswers, int attemptsInDatabase, int responsesInDatabase,
                   int submittedAttempts, List<String> lostSaves, List<String> doubleGrades,
                   List<String> ungraded, List<String> extraAttempts) {
        boolean passed() {
            return lostSaves.isEmpty() && doubleGrades.isEmpty() && ungraded.isEmpty();
        }
    }

    private record StoredAttempt(String id, String personId, String state, Double score, Instant submittedAt) {
    }

    private record StoredResponse(Object answer, int revision) {
    }

    private DatabaseCheck() {
    }

    static Outcome run(Connection db, String emailPattern, Ledger ledger) throws SQLException {
        Map<String, StoredAttempt> attempts = new HashMap<>();
        Map<String, Integer> attemptsPerPerson = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "select a.id, a.person_id, a.state, a.score, a.submitted_at from attempt a"
                        + " join person p on p.id = a.person_id where p.email like ?")) {
            ps.setString(1, emailPattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double score = rs.getDouble(4);
                    Double scoreOrNull = rs.wasNull() ? null : score;
                    Timestamp submittedAt = rs.getTimestamp(5);
                    StoredAttempt attempt = new StoredAttempt(rs.getString(1), rs.getString(2), rs.getString(3),
                            scoreOrNull, submittedAt == null ? null : submittedAt.toInstant());
                    attempts.put(attempt.id(), attempt);
                    attemptsPerPerson.merge(attempt.personId(), 1, Integer::sum);
                }
            }
        }
        Map<String, StoredResponse> responses = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "select r.attempt_id, r.item_key, r.answer, r.revision, a.seed from attempt_response r"
                        + " join attempt a on a.id = r.attempt_id join person p on p.id = a.person_id"
                        + " where p.email like ?")) {
            ps.setString(1, emailPattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    responses.put(rs.getString(1) + "/" + rs.getString(2),
                            new StoredResponse(ShownIds.shown(Json.withoutNulls(Json.parse(rs.getString(3))),
                                    rs.getLong(5), rs.getString(2)), rs.getInt(4)));
                }
            }
        }

        List<String> lost = new ArrayList<>();
        List<String> doubleGrades = new ArrayList<>();
        List<String> ungraded = new ArrayList<>();
        int checked = 0;
        int submitted = 0;
        for (Ledger.Attempt acked : ledger.attempts.values()) {
            for (Map.Entry<String, Ledger.Save> save : acked.saves.entrySet()) {
                checked++;
                String key = acked.id + "/" + save.getKey();
                StoredResponse stored = responses.get(key);
                Object expected = Json.withoutNulls(save.getValue().answer());
                if (stored == null) {
                    lost.add(key + " (no row)");
                } else if (!Objects.equals(stored.answer(), expected)) {
                    lost.add(key + " (stored " + Json.write(stored.answer()) + ", acknowledged " + Json.write(expected) + ")");
                } else if (stored.revision() < save.getValue().revision()) {
                    lost.add(key + " (revision " + stored.revision() + " < acknowledged " + save.getValue().revision() + ")");
                }
            }
            List<Ledger.Submit> submits;
            synchronized (acked.submits) {
                submits = List.copyOf(acked.submits);
            }
            if (submits.isEmpty()) {
                continue;
            }
            StoredAttempt stored = attempts.get(acked.id);
            if (stored == null || !"SUBMITTED".equals(stored.state()) || stored.score() == null
                    || stored.submittedAt() == null) {
                ungraded.add(acked.id + (stored == null ? " (no row)" : " (state " + stored.state() + ", score "
                        + stored.score() + ", submitted_at " + stored.submittedAt() + ")"));
                continue;
            }
            submitted++;
            // Grading twice would leave a later submitted_at (and possibly another score) than some response reported.
            for (Ledger.Submit submit : submits) {
                if (!"SUBMITTED".equals(submit.state()) || submit.score() != stored.score()
                        || !submit.submittedAt().equals(stored.submittedAt())) {
                    doubleGrades.add(acked.id + " (response " + submit + ", stored score " + stored.score()
                            + " at " + stored.submittedAt() + ")");
                    break;
                }
            }
        }
        List<String> extra = new ArrayList<>();
        attemptsPerPerson.forEach((person, count) -> {
            if (count > 1) {
                extra.add(person + " has " + count + " attempts");
            }
        });
        return new Outcome(ledger.acknowledgedSaves(), checked, attempts.size(), responses.size(), submitted,
                lost, doubleGrades, ungraded, extra);
    }
}
