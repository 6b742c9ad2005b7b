package causal.analysis;

import causal.syntax.Expr;
import causal.syntax.Name;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The names an expression reads and the calls it makes, found by walking the syntax tree. */
public final class ExpressionNames {
    private ExpressionNames() {
    }

    /** Names read as values (columns or model variables), in order of appearance, with repeats. */
    public static List<Name> references(Expr expr) {
        List<Name> out = new ArrayList<>();
        walk(expr, out, new ArrayList<>());
        return out;
    }

    /** Every call in the expression, outermost first. */
    /** The column names of {@code a} or {@code {a, b}}; empty for anything else. */
    public static Optional<List<String>> columns(Expr e) {
        if (e instanceof Expr.Ref r) {
            return Optional.of(List.of(r.name().text()));
        }
        if (e instanceof Expr.SetLit set) {
            List<String> out = new ArrayList<>();
            for (Expr item : set.items()) {
                if (!(item instanceof Expr.Ref r)) {
                    return Optional.empty();
                }
                out.add(r.name().text());
            }
            return Optional.of(out);
        }
        return Optional.empty();
    }

    public static List<Expr.Call> calls(Expr expr) {
        List<Expr.Call> out = new ArrayList<>();
        walk(expr, new ArrayList<>(), out);
        return out;
    }

    private static void walk(Expr e, List<Name> names, List<Expr.Call> calls) {
        if (e instanceof Expr.Ref r) {
            names.add(r.name());
        } else if (e instanceof Expr.Unary u) {
            walk(u.operand(), names, calls);
        } else if (e instanceof Expr.Binary b) {
            walk(b.left(), names, calls);
            walk(b.right(), names, calls);
        } else if (e instanceof Expr.Call c) {
            calls.add(c);
            for (Expr.Arg a : c.args()) {
                walk(a.value(), names, calls);
            }
        } else if (e instanceof Expr.ListLit l) {
            l.items().forEach(i -> walk(i, names, calls));
        } else if (e instanceof Expr.SetLit s) {
            s.items().forEach(i -> walk(i, names, calls));
        } else if (e instanceof Expr.Range r) {
            walk(r.low(), names, calls);
            walk(r.high(), names, calls);
        }
    }
}
