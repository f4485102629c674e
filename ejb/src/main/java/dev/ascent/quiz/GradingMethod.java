package dev.ascent.quiz;

import java.util.List;

/** How a learner's submitted attempts of one quiz make one grade. */
public enum GradingMethod {
    HIGHEST, AVERAGE, FIRST, LAST;

    /**
     * @param percents the submitted attempts' percentages in the order they were taken
     * @return the grade in percent, or null when nothing was submitted yet
     */
    public Double grade(List<Double> percents) {
        if (percents.isEmpty()) {
            return null;
        }
        return switch (this) {
            case HIGHEST -> percents.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            case AVERAGE -> percents.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case FIRST -> percents.get(0);
            case LAST -> percents.get(percents.size() - 1);
        };
    }
}
