package dev.ascent.quizzes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A formula of the course files, parsed once into a tree and evaluated many times.
 *
 * <p>Grammar, loosest binding first: {@code ||}, {@code &&}, comparisons {@code < <= > >= == !=},
 * {@code + -}, {@code * /}, unary minus, {@code ^} (right-associative, so {@code -2^2 = -4} and
 * {@code 2^3^2 = 512}), then numbers, names, function calls and parentheses. Comparisons and
 * logical operators give 1 (true) or 0 (false); any non-zero value counts as true.
 * Comparisons treat numbers within a relative 1e-9 as equal, so {@code 0.1 + 0.2 == 0.3} holds,
 * matching what a learner sees in the rounded stem.
 */
public final class Formula {
    /** Function name -> {min args, max args}. */
    private static final Map<String, int[]> FUNCTIONS = Map.ofEntries(
            Map.entry("abs", new int[]{1, 1}), Map.entry("sqrt", new int[]{1, 1}),
            Map.entry("exp", new int[]{1, 1}), Map.entry("ln", new int[]{1, 1}),
            Map.entry("log10", new int[]{1, 1}), Map.entry("log2", new int[]{1, 1}),
            Map.entry("pow", new int[]{2, 2}), Map.entry("min", new int[]{2, Integer.MAX_VALUE}),
            Map.entry("max", new int[]{2, Integer.MAX_VALUE}), Map.entry("round", new int[]{1, 2}),
            Map.entry("floor", new int[]{1, 1}), Map.entry("ceil", new int[]{1, 1}),
            Map.entry("if", new int[]{3, 3}));

    private interface Node {
        double eval(Map<String, Double> vars);
    }

    private final String text;
    private final Node root;
    private final Set<String> variables;

    private Formula(String text, Node root, Set<String> variables) {
        this.text = text;
        this.root = root;
        this.variables = Collections.unmodifiableSet(variables);
    }

    /** Parses {@code text}; throws {@link FormulaException} with the column of the first error. */
    public static Formula parse(String text) {
        Parser p = new Parser(text);
        return new Formula(text, p.parseAll(), p.variables);
    }

    /** Evaluates with the given variable values; throws {@link FormulaException} for an unknown name. */
    public double evaluate(Map<String, Double> vars) {
        return root.eval(vars);
    }

    /** The parameter and let names the formula uses. */
    public Set<String> variables() {
        return variables;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    static boolean truthy(double v) {
        return v != 0;
    }

    private static double bool(boolean b) {
        return b ? 1 : 0;
    }

    /** Equal within a relative 1e-9 (and exactly equal for infinities). */
    static boolean near(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static double round(double x, double digits) {
        if (!Double.isFinite(x) || !Double.isFinite(digits)) {
            return Double.NaN;
        }
        // BigDecimal.valueOf uses the shortest decimal form, so round(2.675, 2) = 2.68 as written.
        return BigDecimal.valueOf(x).setScale((int) digits, RoundingMode.HALF_UP).doubleValue();
    }

    /** Recursive-descent parser over the characters of the text. */
    private static final class Parser {
        private final String s;
        private int pos;
        final Set<String> variables = new LinkedHashSet<>();

        Parser(String s) {
            this.s = s == null ? "" : s;
        }

        Node parseAll() {
            skipSpaces();
            if (pos == s.length()) {
                throw new FormulaException("empty formula", 0);
            }
            Node n = or();
            skipSpaces();
            if (pos < s.length()) {
                if (s.charAt(pos) == '=') {
                    throw error("use == to compare");
                }
                throw error("unexpected '" + s.charAt(pos) + "'");
            }
            return n;
        }

        private Node or() {
            Node left = and();
            while (eat("||")) {
                Node l = left, r = and();
                left = v -> bool(truthy(l.eval(v)) || truthy(r.eval(v)));
            }
            return left;
        }

        private Node and() {
            Node left = comparison();
            while (eat("&&")) {
                Node l = left, r = comparison();
                left = v -> bool(truthy(l.eval(v)) && truthy(r.eval(v)));
            }
            return left;
        }

        private Node comparison() {
            Node left = additive();
            while (true) {
                Node l = left;
                if (eat("<=")) {
                    Node r = additive();
                    left = v -> { double a = l.eval(v), b = r.eval(v); return bool(a < b || near(a, b)); };
                } else if (eat(">=")) {
                    Node r = additive();
                    left = v -> { double a = l.eval(v), b = r.eval(v); return bool(a > b || near(a, b)); };
                } else if (eat("==")) {
                    Node r = additive();
                    left = v -> bool(near(l.eval(v), r.eval(v)));
                } else if (eat("!=")) {
                    Node r = additive();
                    left = v -> bool(!near(l.eval(v), r.eval(v)));
                } else if (eat("<")) {
                    Node r = additive();
                    left = v -> { double a = l.eval(v), b = r.eval(v); return bool(a < b && !near(a, b)); };
                } else if (eat(">")) {
                    Node r = additive();
                    left = v -> { double a = l.eval(v), b = r.eval(v); return bool(a > b && !near(a, b)); };
                } else {
                    return left;
                }
            }
        }

        private Node additive() {
            Node left = multiplicative();
            while (true) {
                Node l = left;
                if (eat("+")) {
                    Node r = multiplicative();
                    left = v -> l.eval(v) + r.eval(v);
                } else if (eat("-")) {
                    Node r = multiplicative();
                    left = v -> l.eval(v) - r.eval(v);
                } else {
                    return left;
                }
            }
        }

        private Node multiplicative() {
            Node left = unary();
            while (true) {
                Node l = left;
                if (eat("*")) {
                    Node r = unary();
                    left = v -> l.eval(v) * r.eval(v);
                } else if (eat("/")) {
                    Node r = unary();
                    left = v -> l.eval(v) / r.eval(v);
                } else {
                    return left;
                }
            }
        }

        private Node unary() {
            if (eat("-")) {
                Node operand = unary();
                return v -> -operand.eval(v);
            }
            return power();
        }

        private Node power() {
            Node base = primary();
            if (eat("^")) {
                Node exponent = unary(); // right-associative; allows 2^-1
                return v -> Math.pow(base.eval(v), exponent.eval(v));
            }
            return base;
        }

        private Node primary() {
            skipSpaces();
            if (pos == s.length()) {
                throw error("unexpected end of formula");
            }
            char c = s.charAt(pos);
            if (eat("(")) {
                Node inner = or();
                expect(')');
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                String name = s.substring(start, pos);
                skipSpaces();
                if (pos < s.length() && s.charAt(pos) == '(') {
                    return call(name, start + 1);
                }
                int column = start + 1;
                variables.add(name);
                return v -> {
                    Double value = v.get(name);
                    if (value == null) {
                        throw new FormulaException("unknown name '" + name + "'", column);
                    }
                    return value;
                };
            }
            throw error("unexpected '" + c + "'");
        }

        private Node number() {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save; // not an exponent after all
                }
            }
            String literal = s.substring(start, pos);
            double value;
            try {
                value = Double.parseDouble(literal);
            } catch (NumberFormatException e) {
                pos = start;
                throw error("bad number '" + literal + "'");
            }
            return v -> value;
        }

        private Node call(String name, int column) {
            int[] arity = FUNCTIONS.get(name);
            if (arity == null) {
                throw new FormulaException("unknown function '" + name + "'", column);
            }
            expect('(');
            List<Node> args = new ArrayList<>();
            skipSpaces();
            if (!eat(")")) {
                do {
                    args.add(or());
                } while (eat(","));
                expect(')');
            }
            int n = args.size();
            if (n < arity[0] || n > arity[1]) {
                String expected = arity[0] == arity[1] ? String.valueOf(arity[0])
                        : arity[1] == Integer.MAX_VALUE ? "at least " + arity[0] : arity[0] + " or " + arity[1];
                throw new FormulaException("'" + name + "' takes " + expected + " argument(s), not " + n, column);
            }
            Node a = args.get(0), b = n > 1 ? args.get(1) : null;
            return switch (name) {
                case "abs" -> v -> Math.abs(a.eval(v));
                case "sqrt" -> v -> Math.sqrt(a.eval(v));
                case "exp" -> v -> Math.exp(a.eval(v));
                case "ln" -> v -> Math.log(a.eval(v));
                case "log10" -> v -> Math.log10(a.eval(v));
                case "log2" -> v -> Math.log(a.eval(v)) / Math.log(2);
                case "pow" -> v -> Math.pow(a.eval(v), b.eval(v));
                case "floor" -> v -> Math.floor(a.eval(v));
                case "ceil" -> v -> Math.ceil(a.eval(v));
                case "round" -> v -> round(a.eval(v), b == null ? 0 : b.eval(v));
                case "if" -> v -> truthy(a.eval(v)) ? b.eval(v) : args.get(2).eval(v); // lazy: only one branch
                case "min" -> v -> args.stream().mapToDouble(x -> x.eval(v)).min().orElseThrow();
                case "max" -> v -> args.stream().mapToDouble(x -> x.eval(v)).max().orElseThrow();
                default -> throw new IllegalStateException(name);
            };
        }

        private void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        /** Consumes {@code token} (after spaces) if it is next. */
        private boolean eat(String token) {
            skipSpaces();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!eat(String.valueOf(c))) {
                skipSpaces();
                throw error(pos == s.length() ? "expected '" + c + "' but the formula ends"
                        : "expected '" + c + "' but found '" + s.charAt(pos) + "'");
            }
        }

        private FormulaException error(String message) {
            return new FormulaException(message, pos + 1);
        }
    }
}
