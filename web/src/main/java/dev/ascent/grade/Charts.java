package dev.ascent.grade;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Bar charts drawn on the server as SVG (no script, so nothing for the page's
 * Content-Security-Policy to refuse): a bar's geometry in a 0..{@value #WIDTH} × 0..{@value #HEIGHT}
 * view box; each chart comes with its text alternative on the page.
 */
public final class Charts {
    public static final int WIDTH = 300;
    public static final int HEIGHT = 120;
    private static final int AXIS = 14;

    private Charts() {
    }

    /** @param label what the bar stands for, read out as its title */
    public record Bar(double x, double y, double width, double height, String label, String axisLabel, String styleClass)
            implements Serializable {
    }

    /** One bar per value, scaled to the largest value (or to {@code max} when it is larger). */
    public static List<Bar> bars(List<? extends Number> values, double max, List<String> labels, List<String> axisLabels,
                                 List<String> classes) {
        double top = Math.max(max, values.stream().mapToDouble(Number::doubleValue).max().orElse(0));
        int n = values.size();
        double slot = n == 0 ? WIDTH : (double) WIDTH / n;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double value = values.get(i).doubleValue();
            double height = top <= 0 ? 0 : (HEIGHT - AXIS) * value / top;
            bars.add(new Bar(round(i * slot + slot * 0.1), round(HEIGHT - AXIS - height), round(slot * 0.8),
                    round(height), labels.get(i), axisLabels.get(i), classes.get(i)));
        }
        return bars;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
