package causal.syntax;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Expressions as s-expressions for {@link SyntaxTreePrinter}: {@code (+ (* 0.8 x) 1)}, {@code (f a k=b)}. */
final class ExprPrinter {

    private ExprPrinter() {
    }

    static String print(Expr e) {
        if (e instanceof Expr.Number n) {
            return n.percent() ? "(percent " + number(n.value()) + ")" : number(n.value());
        }
        if (e instanceof Expr.Str s) {
            return quote(s.value());
        }
        if (e instanceof Expr.Bool b) {
            return Boolean.toString(b.value());
        }
        if (e instanceof Expr.Ref r) {
            return nameText(r.name());
        }
        if (e instanceof Expr.Unary u) {
            return "(" + (u.op() == Expr.UnaryOp.NEGATE ? "-" : "not") + " " + print(u.operand()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "(" + b.op().symbol + " " + print(b.left()) + " " + print(b.right()) + ")";
        }
        if (e instanceof Expr.Call c) {
            return "(" + Stream.concat(Stream.of(nameText(c.function())), c.args().stream().map(ExprPrinter::arg))
                    .collect(Collectors.joining(" ")) + ")";
        }
        if (e instanceof Expr.ListLit l) {
            return l.items().stream().map(ExprPrinter::print).collect(Collectors.joining(" ", "[", "]"));
        }
        if (e instanceof Expr.SetLit s) {
            return s.items().stream().map(ExprPrinter::print).collect(Collectors.joining(" ", "{", "}"));
        }
        Expr.Range r = (Expr.Range) e;
        return "(.. " + print(r.low()) + " " + print(r.high()) + ")";
    }

    static String arg(Expr.Arg a) {
        return a.name().map(n -> nameText(n) + "=").orElse("") + print(a.value());
    }

    /** The name, in backticks when it is not a plain identifier. */
    static String nameText(Name n) {
        return n.text().matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*") ? n.text() : "`" + n.text() + "`";
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
