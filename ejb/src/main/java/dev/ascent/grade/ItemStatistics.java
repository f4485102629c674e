package dev.ascent.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classical test statistics of one quiz from its submitted attempts ("sittings"). Pure: no
 * database, no container. Each sitting holds the credit (0 to 1) of every item it drew; a quiz
 * that draws from a pool gives sittings different item sets, so every figure is computed on the
 * sittings that hold the item (or, for a pair, both items).
 * <ul>
 * <li><b>Facility</b>: the mean credit of the item.</li>
 * <li><b>Discrimination</b>: the corrected point-biserial (item–rest) correlation, the Pearson
 * correlation between the item's credit and the sitting's percent on its <em>other</em> items; with
 * 0/1 credit it is the point-biserial, with partial credit the item–rest correlation.</li>
 * <li><b>Alpha</b>: Cronbach's alpha as k·c̄ / (v̄ + (k−1)·c̄), with v̄ the mean item variance, c̄ the
 * mean covariance of item pairs and k the mean number of items per sitting. On complete data this
 * is exactly k/(k−1)·(1 − Σσᵢ²/σ²ₓ), and with 0/1 credit it is KR-20.</li>
 * </ul>
 * Variances and covariances are population ones (divided by n); the ratios do not depend on it.
 */
public final class ItemStatistics {
    /** Flags are raised only once an item was answered in this many sittings. */
    public static final int FLAG_MIN_SITTINGS = 30;
    public static final double TOO_HARD_BELOW = 0.2;
    public static final double TOO_EASY_ABOVE = 0.95;
    public static final double LOW_DISCRIMINATION_BELOW = 0.2;

    public enum Flag { TOO_HARD, TOO_EASY, LOW_DISCRIMINATION }

    /** One submitted attempt: credit per drawn item (in draw order). */
    public record Sitting(Map<String, Double> credits) {
        public Sitting {
            credits = new LinkedHashMap<>(credits);
        }

        double total() {
            return credits.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** @param discrimination null when it cannot be told (fewer than 2 sittings, or no spread) */
    public record ItemFigures(String itemKey, int sittings, double facility, Double discrimination, List<Flag> flags) {
    }

    /** @param alpha null when it cannot be told (fewer than 2 sittings or items, or no spread) */
    public record QuizFigures(int sittings, Double alpha, List<ItemFigures> items) {
    }

    private ItemStatistics() {
    }

    /** @param itemKeys the quiz's items in their order; items never drawn get no figures */
    public static QuizFigures of(List<String> itemKeys, List<Sitting> sittings) {
        List<ItemFigures> items = new ArrayList<>();
        for (String key : itemKeys) {
            List<double[]> pairs = new ArrayList<>(); // credit, percent on the other items
            for (Sitting sitting : sittings) {
                Double credit = sitting.credits().get(key);
                if (credit == null) {
                    continue;
                }
                int others = sitting.credits().size() - 1;
                double rest = others == 0 ? 0 : (sitting.total() - credit) / others;
                pairs.add(new double[] {credit, rest});
            }
            if (pairs.isEmpty()) {
                continue;
            }
            double facility = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
            Double discrimination = correlation(pairs);
            items.add(new ItemFigures(key, pairs.size(), facility, discrimination,
                    flags(pairs.size(), facility, discrimination)));
        }
        return new QuizFigures(sittings.size(), alpha(items, sittings), items);
    }

    static List<Flag> flags(int sittings, double facility, Double discrimination) {
        List<Flag> flags = new ArrayList<>();
        if (sittings < FLAG_MIN_SITTINGS) {
            return flags;
        }
        if (facility < TOO_HARD_BELOW) {
            flags.add(Flag.TOO_HARD);
        }
        if (facility > TOO_EASY_ABOVE) {
            flags.add(Flag.TOO_EASY);
        }
        if (discrimination != null && discrimination < LOW_DISCRIMINATION_BELOW) {
            flags.add(Flag.LOW_DISCRIMINATION);
        }
        return flags;
    }

    /** Pearson correlation of the pairs' two values; null without spread in either. */
    static Double correlation(List<double[]> pairs) {
        int n = pairs.size();
        if (n < 2) {
            return null;
        }
        double meanX = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - meanX) * (p[1] - meanY);
            sxx += (p[0] - meanX) * (p[0] - meanX);
            syy += (p[1] - meanY) * (p[1] - meanY);
        }
        if (sxx < 1e-12 || syy < 1e-12) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static Double alpha(List<ItemFigures> items, List<Sitting> sittings) {
        if (sittings.size() < 2 || items.size() < 2) {
            return null;
        }
        List<String> keys = items.stream().map(ItemFigures::itemKey).toList();
        double varianceSum = 0;
        int variances = 0;
        for (String key : keys) {
            List<Double> credits = sittings.stream().map(s -> s.credits().get(key)).filter(c -> c != null).toList();
            if (credits.size() >= 2) {
                double mean = credits.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                varianceSum += credits.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum() / credits.size();
                variances++;
            }
        }
        double covarianceSum = 0;
        int covariances = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                List<double[]> both = new ArrayList<>();
                for (Sitting s : sittings) {
                    Double a = s.credits().get(keys.get(i));
                    Double b = s.credits().get(keys.get(j));
                    if (a != null && b != null) {
                        both.add(new double[] {a, b});
                    }
                }
                if (both.size() >= 2) {
                    double meanA = both.stream().mapToDouble(p -> p[0]).average().orElseThrow();
                    double meanB = both.stream().mapToDouble(p -> p[1]).average().orElseThrow();
                    covarianceSum += both.stream().mapToDouble(p -> (p[0] - meanA) * (p[1] - meanB)).sum() / both.size();
                    covariances++;
                }
            }
        }
        if (variances == 0 || covariances == 0) {
            return null;
        }
        double k = sittings.stream().mapToInt(s -> s.credits().size()).average().orElseThrow();
        double v = varianceSum / variances;
        double c = covarianceSum / covariances;
        double denominator = v + (k - 1) * c;
        if (k < 2 || Math.abs(denominator) < 1e-12) {
            return null;
        }
        return k * c / denominator;
    }
}
