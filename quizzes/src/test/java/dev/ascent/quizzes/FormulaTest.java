package dev.ascent.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {

    private static double eval(String text) {
        return Formula.parse(text).evaluate(Map.of("w", 2.0, "eta", 0.1, "g", -3.0, "p", 0.5, "t", 0.5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1 + 2 * 3; 7", "(1 + 2) * 3; 9", "10 - 4 - 3; 3", "12 / 3 / 2; 2", "2 ^ 3 ^ 2; 512",
            "-2 ^ 2; -4", "(-2) ^ 2; 4", "2 ^ -1; 0.5", "--3; 3", "2 * -3; -6", "1e-3 * 1000; 1", ".5 + .25; 0.75",
            "w - eta * g; 2.3", "w*w+g; 1"})
    void arithmeticFollowsPrecedence(String formula, double expected) {
        assertEquals(expected, eval(formula), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "abs(g); 3", "sqrt(16); 4", "exp(0); 1", "ln(exp(2)); 2", "log10(1000); 3", "log2(8); 3",
            "pow(2, 10); 1024", "min(3, w, 5); 2", "max(1, 7, 3); 7", "round(2.675, 2); 2.68", "round(2.5); 3",
            "round(-2.5); -3", "floor(-1.5); -2", "ceil(1.2); 2", "if(w > 1, 10, 20); 10", "if(0, 1/0, 5); 5"})
    void functions(String formula, double expected) {
        assertEquals(expected, eval(formula), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "p >= t; 1", "p > t; 0", "p <= t; 1", "p < t; 0", "p == t; 1", "p != t; 0",
            "0.1 + 0.2 == 0.3; 1", "0.1 + 0.2 > 0.3; 0", "1 < 2 && 2 < 3; 1", "1 > 2 || 2 > 3; 0",
            "1 > 2 || 3 > 2; 1", "1 + 1 == 2 && 0; 0", "w > 1 == 1; 1"})
    void comparisonsAndLogicGiveOneOrZero(String formula, double expected) {
        assertEquals(expected, eval(formula));
    }

    @Test
    void variablesAreTheNamesUsedNotFunctions() {
        assertEquals(Set.of("w", "eta", "g"), Formula.parse("w - eta * abs(g) + max(w, 1)").variables());
    }

    @Test
    void divisionByZeroIsNotAnError() {
        assertEquals(Double.POSITIVE_INFINITY, eval("1 / 0"));
        assertEquals(Double.NaN, eval("sqrt(-1)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1 + * 2; unexpected '*' at column 5; 5",
            "2 * (1 + 3; expected ')' but the formula ends at column 11; 11",
            "foo(1); unknown function 'foo' at column 1; 1",
            "1 + pow(2); 'pow' takes 2 argument(s), not 1 at column 5; 5",
            "round(1, 2, 3); 'round' takes 1 or 2 argument(s), not 3 at column 1; 1",
            "x = 1; use == to compare at column 3; 3",
            "1 2; unexpected '2' at column 3; 3",
            "3 # 4; unexpected '#' at column 3; 3",
            "1.2.3; bad number '1.2.3' at column 1; 1"})
    void parseErrorsGiveTheColumn(String formula, String message, int column) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(formula));
        assertEquals(message, e.getMessage());
        assertEquals(column, e.column());
    }

    @Test
    void emptyFormula() {
        assertEquals("empty formula", assertThrows(FormulaException.class, () -> Formula.parse("  ")).getMessage());
    }

    @Test
    void unknownNameFailsAtEvaluation() {
        Formula f = Formula.parse("w + z");
        FormulaException e = assertThrows(FormulaException.class, () -> f.evaluate(Map.of("w", 1.0)));
        assertEquals("unknown name 'z' at column 5", e.getMessage());
    }
}
