package dev.ascent.bench;

import dev.ascent.bench.Stats.Step;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The synchronized-start benchmark (issue 5, item 8). Against a running server and its database:
 * seeds N learners, releases them together into start, save, submit, prints latency per step
 * and the errors, then checks in the database that nothing acknowledged was lost or graded twice.
 * Exit 0 when the check passes, 1 when it finds lost saves or double grades, 2 when the run
 * hit its time limit, 3 on a setup failure. {@code bench/run} starts the server and calls this.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        URI base = URI.create(opts.getOrDefault("base-url", "http://127.0.0.1:58080/"));
        String host = base.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            // A load generator must not be pointed at someone else's server by a typo.
            fail("the bench only talks to a server on this machine (127.0.0.1), not " + host);
        }
        int learners = Integer.parseInt(opts.getOrDefault("learners", "500"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "50"));
        int saves = Integer.parseInt(opts.getOrDefault("saves", "10"));
        int submits = Integer.parseInt(opts.getOrDefault("submits", "2"));
        String course = opts.getOrDefault("course", "ml-engineer");
        int unit = Integer.parseInt(opts.getOrDefault("unit", "2"));
        Duration requestTimeout = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("request-timeout", "60")));
        Duration timeLimit = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("time-limit", "900")));
        String jdbcUrl = required(opts, "jdbc-url");
        String label = opts.getOrDefault("label", jdbcUrl.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2");
        Instant deadline = Instant.now().plus(timeLimit);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String quizId = quizOf(http, base, course, unit, requestTimeout);

        try (Connection db = DriverManager.getConnection(jdbcUrl,
                opts.getOrDefault("jdbc-user", "sa"), opts.getOrDefault("jdbc-password", "sa"))) {
            Seeder.Seeded seeded = Seeder.seed(db, quizId, warmup + learners);
            List<Seeder.Learner> warm = seeded.learners().subList(0, warmup);
            List<Seeder.Learner> measured = seeded.learners().subList(warmup, warmup + learners);
            System.out.printf("seeded %d learners (%d warm-up) in cohort %s; quiz %s (%s, unit %d)%n",
                    seeded.learners().size(), warmup, seeded.cohortId(), quizId, course, unit);

            Ledger ledger = new Ledger();
            LoadRun.Plan plan = new LoadRun.Plan(base, quizId, seeded.cohortId(), saves, submits, requestTimeout);
            if (warmup > 0) {
                // Not measured: lets the server load classes and compile the hot paths first.
                Stats warmStats = new Stats();
                LoadRun.Timing t = new LoadRun(http, plan, warmStats, ledger).run(warm, deadline);
                System.out.printf("warm-up: %d learners in %.1f s, %d errors%n", warmup, seconds(t.wall()),
                        warmStats.errorCount());
            }

            Stats stats = new Stats();
            String loadBefore = loadAverage();
            String serverPid = opts.get("server-pid");
            long serverCpu0 = cpuTicksOf(serverPid);
            long cpu0 = processCpuNanos();
            LoadRun.Timing timing = new LoadRun(http, plan, stats, ledger).run(measured, deadline);
            long clientCpu = processCpuNanos() - cpu0;
            long serverCpu = cpuTicksOf(serverPid) - serverCpu0;
            report(label, learners, saves, submits, requestTimeout, stats, timing, clientCpu);
            if (serverPid != null && serverCpu >= 0) {
                // CPU per request holds still when other people's work slows the machine down; wall time does not.
                double cpuSeconds = serverCpu / 100.0;
                System.out.printf("server CPU %.1f s (%.0f%% of the 2 cores' wall time), %.1f ms per request%n",
                        cpuSeconds, 100 * cpuSeconds / seconds(timing.wall()) / Runtime.getRuntime().availableProcessors(),
                        1000 * cpuSeconds / stats.requests.get());
            }
            // The machine is shared: say how busy it was, or the figures cannot be compared.
            System.out.printf("machine: %d cores, load average before %s, after %s%n",
                    Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());

            // Fresh connection state: read what is committed now, after the last response.
            DatabaseCheck.Outcome check = DatabaseCheck.run(db, seeded.emailPattern(), ledger);
            report(check, ledger);
            if (!check.passed()) {
                System.exit(1);
            }
            if (!timing.finished()) {
                System.exit(2);
            }
        }
    }

    private static void report(String label, int learners, int saves, int submits, Duration requestTimeout,
                               Stats stats, LoadRun.Timing timing, long clientCpuNanos) {
        double wall = seconds(timing.wall());
        System.out.println();
        System.out.printf("== %s, %d learners released together: start, %d saves, submit%s%n", label, learners,
                saves, submits > 1 ? " (" + submits + " concurrent submits each, like a double click)" : "");
        System.out.printf("wall time %.1f s; %d requests, %.0f requests/s; %d complete flows, %.1f flows/s%n",
                wall, stats.requests.get(), stats.requests.get() / wall, stats.completedFlows.get(),
                stats.completedFlows.get() / wall);
        System.out.printf("client CPU %.1f s (%.0f%% of one core; it shares the machine with the server)%n",
                clientCpuNanos / 1e9, 100 * clientCpuNanos / 1e9 / wall);
        System.out.println("latency of acknowledged requests, ms:");
        System.out.printf("  %-7s %7s %8s %8s %8s %8s%n", "step", "ok", "p50", "p95", "p99", "max");
        for (Step step : Step.values()) {
            double[] p = stats.percentilesMillis(step);
            System.out.printf("  %-7s %7d %8.0f %8.0f %8.0f %8.0f%n", step.name().toLowerCase(Locale.ROOT),
                    stats.okCount(step), p[0], p[1], p[2], p[3]);
        }
        if (stats.errorCount() == 0) {
            System.out.println("errors: 0");
        } else {
            System.out.printf("errors: %d (request timeout %d s)%n", stats.errorCount(), requestTimeout.toSeconds());
            Map<String, String> samples = stats.errorSamples();
            stats.errors().forEach((kind, count) -> System.out.printf("  %-30s %6d   e.g. %s%n", kind, count,
                    samples.getOrDefault(kind, "").replaceAll("\\s+", " ")));
        }
        if (!timing.finished()) {
            System.out.printf("TIME LIMIT: %d learners had not finished%n", timing.unfinished());
        }
    }

    private static void report(DatabaseCheck.Outcome check, Ledger ledger) {
        System.out.println();
        System.out.println("== database check (warm-up and measured learners)");
        System.out.printf("attempts %d, stored responses %d; acknowledged saves %d on %d answers, submits %d acknowledged,"
                        + " %d attempts graded%n", check.attemptsInDatabase(), check.responsesInDatabase(),
                check.acknowledgedSaves(), check.checkedAnswers(), ledger.acknowledgedSubmits(),
                check.submittedAttempts());
        list("lost save", check.lostSaves());
        list("double grade", check.doubleGrades());
        list("acknowledged submit not graded", check.ungraded());
        list("note: more than one attempt", check.extraAttempts());
        System.out.printf("lost saves: %d, double grades: %d%s%n", check.lostSaves().size(),
                check.doubleGrades().size(),
                check.ungraded().isEmpty() ? "" : ", ungraded submits: " + check.ungraded().size());
    }

    private static void list(String what, List<String> ids) {
        ids.stream().limit(20).forEach(id -> System.out.println("  " + what + ": " + id));
        if (ids.size() > 20) {
            System.out.printf("  ... and %d more%n", ids.size() - 20);
        }
    }

    /** The quiz id of the unit, from the public course outline; waits while the server finishes starting. */
    @SuppressWarnings("unchecked")
    private static String quizOf(HttpClient http, URI base, String course, int unit, Duration timeout)
            throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        String last = "";
        while (Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/courses/" + course))
                        .timeout(timeout).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    for (Map<String, Object> u : (List<Map<String, Object>>) Json.object(response.body()).get("units")) {
                        if (((Number) u.get("number")).intValue() == unit) {
                            return (String) u.get("quizId");
                        }
                    }
                    fail("course " + course + " has no unit " + unit);
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        fail("no course outline from " + base + ": " + last);
        return null;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                fail("usage: --jdbc-url URL [--jdbc-user U --jdbc-password P] [--base-url http://127.0.0.1:58080/]"
                        + " [--learners 500] [--warmup 50] [--saves 10] [--submits 2] [--course ml-engineer] [--unit 2]"
                        + " [--request-timeout 60] [--time-limit 900] [--label NAME] [--server-pid PID]");
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            fail("--" + name + " is required");
        }
        return value;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime of a process in clock ticks (USER_HZ, 100 on Linux); -1 when unknown. */
    private static long cpuTicksOf(String pid) {
        if (pid == null) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static void fail(String message) {
        System.err.println("bench: " + message);
        System.exit(3);
    }
}
