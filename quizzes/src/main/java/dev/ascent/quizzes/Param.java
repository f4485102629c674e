package dev.ascent.quizzes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter of a computed item: one of {@code values}, or one of min, min+step, ... max;
 * either way never one of {@code not}. Unused fields are null (min, max, step) or empty (lists).
 */
public record Param(String name, Double min, Double max, Double step, List<Double> values, List<Double> not) {
    /** More candidates than this is surely a typo in step. */
    static final int MAX_CANDIDATES = 100_000;

    public Param {
        values = values == null ? List.of() : List.copyOf(values);
        not = not == null ? List.of() : List.copyOf(not);
    }

    /** Every value the parameter can take, in ascending order for ranges, as written for lists. */
    public List<Double> candidates() {
        List<Double> all = new ArrayList<>();
        if (!values.isEmpty()) {
            all.addAll(values);
        } else if (min != null && max != null && step != null && step > 0) {
            // Decimal arithmetic so that 0.05 + 13 * 0.05 is exactly the double nearest 0.7.
            BigDecimal lo = BigDecimal.valueOf(min), hi = BigDecimal.valueOf(max), st = BigDecimal.valueOf(step);
            for (BigDecimal v = lo; v.compareTo(hi) <= 0 && all.size() <= MAX_CANDIDATES; v = v.add(st)) {
                all.add(v.doubleValue());
            }
        }
        all.removeIf(v -> not.stream().anyMatch(n -> n.doubleValue() == v));
        return all;
    }
}
