package dev.ascent.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The gradebook benchmark (README, "Benchmark", grades): seeds one cohort of N learners with
 * submitted attempts at every unit's quiz (1 or 2 each, item credits drawn from each learner's
 * ability and each item's difficulty; responses for unit 1's quiz, for item analysis) straight
 * into the database, makes one extra person the provider's admin, then measures as that admin:
 * the first gradebook page, a filtered and sorted page and unit 1's item analysis (p50/p95/max
 * over 20 requests after 3 warm-ups each), and the full CSV and XLSX exports (time, size, and
 * the server's resident memory before and at its peak during the export).
 */
public final class GradesBench {
    private static final Random RANDOM = new Random(42);

    private GradesBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(opts.getOrDefault("base-url", "http://127.0.0.1:58080/"));
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("the bench only talks to 127.0.0.1, not " + base.getHost());
        }
        int learners = Integer.parseInt(opts.getOrDefault("learners", "5000"));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "20"));
        String jdbcUrl = opts.get("jdbc-url");
        String pid = opts.get("server-pid");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        String cohortId;
        String secret;
        String quizOne;
        Instant seedStart = Instant.now();
        try (Connection db = DriverManager.getConnection(jdbcUrl, opts.getOrDefault("jdbc-user", "sa"),
                opts.getOrDefault("jdbc-password", "sa"))) {
            List<String[]> quizzes = quizzes(db);
            quizOne = quizzes.get(0)[0];
            Seeder.Seeded seeded = Seeder.seed(db, quizOne, learners + 1);
            cohortId = seeded.cohortId();
            Seeder.Learner admin = seeded.learners().get(learners);
            secret = admin.secret();
            try (PreparedStatement ps = db.prepareStatement("insert into provider_admin (provider_id, person_id) values (?, ?)")) {
                ps.setString(1, seeded.providerId());
                ps.setString(2, admin.personId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement("delete from enrollment where person_id = ?")) {
                ps.setString(1, admin.personId());
                ps.executeUpdate();
            }
            long attempts = attempts(db, cohortId, seeded.learners().subList(0, learners), quizzes);
            System.out.printf(Locale.ROOT, "seeded %d learners, %d submitted attempts on %d quizzes in %.1f s%n", learners,
                    attempts, quizzes.size(), Duration.between(seedStart, Instant.now()).toMillis() / 1000.0);
        }

        String gradebook = "api/cohorts/" + cohortId + "/gradebook";
        report("first gradebook page (50 rows)", http, base, secret, gradebook + "?page=0&size=50", requests);
        report("filtered + sorted page (unit 1 failed, by unit 2 grade desc)", http, base, secret,
                gradebook + "?page=0&size=50&unit=u1&state=failed&sort=-u2", requests);
        report("search + sort by last activity", http, base, secret,
                gradebook + "?page=3&size=50&q=learner%201&sort=-lastActivity", requests);
        report("item analysis, unit 1", http, base, secret,
                "api/cohorts/" + cohortId + "/quizzes/" + quizOne + "/item-analysis", requests);
        for (String format : List.of("csv", "xlsx")) {
            for (int run = 1; run <= 3; run++) {
                export(http, base, secret, gradebook + "/export?format=" + format, format + " export, run " + run, pid);
            }
        }
    }

    /** Quiz id and draw count per unit of the current ml-engineer version, in unit order. */
    private static List<String[]> quizzes(Connection db) throws SQLException {
        List<String[]> quizzes = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select q.id, q.draw_count from quiz q join unit u on u.id = q.unit_id"
                + " join course c on c.current_version_id = u.course_version_id where c.slug = 'ml-engineer' order by u.position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                quizzes.add(new String[] {rs.getString(1), Integer.toString(rs.getInt(2))});
            }
        }
        return quizzes;
    }

    private static List<String> items(Connection db, String quizId) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("select item_key from quiz_item where quiz_id = ? order by position")) {
            ps.setString(1, quizId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    /** 1 submitted attempt per learner and quiz, 2 for every third learner; responses for the first quiz only. */
    private static long attempts(Connection db, String cohortId, List<Seeder.Learner> learners, List<String[]> quizzes)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long count = 0;
        db.setAutoCommit(false);
        try (PreparedStatement attempt = db.prepareStatement("insert into attempt (id, quiz_id, person_id, cohort_id, seed,"
                + " state, item_keys, started_at, submitted_at, score, max_score, row_version, attempt_number)"
                + " values (?, ?, ?, ?, 1, 'SUBMITTED', ?, ?, ?, ?, ?, 1, ?)");
             PreparedStatement response = db.prepareStatement("insert into attempt_response (id, attempt_id, item_key,"
                     + " answer, revision, saved_at, credit) values (?, ?, ?, '{\"text\":\"bench\"}', 1, ?, ?)")) {
            for (int q = 0; q < quizzes.size(); q++) {
                String quizId = quizzes.get(q)[0];
                List<String> pool = items(db, quizId);
                int draw = Math.min(pool.size(), Integer.parseInt(quizzes.get(q)[1]));
                double[] difficulty = pool.stream().mapToDouble(k -> RANDOM.nextGaussian()).toArray();
                for (Seeder.Learner learner : learners) {
                    double ability = 0.8 + ((learner.index() * 7919L) % 1000) / 1000.0 * 2 - 1;
                    for (int n = 1; n <= (learner.index() % 3 == 0 ? 2 : 1); n++) {
                        List<Integer> order = new ArrayList<>();
                        for (int i = 0; i < pool.size(); i++) {
                            order.add(i);
                        }
                        Collections.shuffle(order, RANDOM);
                        List<Integer> drawn = order.subList(0, draw);
                        String id = UUID.randomUUID().toString();
                        double score = 0;
                        for (int i : drawn) {
                            double p = 1 / (1 + Math.exp(-(ability - difficulty[i]) * 1.7));
                            double credit = RANDOM.nextDouble() < p ? 1 : 0;
                            score += credit;
                            if (q == 0) {
                                response.setString(1, UUID.randomUUID().toString());
                                response.setString(2, id);
                                response.setString(3, pool.get(i));
                                response.setTimestamp(4, now);
                                response.setDouble(5, credit);
                                response.addBatch();
                            }
                        }
                        attempt.setString(1, id);
                        attempt.setString(2, quizId);
                        attempt.setString(3, learner.personId());
                        attempt.setString(4, cohortId);
                        attempt.setString(5, String.join(",", drawn.stream().map(pool::get).toList()));
                        attempt.setTimestamp(6, now);
                        attempt.setTimestamp(7, now);
                        attempt.setDouble(8, score);
                        attempt.setDouble(9, draw);
                        attempt.setInt(10, n);
                        attempt.addBatch();
                        count++;
                    }
                }
                attempt.executeBatch();
                response.executeBatch();
            }
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return count;
    }

    private static HttpRequest get(URI base, String secret, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + secret)
                .timeout(Duration.ofSeconds(120)).GET().build();
    }

    private static void report(String what, HttpClient http, URI base, String secret, String path, int requests)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            check(http.send(get(base, secret, path), HttpResponse.BodyHandlers.ofString()), path);
        }
        long[] millis = new long[requests];
        int bytes = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(get(base, secret, path), HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            check(response, path);
            bytes = response.body().length();
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-62s p50 %5d ms  p95 %5d ms  max %5d ms  (%d requests, %d KiB)%n", what,
                millis[(int) Math.ceil(0.5 * requests) - 1], millis[(int) Math.ceil(0.95 * requests) - 1],
                millis[requests - 1], requests, bytes / 1024);
    }

    private static void export(HttpClient http, URI base, String secret, String path, String what, String pid)
            throws Exception {
        long rssBefore = rss(pid);
        long[] peak = {rssBefore};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], rss(pid));
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(get(base, secret, path), HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = (System.nanoTime() - start) / 1_000_000;
        long size;
        try (InputStream in = response.body()) {
            size = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        System.out.printf(Locale.ROOT, "%-62s %6d ms (first byte %d ms), %d KiB; server RSS %d -> peak %d MiB%n", what,
                total, firstByte, size / 1024, rssBefore / 1024, peak[0] / 1024);
    }

    /** The server's resident set in KiB (VmRSS), or 0 without a pid. */
    private static long rss(String pid) {
        if (pid == null) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static void check(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
