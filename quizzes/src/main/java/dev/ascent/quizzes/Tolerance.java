package dev.ascent.quizzes;

/**
 * How far a numeric answer may be from the expected value.
 *
 * @param amount   absolute amount, or for a relative tolerance a fraction (1% = 0.01)
 * @param relative true when written as a percentage of the expected value
 */
public record Tolerance(double amount, boolean relative) {

    /** Parses {@code 0.01} (absolute) or {@code 1%} (relative); throws IllegalArgumentException otherwise. */
    public static Tolerance parse(String text) {
        String t = text.trim();
        boolean relative = t.endsWith("%");
        double amount;
        try {
            amount = Double.parseDouble(relative ? t.substring(0, t.length() - 1).trim() : t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tolerance must be a number or a percentage such as 1%, not '" + text + "'");
        }
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, not '" + text + "'");
        }
        return new Tolerance(relative ? amount / 100 : amount, relative);
    }

    public boolean accepts(double expected, double given) {
        if (!Double.isFinite(given) || !Double.isFinite(expected)) {
            return false;
        }
        double allowed = relative ? amount * Math.abs(expected) : amount;
        // A hair of slack so that 0.751 is within 0.001 of 0.75 despite binary rounding.
        return Math.abs(given - expected) <= allowed * (1 + 1e-9) + 1e-12;
    }

    @Override
    public String toString() {
        return relative ? Placeholders.format(amount * 100) + "%" : Placeholders.format(amount);
    }
}
