package dev.ascent.bench;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of acknowledged requests per step, and every failure by step and kind. */
final class Stats {

    enum Step { START, SAVE, SUBMIT }

    private final Map<Step, long[]> latencies = new EnumMap<>(Step.class);
    private final Map<Step, Integer> counts = new EnumMap<>(Step.class);
    private final Map<String, Integer> errors = new TreeMap<>();
    private final Map<String, String> errorSamples = new TreeMap<>();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong completedFlows = new AtomicLong();

    Stats() {
        for (Step step : Step.values()) {
            latencies.put(step, new long[1024]);
            counts.put(step, 0);
        }
    }

    synchronized void ok(Step step, long nanos) {
        int n = counts.get(step);
        long[] values = latencies.get(step);
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
            latencies.put(step, values);
        }
        values[n] = nanos;
        counts.put(step, n + 1);
    }

    synchronized void error(Step step, String kind, String sample) {
        String key = step.name().toLowerCase() + " " + kind;
        errors.merge(key, 1, Integer::sum);
        if (sample != null) {
            errorSamples.putIfAbsent(key, sample.length() > 300 ? sample.substring(0, 300) + "…" : sample);
        }
    }

    synchronized int okCount(Step step) {
        return counts.get(step);
    }

    synchronized int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized Map<String, Integer> errors() {
        return new TreeMap<>(errors);
    }

    synchronized Map<String, String> errorSamples() {
        return new TreeMap<>(errorSamples);
    }

    /** p50, p95, p99 and max in milliseconds (nearest rank); zeros when the step never succeeded. */
    synchronized double[] percentilesMillis(Step step) {
        int n = counts.get(step);
        if (n == 0) {
            return new double[4];
        }
        long[] sorted = Arrays.copyOf(latencies.get(step), n);
        Arrays.sort(sorted);
        return new double[] {rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[n - 1] / 1e6};
    }

    private static double rank(long[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
