package causal.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints an {@link Expression} as plain text or LaTeX. A summed variable that is already in scope (free in the whole
 * formula, or bound by an enclosing sum) is printed with primes, so that each printed symbol names one value.
 */
enum FormulaNotation {
    TEXT("sum_", " | ", ", "),
    LATEX("\\sum_", " \\mid ", ", ");

    private final String sum;
    private final String bar;
    private final String comma;

    FormulaNotation(String sum, String bar, String comma) {
        this.sum = sum;
        this.bar = bar;
        this.comma = comma;
    }

    String render(Expression e) {
        Map<String, String> symbols = new HashMap<>();
        for (String v : e.freeVariables()) {
            symbols.put(v, v);
        }
        return render(e, symbols);
    }

    /** {@code symbols} maps each variable in scope to the symbol that prints its current value. */
    private String render(Expression e, Map<String, String> symbols) {
        if (e instanceof Expression.Probability p) {
            String text = "P(" + names(p.variables(), symbols);
            return text + (p.given().isEmpty() ? "" : bar + names(p.given(), symbols)) + ")";
        }
        if (e instanceof Expression.Sum s) {
            Map<String, String> inner = new HashMap<>(symbols);
            Set<String> used = new HashSet<>(symbols.values());
            List<String> bound = new ArrayList<>();
            for (String v : s.over()) {
                String symbol = symbols.containsKey(v) ? fresh(v, used) : v;
                used.add(symbol);
                inner.put(v, symbol);
                bound.add(escape(symbol));
            }
            return sum + "{" + String.join(comma, bound) + "} " + render(s.body(), inner);
        }
        if (e instanceof Expression.Product p) {
            return product(p, symbols);
        }
        Expression.Quotient q = (Expression.Quotient) e;
        if (this == LATEX) {
            return "\\frac{" + render(q.numerator(), symbols) + "}{" + render(q.denominator(), symbols) + "}";
        }
        return operand(q.numerator(), symbols) + " / " + operand(q.denominator(), symbols);
    }

    private String product(Expression.Product p, Map<String, String> symbols) {
        if (p.factors().isEmpty()) {
            return "1";
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < p.factors().size(); k++) {
            Expression f = p.factors().get(k);
            boolean last = k == p.factors().size() - 1;
            // A sum reaches to the end of the product, so only the last factor may be one without brackets.
            boolean bracket = (f instanceof Expression.Sum && !last)
                    || (f instanceof Expression.Quotient && this == TEXT);
            String text = render(f, symbols);
            parts.add(bracket ? "(" + text + ")" : text);
        }
        return String.join(" ", parts);
    }

    private String operand(Expression e, Map<String, String> symbols) {
        String text = render(e, symbols);
        return e instanceof Expression.Probability ? text : "(" + text + ")";
    }

    private String names(Iterable<String> variables, Map<String, String> symbols) {
        List<String> printed = new ArrayList<>();
        for (String v : variables) {
            printed.add(escape(symbols.getOrDefault(v, v)));
        }
        return String.join(comma, printed);
    }

    private static String fresh(String v, Set<String> used) {
        String symbol = v + "'";
        while (used.contains(symbol)) {
            symbol += "'";
        }
        return symbol;
    }

    /** Node names are free text; LaTeX reserves a few characters that may occur in them. */
    private String escape(String symbol) {
        if (this == TEXT) {
            return symbol;
        }
        StringBuilder out = new StringBuilder();
        for (char c : symbol.toCharArray()) {
            switch (c) {
                case '_', '#', '$', '%', '&', '{', '}' -> out.append('\\').append(c);
                case '\\' -> out.append("\\backslash ");
                case '^' -> out.append("\\hat{}");
                case '~' -> out.append("\\sim ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
