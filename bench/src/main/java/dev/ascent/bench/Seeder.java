package dev.ascent.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Signs the learners up directly in the database (tables of V2__people.sql): one provider, one
 * cohort on the version of the quiz under test, N people with an ACTIVE enrollment and an API
 * token each. Only the token's SHA-256 is stored, as {@code dev.ascent.identity.Secrets} does.
 */
final class Seeder {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One virtual learner: who they are and the bearer secret they send. */
    record Learner(int index, String personId, String email, String secret) {
    }

    record Seeded(String runTag, String providerId, String cohortId, List<Learner> learners) {
        /** Emails of this run's learners match {@code bench-<tag>-%}: the database check selects by it. */
        String emailPattern() {
            return "bench-" + runTag + "-%";
        }
    }

    private Seeder() {
    }

    static Seeded seed(Connection db, String quizId, int count) throws SQLException {
        String versionId = courseVersionOf(db, quizId);
        String tag = Long.toString(System.currentTimeMillis(), 36);
        Timestamp now = Timestamp.from(Instant.now());
        String providerId = uuid();
        String cohortId = uuid();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            try (PreparedStatement ps = db.prepareStatement(
                    "insert into provider (id, slug, name, created_at) values (?, ?, ?, ?)")) {
                ps.setString(1, providerId);
                ps.setString(2, "bench-" + tag);
                ps.setString(3, "Benchmark provider " + tag);
                ps.setTimestamp(4, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "insert into cohort (id, provider_id, name, course_version_id, created_at) values (?, ?, ?, ?, ?)")) {
                ps.setString(1, cohortId);
                ps.setString(2, providerId);
                ps.setString(3, "Benchmark cohort " + tag);
                ps.setString(4, versionId);
                ps.setTimestamp(5, now);
                ps.executeUpdate();
            }
            List<Learner> learners = new ArrayList<>(count);
            try (PreparedStatement person = db.prepareStatement(
                    "insert into person (id, email, name, platform_admin, failed_logins, created_at)"
                            + " values (?, ?, ?, false, 0, ?)");
                 PreparedStatement enrollment = db.prepareStatement(
                    "insert into enrollment (id, cohort_id, person_id, status, activated_at) values (?, ?, ?, 'ACTIVE', ?)");
                 PreparedStatement token = db.prepareStatement(
                    "insert into api_token (id, person_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    Learner learner = new Learner(i, uuid(), "bench-" + tag + "-" + i + "@bench.invalid", secret());
                    learners.add(learner);
                    person.setString(1, learner.personId());
                    person.setString(2, learner.email());
                    person.setString(3, "Bench learner " + i);
                    person.setTimestamp(4, now);
                    person.addBatch();
                    enrollment.setString(1, uuid());
                    enrollment.setString(2, cohortId);
                    enrollment.setString(3, learner.personId());
                    enrollment.setTimestamp(4, now);
                    enrollment.addBatch();
                    token.setString(1, uuid());
                    token.setString(2, learner.personId());
                    token.setString(3, "bench");
                    token.setString(4, sha256(learner.secret()));
                    token.setTimestamp(5, now);
                    token.addBatch();
                }
                // Parents first: enrollment and api_token reference person.
                person.executeBatch();
                enrollment.executeBatch();
                token.executeBatch();
            }
            db.commit();
            return new Seeded(tag, providerId, cohortId, learners);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static String courseVersionOf(Connection db, String quizId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "select u.course_version_id from quiz q join unit u on u.id = q.unit_id where q.id = ?")) {
            ps.setString(1, quizId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("quiz " + quizId + " is not in the database the bench reads: "
                            + "is the JDBC URL the server's?");
                }
                return rs.getString(1);
            }
        }
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
