package dev.ascent.quizzes;

import java.util.List;

/**
 * A figure of a lesson, authored in the unit's figures.yaml and placed in lesson.md with a fenced
 * block whose info string is {@code figure} and whose body is the figure's id. It is drawn from its
 * data by {@link FigureRenderer}; exactly one of the kind-specific parts is set.
 *
 * @param kind    {@code decision-boundary}, {@code error-bars}, {@code loss-curves} or {@code gradient-descent}
 * @param caption the visible caption
 * @param alt     the text alternative: what the picture shows, for readers who cannot see it
 */
public record Figure(String id, String kind, String caption, String alt, DecisionBoundary decisionBoundary,
                     ErrorBars errorBars, LossCurves lossCurves, GradientDescent gradientDescent) {

    public static final List<String> KINDS = List.of("decision-boundary", "error-bars", "loss-curves", "gradient-descent");

    /**
     * Points of two classes over two features and the line where the linear score
     * w1·x + w2·y + b is 0.
     */
    public record DecisionBoundary(String xLabel, String yLabel, String positive, String negative, double w1, double w2,
                                   double b, List<ClassPoint> points) {
        public DecisionBoundary {
            points = List.copyOf(points);
        }
    }

    /** One example: its two features, its class and an optional short label. */
    public record ClassPoint(double x, double y, boolean positive, String label) {
    }

    /** True and predicted values side by side, the error drawn as a bar between them. */
    public record ErrorBars(String valueLabel, List<Pair> pairs) {
        public ErrorBars {
            pairs = List.copyOf(pairs);
        }
    }

    /** One example of an error-bars figure. */
    public record Pair(String label, double truth, double predicted) {
    }

    /** The squared and the absolute error as curves of the error from −range to range, with marked errors. */
    public record LossCurves(double range, List<Double> errors) {
        public LossCurves {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Gradient descent on L(w) = (w·x − y)² for one example, from {@code start} with a learning rate;
     * interactive when {@code learningRates} is not empty (the learner picks one of them and a start
     * between {@code startMin} and {@code startMax}).
     */
    public record GradientDescent(double x, double y, double start, double learningRate, int steps, double wMin,
                                  double wMax, List<Double> learningRates, double startMin, double startMax,
                                  double startStep) {
        public GradientDescent {
            learningRates = learningRates == null ? List.of() : List.copyOf(learningRates);
        }
    }
}
