package dev.ascent.quizzes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Figure} from its data as inline SVG inside {@code <figure>} with a
 * {@code <figcaption>}. Only this code writes the markup: every number is formatted here and every
 * authored text is escaped, so a figure cannot carry markup of its own. The SVG has
 * {@code role="img"} and is labelled by its {@code <title>} (the caption) and {@code <desc>} (the text
 * alternative). No inline script or style attribute: colours are SVG presentation attributes, the
 * layout of the controls comes from classes (figures.css), behaviour from figures.js.
 */
public final class FigureRenderer {
    static final int WIDTH = 480;
    static final int HEIGHT = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 48;
    private static final String POSITIVE = "#b45309";
    private static final String NEGATIVE = "#1d4ed8";
    private static final String INK = "#1f2937";
    private static final String GRID = "#d1d5db";
    private static final String ERROR = "#b91c1c";

    private FigureRenderer() {
    }

    /** The figure's HTML: {@code <figure>} with the SVG, the controls of an interactive figure, and the caption. */
    public static String html(Figure f) {
        String id = "figure-" + f.id();
        StringBuilder out = new StringBuilder();
        Figure.GradientDescent gd = f.gradientDescent();
        boolean interactive = gd != null && !gd.learningRates().isEmpty();
        out.append("<figure class=\"lesson-figure figure-").append(esc(f.kind())).append("\" id=\"").append(esc(id)).append('"');
        if (gd != null) {
            Plot p = gdPlot(gd);
            out.append(" data-figure=\"gradient-descent\"")
                    .append(" data-x=\"").append(plain(gd.x())).append('"')
                    .append(" data-y=\"").append(plain(gd.y())).append('"')
                    .append(" data-steps=\"").append(gd.steps()).append('"')
                    .append(" data-w-min=\"").append(plain(p.x0)).append('"')
                    .append(" data-w-max=\"").append(plain(p.x1)).append('"')
                    .append(" data-loss-max=\"").append(plain(p.y1)).append('"')
                    .append(" data-plot=\"").append(LEFT).append(' ').append(TOP).append(' ')
                    .append(WIDTH - LEFT - RIGHT).append(' ').append(HEIGHT - TOP - BOTTOM).append('"');
        }
        out.append(">\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-title ").append(esc(id))
                .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">\n");
        out.append("<title id=\"").append(esc(id)).append("-title\">").append(esc(f.caption())).append("</title>\n");
        out.append("<desc id=\"").append(esc(id)).append("-desc\">").append(esc(f.alt())).append("</desc>\n");
        if (f.decisionBoundary() != null) {
            decisionBoundary(f.decisionBoundary(), out);
        } else if (f.errorBars() != null) {
            errorBars(f.errorBars(), out);
        } else if (f.lossCurves() != null) {
            lossCurves(f.lossCurves(), out);
        } else if (gd != null) {
            gradientDescent(gd, out);
        }
        out.append("</svg>\n");
        if (interactive) {
            controls(id, gd, out);
        }
        out.append("<figcaption>").append(esc(f.caption())).append("</figcaption>\n</figure>\n");
        return out.toString();
    }

    // --- decision boundary ---------------------------------------------------------------------

    private static void decisionBoundary(Figure.DecisionBoundary d, StringBuilder out) {
        double xMin = Math.floor(Math.min(0, d.points().stream().mapToDouble(Figure.ClassPoint::x).min().orElse(0))) - 0.5;
        double xMax = Math.ceil(d.points().stream().mapToDouble(Figure.ClassPoint::x).max().orElse(1)) + 1;
        double yMin = d.points().stream().mapToDouble(Figure.ClassPoint::y).min().orElse(0) - 0.5;
        double yMax = d.points().stream().mapToDouble(Figure.ClassPoint::y).max().orElse(1) + 0.5;
        Plot p = new Plot(xMin, xMax, yMin, yMax);
        List<Double> levels = d.points().stream().map(Figure.ClassPoint::y).distinct().sorted().toList();
        axes(p, ticks(p.x0, p.x1), levels.size() <= 5 ? levels : ticks(p.y0, p.y1), d.xLabel(), d.yLabel(), out);
        List<double[]> ends = boundary(d, p);
        if (ends.size() == 2) {
            out.append("<line class=\"figure-boundary\" x1=\"").append(c(p.px(ends.get(0)[0]))).append("\" y1=\"")
                    .append(c(p.py(ends.get(0)[1]))).append("\" x2=\"").append(c(p.px(ends.get(1)[0]))).append("\" y2=\"")
                    .append(c(p.py(ends.get(1)[1]))).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
        }
        for (Figure.ClassPoint pt : d.points()) {
            double x = p.px(pt.x());
            double y = p.py(pt.y());
            if (pt.positive()) {
                out.append("<circle class=\"figure-positive\" cx=\"").append(c(x)).append("\" cy=\"").append(c(y))
                        .append("\" r=\"6\" fill=\"").append(POSITIVE).append("\"/>\n");
            } else {
                out.append("<rect class=\"figure-negative\" x=\"").append(c(x - 5)).append("\" y=\"").append(c(y - 5))
                        .append("\" width=\"10\" height=\"10\" fill=\"none\" stroke=\"").append(NEGATIVE)
                        .append("\" stroke-width=\"2\"/>\n");
            }
            if (pt.label() != null && !pt.label().isBlank()) {
                text(x + 8, y - 8, "start", pt.label(), out);
            }
        }
        // legend: shape as well as colour tells the classes apart
        out.append("<circle cx=\"").append(LEFT + 6).append("\" cy=\"14\" r=\"6\" fill=\"").append(POSITIVE).append("\"/>\n");
        text(LEFT + 16, 18, "start", d.positive(), out);
        out.append("<rect x=\"").append(LEFT + 121).append("\" y=\"9\" width=\"10\" height=\"10\" fill=\"none\" stroke=\"")
                .append(NEGATIVE).append("\" stroke-width=\"2\"/>\n");
        text(LEFT + 137, 18, "start", d.negative(), out);
        out.append("<line x1=\"").append(LEFT + 240).append("\" y1=\"14\" x2=\"").append(LEFT + 270)
                .append("\" y2=\"14\" stroke=\"").append(INK).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
        text(LEFT + 276, 18, "start", "decision boundary", out);
    }

    /** Where the line w1·x + w2·y + b = 0 enters and leaves the plot (none, or two points). */
    static List<double[]> boundary(Figure.DecisionBoundary d, Plot p) {
        List<double[]> ends = new ArrayList<>();
        if (d.w2() != 0) {
            for (double x : new double[]{p.x0, p.x1}) {
                double y = -(d.w1() * x + d.b()) / d.w2();
                if (y >= p.y0 && y <= p.y1) {
                    add(ends, x, y);
                }
            }
        }
        if (d.w1() != 0) {
            for (double y : new double[]{p.y0, p.y1}) {
                double x = -(d.w2() * y + d.b()) / d.w1();
                if (x >= p.x0 && x <= p.x1) {
                    add(ends, x, y);
                }
            }
        }
        return ends.size() >= 2 ? ends.subList(0, 2) : List.of();
    }

    private static void add(List<double[]> ends, double x, double y) {
        for (double[] e : ends) {
            if (Math.abs(e[0] - x) < 1e-9 && Math.abs(e[1] - y) < 1e-9) {
                return;
            }
        }
        ends.add(new double[]{x, y});
    }

    // --- error bars ----------------------------------------------------------------------------

    private static void errorBars(Figure.ErrorBars e, StringBuilder out) {
        int n = e.pairs().size();
        double top = e.pairs().stream().mapToDouble(pr -> Math.max(pr.truth(), pr.predicted())).max().orElse(1);
        double bottom = Math.min(0, e.pairs().stream().mapToDouble(pr -> Math.min(pr.truth(), pr.predicted())).min().orElse(0));
        Plot p = new Plot(0.5, n + 0.5, bottom, niceCeil(top * 1.1));
        axesY(p, e.valueLabel(), out);
        for (int i = 0; i < n; i++) {
            Figure.Pair pr = e.pairs().get(i);
            double x = p.px(i + 1);
            double yt = p.py(pr.truth());
            double yp = p.py(pr.predicted());
            out.append("<line class=\"figure-error\" x1=\"").append(c(x)).append("\" y1=\"").append(c(yt)).append("\" x2=\"")
                    .append(c(x)).append("\" y2=\"").append(c(yp)).append("\" stroke=\"").append(ERROR)
                    .append("\" stroke-width=\"3\"/>\n");
            out.append("<circle class=\"figure-true\" cx=\"").append(c(x)).append("\" cy=\"").append(c(yt))
                    .append("\" r=\"6\" fill=\"").append(INK).append("\"/>\n");
            out.append("<rect class=\"figure-predicted\" x=\"").append(c(x - 5)).append("\" y=\"").append(c(yp - 5))
                    .append("\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"").append(NEGATIVE)
                    .append("\" stroke-width=\"2\"/>\n");
            double error = pr.predicted() - pr.truth();
            text(x + 10, (yt + yp) / 2 + 4, "start", (error > 0 ? "+" : "") + show(error), out);
            text(x, HEIGHT - BOTTOM + 18, "middle", pr.label(), out);
        }
        out.append("<circle cx=\"").append(LEFT + 6).append("\" cy=\"14\" r=\"6\" fill=\"").append(INK).append("\"/>\n");
        text(LEFT + 16, 18, "start", "true value", out);
        out.append("<rect x=\"").append(LEFT + 101).append("\" y=\"9\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"")
                .append(NEGATIVE).append("\" stroke-width=\"2\"/>\n");
        text(LEFT + 117, 18, "start", "prediction", out);
        out.append("<line x1=\"").append(LEFT + 200).append("\" y1=\"14\" x2=\"").append(LEFT + 224).append("\" y2=\"14\" stroke=\"")
                .append(ERROR).append("\" stroke-width=\"3\"/>\n");
        text(LEFT + 230, 18, "start", "error (predicted − true)", out);
    }

    // --- loss curves ---------------------------------------------------------------------------

    private static void lossCurves(Figure.LossCurves l, StringBuilder out) {
        double r = l.range();
        Plot p = new Plot(-r, r, 0, r * r);
        axes(p, "error (predicted − true)", "loss of one example", out);
        StringBuilder squared = new StringBuilder();
        for (int i = 0; i <= 80; i++) {
            double e = -r + 2 * r * i / 80;
            squared.append(i == 0 ? "" : " ").append(c(p.px(e))).append(',').append(c(p.py(e * e)));
        }
        out.append("<polyline class=\"figure-squared\" points=\"").append(squared).append("\" fill=\"none\" stroke=\"")
                .append(ERROR).append("\" stroke-width=\"2\"/>\n");
        out.append("<polyline class=\"figure-absolute\" points=\"").append(c(p.px(-r))).append(',').append(c(p.py(r)))
                .append(' ').append(c(p.px(0))).append(',').append(c(p.py(0))).append(' ').append(c(p.px(r))).append(',')
                .append(c(p.py(r))).append("\" fill=\"none\" stroke=\"").append(NEGATIVE)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
        for (double e : l.errors()) {
            double x = p.px(e);
            out.append("<circle class=\"figure-mark\" cx=\"").append(c(x)).append("\" cy=\"").append(c(p.py(e * e)))
                    .append("\" r=\"4\" fill=\"").append(ERROR).append("\"/>\n");
            out.append("<circle class=\"figure-mark\" cx=\"").append(c(x)).append("\" cy=\"").append(c(p.py(Math.abs(e))))
                    .append("\" r=\"4\" fill=\"").append(NEGATIVE).append("\"/>\n");
            text(x, p.py(e * e) - 8, "middle", show(e * e), out);
        }
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"14\" x2=\"").append(LEFT + 24).append("\" y2=\"14\" stroke=\"")
                .append(ERROR).append("\" stroke-width=\"2\"/>\n");
        text(LEFT + 30, 18, "start", "squared error (MSE)", out);
        out.append("<line x1=\"").append(LEFT + 170).append("\" y1=\"14\" x2=\"").append(LEFT + 194).append("\" y2=\"14\" stroke=\"")
                .append(NEGATIVE).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
        text(LEFT + 200, 18, "start", "absolute error (MAE)", out);
    }

    // --- gradient descent ----------------------------------------------------------------------

    static Plot gdPlot(Figure.GradientDescent g) {
        double lossMax = Math.max(loss(g, g.wMin()), loss(g, g.wMax()));
        return new Plot(g.wMin(), g.wMax(), 0, niceCeil(lossMax));
    }

    static double loss(Figure.GradientDescent g, double w) {
        double err = w * g.x() - g.y();
        return err * err;
    }

    /** The weights w0, w1, …, wN of N gradient-descent steps (w ← w − η·2x(w·x − y)). */
    static double[] steps(double x, double y, double start, double rate, int n) {
        double[] w = new double[n + 1];
        w[0] = start;
        for (int k = 1; k <= n; k++) {
            w[k] = w[k - 1] - rate * 2 * x * (w[k - 1] * x - y);
        }
        return w;
    }

    private static void gradientDescent(Figure.GradientDescent g, StringBuilder out) {
        Plot p = gdPlot(g);
        axes(p, "weight w", "loss L(w) = (w·x − y)²", out);
        StringBuilder curve = new StringBuilder();
        for (int i = 0; i <= 100; i++) {
            double w = p.x0 + (p.x1 - p.x0) * i / 100;
            curve.append(i == 0 ? "" : " ").append(c(p.px(w))).append(',').append(c(p.py(loss(g, w))));
        }
        out.append("<polyline class=\"figure-loss\" points=\"").append(curve).append("\" fill=\"none\" stroke=\"").append(INK)
                .append("\" stroke-width=\"2\"/>\n");
        double best = g.y() / g.x();
        if (best >= p.x0 && best <= p.x1) {
            out.append("<line x1=\"").append(c(p.px(best))).append("\" y1=\"").append(c(p.py(p.y1))).append("\" x2=\"")
                    .append(c(p.px(best))).append("\" y2=\"").append(c(p.py(0))).append("\" stroke=\"").append(GRID)
                    .append("\" stroke-dasharray=\"4 4\"/>\n");
            text(p.px(best) + 4, TOP + 12, "start", "best w = " + show(best), out);
        }
        out.append("<g class=\"figure-steps\">\n");
        steps(g, p, g.start(), g.learningRate(), out);
        out.append("</g>\n");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"14\" x2=\"").append(LEFT + 24).append("\" y2=\"14\" stroke=\"")
                .append(ERROR).append("\" stroke-width=\"2\"/>\n");
        out.append("<text class=\"figure-steps-legend\" x=\"").append(LEFT + 30).append("\" y=\"18\" text-anchor=\"start\" fill=\"")
                .append(INK).append("\">").append(esc(stepsLegend(g.learningRate()))).append("</text>\n");
    }

    /** The legend of the step path; figures.js writes the same when the rate changes. */
    static String stepsLegend(double rate) {
        return "gradient-descent steps, η = " + show(rate);
    }

    /** The step path and points; the same drawing as figures.js makes when the learner moves a slider. */
    private static void steps(Figure.GradientDescent g, Plot p, double start, double rate, StringBuilder out) {
        double[] w = steps(g.x(), g.y(), start, rate, g.steps());
        StringBuilder path = new StringBuilder();
        int shown = 0;
        for (double wk : w) {
            if (wk < p.x0 || wk > p.x1) {
                break;
            }
            path.append(shown == 0 ? "" : " ").append(c(p.px(wk))).append(',').append(c(p.py(loss(g, wk))));
            shown++;
        }
        out.append("<polyline class=\"figure-step-path\" points=\"").append(path).append("\" fill=\"none\" stroke=\"")
                .append(ERROR).append("\" stroke-width=\"2\"/>\n");
        for (int k = 0; k < shown; k++) {
            out.append("<circle class=\"figure-step\" cx=\"").append(c(p.px(w[k]))).append("\" cy=\"")
                    .append(c(p.py(loss(g, w[k])))).append("\" r=\"4\" fill=\"").append(ERROR).append("\"/>\n");
            if (k < 3) {
                text(p.px(w[k]) + 6, p.py(loss(g, w[k])) - 6, "start", "w" + sub(k) + " = " + show(w[k]), out);
            }
        }
    }

    private static String sub(int k) {
        return String.valueOf((char) ('₀' + k));
    }

    private static void controls(String id, Figure.GradientDescent g, StringBuilder out) {
        int index = g.learningRates().indexOf(g.learningRate());
        out.append("<div class=\"figure-controls\">\n");
        out.append("<label for=\"").append(esc(id)).append("-rate\">Learning rate η</label>\n");
        out.append("<input type=\"range\" class=\"figure-rate\" id=\"").append(esc(id)).append("-rate\" min=\"0\" max=\"")
                .append(g.learningRates().size() - 1).append("\" step=\"1\" value=\"").append(index)
                .append("\" aria-valuetext=\"").append(show(g.learningRate())).append("\" data-rates=\"");
        for (int i = 0; i < g.learningRates().size(); i++) {
            out.append(i == 0 ? "" : " ").append(plain(g.learningRates().get(i)));
        }
        out.append("\"/>\n<output class=\"figure-rate-value\" for=\"").append(esc(id)).append("-rate\">")
                .append(show(g.learningRate())).append("</output>\n");
        out.append("<label for=\"").append(esc(id)).append("-start\">Starting weight w₀</label>\n");
        out.append("<input type=\"range\" class=\"figure-start\" id=\"").append(esc(id)).append("-start\" min=\"")
                .append(plain(g.startMin())).append("\" max=\"").append(plain(g.startMax())).append("\" step=\"")
                .append(plain(g.startStep())).append("\" value=\"").append(plain(g.start())).append("\"/>\n");
        out.append("<output class=\"figure-start-value\" for=\"").append(esc(id)).append("-start\">").append(show(g.start()))
                .append("</output>\n</div>\n");
        out.append("<p class=\"figure-status\" id=\"").append(esc(id)).append("-status\" aria-live=\"polite\">")
                .append(esc(status(g.x(), g.y(), g.start(), g.learningRate(), g.steps()))).append("</p>\n");
    }

    /**
     * What gradient descent does from {@code start} with this rate, in words: converges, diverges or
     * neither, and where it is after N steps. figures.js writes the same sentence.
     */
    public static String status(double x, double y, double start, double rate, int n) {
        double best = y / x;
        double factor = 1 - 2 * rate * x * x;
        double[] w = steps(x, y, start, rate, n);
        double last = w[n];
        double lossN = (last * x - y) * (last * x - y);
        String setting = "η = " + show(rate) + ", w₀ = " + show(start) + ": ";
        String after = " After " + n + " steps w = " + show(last) + " and the loss is " + show(lossN) + ".";
        if (start == best) {
            return setting + "it starts at the best weight " + show(best) + "; the gradient is 0, so w does not move." + after;
        }
        String verdict;
        if (Math.abs(factor) < 1) {
            verdict = factor < 0 ? "converges, overshooting from side to side" : "converges";
        } else if (Math.abs(factor) > 1) {
            verdict = "diverges";
        } else {
            verdict = "neither converges nor diverges: it swings between two weights for ever";
        }
        return setting + "gradient descent " + verdict + "; each step multiplies the distance to the best weight "
                + show(best) + " by " + show(factor) + "." + after;
    }

    // --- axes and text -------------------------------------------------------------------------

    private static void axes(Plot p, String xLabel, String yLabel, StringBuilder out) {
        axes(p, ticks(p.x0, p.x1), ticks(p.y0, p.y1), xLabel, yLabel, out);
    }

    private static void axes(Plot p, List<Double> xTicks, List<Double> yTicks, String xLabel, String yLabel, StringBuilder out) {
        axesY(p, yTicks, yLabel, out);
        for (double t : xTicks) {
            double x = p.px(t);
            out.append("<line x1=\"").append(c(x)).append("\" y1=\"").append(c(p.py(p.y0))).append("\" x2=\"").append(c(x))
                    .append("\" y2=\"").append(c(p.py(p.y0) + 5)).append("\" stroke=\"").append(INK).append("\"/>\n");
            text(x, p.py(p.y0) + 18, "middle", show(t), out);
        }
        text(LEFT + (WIDTH - LEFT - RIGHT) / 2.0, HEIGHT - 8, "middle", xLabel, out);
    }

    private static void axesY(Plot p, String yLabel, StringBuilder out) {
        axesY(p, ticks(p.y0, p.y1), yLabel, out);
    }

    private static void axesY(Plot p, List<Double> yTicks, String yLabel, StringBuilder out) {
        for (double t : yTicks) {
            double y = p.py(t);
            out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(c(y)).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(c(y)).append("\" stroke=\"").append(GRID).append("\"/>\n");
            text(LEFT - 6, y + 4, "end", show(t), out);
        }
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(HEIGHT - BOTTOM).append("\" stroke=\"").append(INK).append("\"/>\n");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"").append(INK).append("\"/>\n");
        double cy = TOP + (HEIGHT - TOP - BOTTOM) / 2.0;
        out.append("<text x=\"14\" y=\"").append(c(cy)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append(c(cy)).append(")\" fill=\"").append(INK).append("\">").append(esc(yLabel)).append("</text>\n");
    }

    /** Round tick values (steps of 1, 2 or 5 times a power of ten) from lo to hi. */
    static List<Double> ticks(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(lo / step - 1e-9) * step; t <= hi + 1e-9; t += step) {
            out.add(Math.abs(t) < 1e-12 ? 0 : t);
        }
        return out;
    }

    private static double niceCeil(double v) {
        if (v <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * mag >= v - 1e-9) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static void text(double x, double y, String anchor, String text, StringBuilder out) {
        out.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(INK).append("\">").append(esc(text)).append("</text>\n");
    }

    /** A coordinate: one decimal. */
    private static String c(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A number as data: plain decimal, no exponent, no trailing zeros. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A number for reading: four significant digits, plain decimal, minus sign as "−". */
    public static String show(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        String s = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Data coordinates to SVG coordinates over the plot area. */
    record Plot(double x0, double x1, double y0, double y1) {
        double px(double x) {
            return LEFT + (x - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
        }

        double py(double y) {
            return HEIGHT - BOTTOM - (y - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
        }
    }
}
