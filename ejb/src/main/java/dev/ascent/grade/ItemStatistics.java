package dev.ascent.grade;

import java.util.ArrayList;
import java.util.Arrays;
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
        Matrix matrix = new Matrix(itemKeys, sittings);
        List<ItemFigures> items = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int k = 0; k < itemKeys.size(); k++) {
            List<double[]> pairs = new ArrayList<>(); // credit, percent on the other items
            for (int s = 0; s < matrix.credit.length; s++) {
                double credit = matrix.credit[s][k];
                if (Double.isNaN(credit)) {
                    continue;
                }
                int others = matrix.size[s] - 1;
                double rest = others == 0 ? 0 : (matrix.total[s] - credit) / others;
                pairs.add(new double[] {credit, rest});
            }
            if (pairs.isEmpty()) {
                continue;
            }
            double facility = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
            Double discrimination = correlation(pairs);
            items.add(new ItemFigures(itemKeys.get(k), pairs.size(), facility, discrimination,
                    flags(pairs.size(), facility, discrimination)));
            columns.add(k);
        }
        return new QuizFigures(sittings.size(), alpha(matrix, columns), items);
    }

    /**
     * The sittings' credits as a dense table, read from the maps once: a row per sitting, a column
     * per item key (NaN where the sitting did not draw the item), with each sitting's number of
     * drawn items and total credit. Alpha looks at every pair of items in every sitting, which on
     * the maps meant millions of string-keyed lookups for one quiz of a large cohort.
     */
    private static final class Matrix {
        final double[][] credit;
        final int[] size;
        final double[] total;

        Matrix(List<String> itemKeys, List<Sitting> sittings) {
            credit = new double[sittings.size()][itemKeys.size()];
            size = new int[sittings.size()];
            total = new double[sittings.size()];
            for (int s = 0; s < sittings.size(); s++) {
                Sitting sitting = sittings.get(s);
                size[s] = sitting.credits().size();
                total[s] = sitting.total();
                for (int k = 0; k < itemKeys.size(); k++) {
                    Double value = sitting.credits().get(itemKeys.get(k));
                    credit[s][k] = value == null ? Double.NaN : value;
                }
            }
        }
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

    /** @param columns the matrix columns of the items that have figures */
    private static Double alpha(Matrix matrix, List<Integer> columns) {
        int n = matrix.credit.length;
        if (n < 2 || columns.size() < 2) {
            return null;
        }
        double varianceSum = 0;
        int variances = 0;
        double[] values = new double[n];
        for (int k : columns) {
            int count = 0;
            for (double[] row : matrix.credit) {
                if (!Double.isNaN(row[k])) {
                    values[count++] = row[k];
                }
            }
            if (count >= 2) {
                double mean = Arrays.stream(values, 0, count).average().orElseThrow();
                varianceSum += Arrays.stream(values, 0, count).map(c -> (c - mean) * (c - mean)).sum() / count;
                variances++;
            }
        }
        double covarianceSum = 0;
        int covariances = 0;
        double[] as = new double[n];
        double[] bs = new double[n];
        for (int i = 0; i < columns.size(); i++) {
            int a = columns.get(i);
            for (int j = i + 1; j < columns.size(); j++) {
                int b = columns.get(j);
                int count = 0;
                for (double[] row : matrix.credit) {
                    if (!Double.isNaN(row[a]) && !Double.isNaN(row[b])) {
                        as[count] = row[a];
                        bs[count] = row[b];
                        count++;
                    }
                }
                if (count >= 2) {
                    double meanA = Arrays.stream(as, 0, count).average().orElseThrow();
                    double meanB = Arrays.stream(bs, 0, count).average().orElseThrow();
                    double[] products = new double[count];
                    for (int p = 0; p < count; p++) {
                        products[p] = (as[p] - meanA) * (bs[p] - meanB);
                    }
                    covarianceSum += Arrays.stream(products).sum() / count;
                    covariances++;
                }
            }
        }
        if (variances == 0 || covariances == 0) {
            return null;
        }
        double k = Arrays.stream(matrix.size).average().orElseThrow();
        double v = varianceSum / variances;
        double c = covarianceSum / covariances;
        double denominator = v + (k - 1) * c;
        if (k < 2 || Math.abs(denominator) < 1e-12) {
            return null;
        }
        return k * c / denominator;
    }
}
