package dev.ascent.quizzes;

/** A formula that does not parse or cannot be evaluated; {@link #column()} is 1-based, 0 when unknown. */
public class FormulaException extends RuntimeException {
    private final int column;

    public FormulaException(String message, int column) {
        super(column > 0 ? message + " at column " + column : message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
