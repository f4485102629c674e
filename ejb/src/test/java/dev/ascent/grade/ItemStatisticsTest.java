package dev.ascent.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ascent.grade.ItemStatistics.Flag;
import dev.ascent.grade.ItemStatistics.ItemFigures;
import dev.ascent.grade.ItemStatistics.QuizFigures;
import dev.ascent.grade.ItemStatistics.Sitting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five sittings of three 0/1 items, worked by hand (population variances, divided by n = 5):
 * <pre>
 *        A  B  C  total
 *   S1   1  1  1   3
 *   S2   1  1  0   2
 *   S3   1  0  0   1
 *   S4   0  0  0   0
 *   S5   1  1  1   3
 * </pre>
 * Facility: A 4/5 = 0.8, B 3/5 = 0.6, C 2/5 = 0.4.
 * <p>KR-20: p·q = 0.16 + 0.24 + 0.24 = 0.64; totals 3,2,1,0,3 have mean 1.8 and variance
 * (1.44 + 0.04 + 0.64 + 3.24 + 1.44) / 5 = 1.36; alpha = 3/2 · (1 − 0.64/1.36) = 0.794118.
 * <p>Item–rest correlation of A: rest = total − A = 2,1,0,0,2 (mean 1.0, variance 0.8);
 * cov(A, rest) = mean(A·rest) − 0.8·1.0 = 5/5 − 0.8 = 0.2; r = 0.2 / √(0.16·0.8) = 0.559017.
 * B: rest 2,1,1,0,2 (mean 1.2, variance 0.56); cov = 5/5 − 0.6·1.2 = 0.28; r = 0.28 / √(0.24·0.56) = 0.763763.
 * C: rest 2,2,1,0,2 (mean 1.4, variance 0.64); cov = 4/5 − 0.4·1.4 = 0.24; r = 0.24 / √(0.24·0.64) = 0.612372.
 */
class ItemStatisticsTest {
    private static final double EPS = 1e-6;

    private static Sitting sitting(double a, double b, double c) {
        Map<String, Double> credits = new LinkedHashMap<>();
        credits.put("A", a);
        credits.put("B", b);
        credits.put("C", c);
        return new Sitting(credits);
    }

    private static final List<Sitting> FIVE = List.of(sitting(1, 1, 1), sitting(1, 1, 0), sitting(1, 0, 0),
            sitting(0, 0, 0), sitting(1, 1, 1));

    @Test
    void facility_discrimination_and_alpha_match_the_hand_computed_figures() {
        QuizFigures figures = ItemStatistics.of(List.of("A", "B", "C"), FIVE);
        assertEquals(5, figures.sittings());
        assertEquals(0.794118, figures.alpha(), EPS);
        ItemFigures a = figures.items().get(0);
        ItemFigures b = figures.items().get(1);
        ItemFigures c = figures.items().get(2);
        assertEquals(0.8, a.facility(), EPS);
        assertEquals(0.6, b.facility(), EPS);
        assertEquals(0.4, c.facility(), EPS);
        assertEquals(0.559017, a.discrimination(), EPS);
        assertEquals(0.763763, b.discrimination(), EPS);
        assertEquals(0.612372, c.discrimination(), EPS);
        assertEquals(List.of(), a.flags(), "no flags below 30 sittings");
    }

    @Test
    void an_item_nobody_drew_gets_no_figures_and_one_everybody_got_right_has_no_discrimination() {
        List<Sitting> all = FIVE.stream().map(s -> {
            Map<String, Double> credits = new LinkedHashMap<>(s.credits());
            credits.put("D", 1.0);
            return new Sitting(credits);
        }).toList();
        QuizFigures figures = ItemStatistics.of(List.of("A", "B", "C", "D", "never"), all);
        assertEquals(List.of("A", "B", "C", "D"), figures.items().stream().map(ItemFigures::itemKey).toList());
        assertNull(figures.items().get(3).discrimination());
        assertEquals(1.0, figures.items().get(3).facility(), EPS);
    }

    @Test
    void flags_show_once_thirty_sittings_hold_the_item() {
        // 30 sittings: E always right (too easy), H right once (too hard; its item-rest r is 0.172, so low too),
        // R, G and K right in the strong half (K also in some others), N right exactly when R is wrong (r = -0.964).
        List<Sitting> sittings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Map<String, Double> credits = new LinkedHashMap<>();
            boolean strong = i % 2 == 0;
            credits.put("E", 1.0);
            credits.put("H", i == 0 ? 1.0 : 0.0);
            credits.put("R", strong ? 1.0 : 0.0);
            credits.put("G", strong ? 1.0 : 0.0);
            credits.put("K", strong || i % 3 == 0 ? 1.0 : 0.0);
            credits.put("N", strong ? 0.0 : 1.0);
            sittings.add(new Sitting(credits));
        }
        Map<String, List<Flag>> flags = new LinkedHashMap<>();
        ItemStatistics.of(List.of("E", "H", "R", "G", "K", "N"), sittings.subList(0, 29)).items()
                .forEach(item -> assertEquals(List.of(), item.flags(), item.itemKey() + " at 29 sittings"));
        ItemStatistics.of(List.of("E", "H", "R", "G", "K", "N"), sittings).items().forEach(item -> flags.put(item.itemKey(), item.flags()));
        assertEquals(List.of(Flag.TOO_EASY), flags.get("E"));
        assertEquals(List.of(Flag.TOO_HARD, Flag.LOW_DISCRIMINATION), flags.get("H"));
        assertEquals(List.of(), flags.get("R"));
        assertEquals(List.of(), flags.get("G"));
        assertEquals(List.of(), flags.get("K"));
        assertEquals(List.of(Flag.LOW_DISCRIMINATION), flags.get("N"));
    }

    @Test
    void the_thresholds_are_strict() {
        assertEquals(List.of(), ItemStatistics.flags(30, 0.2, 0.2));
        assertEquals(List.of(), ItemStatistics.flags(30, 0.95, 0.5));
        assertEquals(List.of(Flag.TOO_HARD, Flag.LOW_DISCRIMINATION), ItemStatistics.flags(30, 0.19, 0.19));
    }
}
