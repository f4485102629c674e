package dev.ascent.bench;

import dev.ascent.bench.Seeder.Learner;
import dev.ascent.bench.Stats.Step;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N learners, one thread each, wait at a gate and are released together; each starts an attempt,
 * saves its answers one after another and submits. Every request has a timeout.
 */
final class LoadRun {

    /** How one run is shaped. */
    record Plan(URI base, String quizId, String cohortId, int saves, int submits, Duration requestTimeout) {
    }

    private final HttpClient http;
    private final Plan plan;
    private final Stats stats;
    private final Ledger ledger;

    LoadRun(HttpClient http, Plan plan, Stats stats, Ledger ledger) {
        this.http = http;
        this.plan = plan;
        this.stats = stats;
        this.ledger = ledger;
    }

    /** Result of {@link #run}: wall time from the release to the last learner, and whether all finished in time. */
    record Timing(Duration wall, boolean finished, int unfinished) {
    }

    Timing run(List<Learner> learners, Instant deadline) throws InterruptedException {
        int n = learners.size();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, task -> {
            // Small stacks: a thousand learner threads share the machine with the server.
            Thread thread = new Thread(null, task, "learner-" + threadNo.incrementAndGet(), 256 * 1024);
            thread.setDaemon(true);
            return thread;
        });
        for (Learner learner : learners) {
            pool.execute(() -> {
                ready.countDown();
                try {
                    go.await();
                    learn(learner);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    stats.error(Step.START, "client " + e.getClass().getSimpleName(), e.getMessage());
                } finally {
                    done.incrementAndGet();
                }
            });
        }
        if (!ready.await(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("the learner threads did not all get ready before the time limit");
        }
        long t0 = System.nanoTime();
        go.countDown();
        pool.shutdown();
        boolean finished = pool.awaitTermination(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                TimeUnit.MILLISECONDS);
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        if (!finished) {
            pool.shutdownNow();
        }
        return new Timing(wall, finished, n - done.get());
    }

    /** One learner's flow: start, save, submit. A failed start ends it; a failed save does not. */
    private void learn(Learner learner) throws InterruptedException {
        HttpResponse<String> started = call(Step.START, request(learner, startPath())
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (started == null) {
            return;
        }
        Map<String, Object> sheet = Json.object(started.body());
        String attemptId = (String) sheet.get("id");
        Ledger.Attempt attempt = ledger.started(attemptId, learner.index());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) sheet.get("items");
        boolean clean = true;
        Map<String, Integer> revisions = new java.util.HashMap<>();
        for (int k = 0; k < plan.saves() && !items.isEmpty(); k++) {
            Map<String, Object> item = items.get(k % items.size());
            String itemId = (String) item.get("id");
            Map<String, Object> answer = answerFor(item, k / items.size());
            HttpResponse<String> saved = call(Step.SAVE,
                    request(learner, "/api/attempts/" + attemptId + "/responses/" + itemId)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(saveBody(answer, revisions.getOrDefault(itemId, 0)))));
            if (saved == null) {
                clean = false;
            } else {
                int revision = ((Number) Json.object(saved.body()).get("revision")).intValue();
                revisions.put(itemId, revision);
                attempt.saved(itemId, answer, revision);
            }
        }
        clean &= submit(learner, attempt);
        if (clean) {
            stats.completedFlows.incrementAndGet();
        }
    }

    /**
     * The submits go out at the same moment (a double click when {@code submits} is 2): the server
     * must grade once and answer both with the same result.
     */
    private boolean submit(Learner learner, Ledger.Attempt attempt) throws InterruptedException {
        List<CompletableFuture<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < plan.submits(); i++) {
            HttpRequest request = request(learner, "/api/attempts/" + attempt.id + "/submit")
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            long t0 = System.nanoTime();
            stats.requests.incrementAndGet();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                long nanos = System.nanoTime() - t0;
                if (failure != null) {
                    failed(Step.SUBMIT, failure);
                    return false;
                }
                if (!accepted(Step.SUBMIT, response, nanos)) {
                    return false;
                }
                Map<String, Object> result = Json.object(response.body());
                attempt.submits.add(new Ledger.Submit((String) result.get("state"),
                        ((Number) result.get("score")).doubleValue(), Instant.parse((String) result.get("submittedAt"))));
                return true;
            }));
        }
        boolean ok = true;
        for (CompletableFuture<Boolean> call : calls) {
            try {
                // The request timeout bounds each call; the extra second covers the client's own scheduling.
                ok &= call.get(plan.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    throw (InterruptedException) e;
                }
                stats.error(Step.SUBMIT, "client " + e.getClass().getSimpleName(), e.getMessage());
                ok = false;
            }
        }
        return ok;
    }

    // ---- the request bodies: the one place to change when the API contract changes ----

    /** POST /api/quizzes/{quizId}/attempts?cohortId=: attempts belong to a cohort, the learner's seeded one. */
    private String startPath() {
        return "/api/quizzes/" + plan.quizId() + "/attempts?cohortId=" + plan.cohortId();
    }

    /**
     * Body of PUT /api/attempts/{id}/responses/{itemId}: the answer and the revision it is based on
     * (README, "the revision protocol"); a stale base would be refused, never silently applied.
     */
    private static String saveBody(Map<String, Object> answer, int baseRevision) {
        return Json.write(Map.of("answer", answer, "baseRevision", baseRevision));
    }

    /**
     * A well-formed answer for the item's type ({@code dev.ascent.quiz.Answer}); {@code round} varies
     * it when an item is saved more than once, so the check can tell the last answer from earlier ones.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> answerFor(Map<String, Object> item, int round) {
        List<Map<String, Object>> options = (List<Map<String, Object>>) item.getOrDefault("options", List.of());
        List<Map<String, Object>> prompts = (List<Map<String, Object>>) item.getOrDefault("prompts", List.of());
        List<String> optionIds = options.stream().map(o -> (String) o.get("id")).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        switch ((String) item.get("type")) {
            case "single-choice", "multiple-response" ->
                    answer.put("selected", List.of(optionIds.get(round % optionIds.size())));
            case "ordering" -> {
                List<String> order = new ArrayList<>(optionIds);
                java.util.Collections.rotate(order, round);
                answer.put("selected", order);
            }
            case "true-false" -> answer.put("truth", round % 2 == 0);
            case "numeric" -> answer.put("number", 1.5 + round);
            case "matching" -> {
                Map<String, Object> pairs = new LinkedHashMap<>();
                for (int i = 0; i < prompts.size(); i++) {
                    pairs.put((String) prompts.get(i).get("id"), optionIds.get((i + round) % optionIds.size()));
                }
                answer.put("pairs", pairs);
            }
            default -> answer.put("text", "bench answer " + round);
        }
        return answer;
    }

    // ---- HTTP ----

    private HttpRequest.Builder request(Learner learner, String path) {
        return HttpRequest.newBuilder(plan.base().resolve(path))
                .timeout(plan.requestTimeout())
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + learner.secret());
    }

    /** The response when the server acknowledged (2xx), else null after counting the failure. */
    private HttpResponse<String> call(Step step, HttpRequest.Builder request) throws InterruptedException {
        stats.requests.incrementAndGet();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return accepted(step, response, System.nanoTime() - t0) ? response : null;
        } catch (IOException e) {
            failed(step, e);
            return null;
        }
    }

    private boolean accepted(Step step, HttpResponse<String> response, long nanos) {
        if (response.statusCode() / 100 == 2) {
            stats.ok(step, nanos);
            return true;
        }
        stats.error(step, "HTTP " + response.statusCode(), response.body());
        return false;
    }

    private void failed(Step step, Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String kind = cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
        stats.error(step, kind, cause.getMessage());
    }
}
