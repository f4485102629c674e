package dev.ascent.quizzes;

import java.util.List;

/**
 * numeric: the answer as a formula (a number, or computed from the item's params), a
 * {@code tolerance} and optionally the {@code unit} shown after the input.
 */
final class NumericReader implements ItemTypeReader {
    static final NumericReader INSTANCE = new NumericReader();

    @Override
    public List<String> fields() {
        return List.of("tolerance", "unit");
    }

    @Override
    public void checkRequired(ItemFields in) {
        if (!in.f.has("tolerance")) {
            in.r.problem(in.f.node, "numeric item without 'tolerance'");
        }
        in.requireAnswer();
    }

    @Override
    public void readKey(KeyReading in, AnswerKey key) {
        key.formula = in.formula(in.answer());
        key.unitLabel = in.r.text(in.f.get("unit"), "unit");
        String tolerance = in.r.text(in.f.get("tolerance"), "tolerance");
        if (tolerance != null) {
            try {
                key.tolerance = Tolerance.parse(tolerance);
            } catch (IllegalArgumentException e) {
                in.r.problem(in.f.get("tolerance"), e.getMessage());
            }
        }
    }
}
