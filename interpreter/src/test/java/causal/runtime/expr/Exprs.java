package causal.runtime.expr;

import causal.syntax.Expr;
import causal.syntax.Name;
import causal.syntax.Span;
import causal.syntax.Stmt;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds syntax trees by hand for the tests (the parser is another module's work). */
final class Exprs {
    static final Span SPAN = new Span("test.causal", 1, 1, 0, 1);

    private Exprs() {
    }

    /** A span at a distinct column, so that tests can tell which node an error points at. */
    static Span at(int column) {
        return new Span("test.causal", 1, column, column - 1, 1);
    }

    static Expr num(double value) {
        return new Expr.Number(value, false, SPAN);
    }

    static Expr str(String value) {
        return new Expr.Str(value, SPAN);
    }

    static Expr bool(boolean value) {
        return new Expr.Bool(value, SPAN);
    }

    static Expr ref(String name) {
        return ref(name, SPAN);
    }

    static Expr ref(String name, Span span) {
        return new Expr.Ref(new Name(name, span));
    }

    static Expr neg(Expr operand) {
        return new Expr.Unary(Expr.UnaryOp.NEGATE, operand, SPAN);
    }

    static Expr not(Expr operand) {
        return new Expr.Unary(Expr.UnaryOp.NOT, operand, SPAN);
    }

    /** {@code op("+", a, b)}; the operator as the script writes it. */
    static Expr op(String symbol, Expr left, Expr right) {
        return op(symbol, left, right, SPAN);
    }

    static Expr op(String symbol, Expr left, Expr right, Span span) {
        Expr.BinaryOp op = Arrays.stream(Expr.BinaryOp.values()).filter(o -> o.symbol.equals(symbol)).findFirst()
                .orElseThrow();
        return new Expr.Binary(op, left, right, span);
    }

    static Expr call(String function, Expr... args) {
        return callAt(SPAN, function, args);
    }

    static Expr callAt(Span span, String function, Expr... args) {
        return new Expr.Call(new Name(function, span), Arrays.stream(args)
                .map(a -> new Expr.Arg(Optional.empty(), a, a.span())).toList(), span);
    }

    static Expr callArgs(String function, Expr.Arg... args) {
        return new Expr.Call(new Name(function, SPAN), List.of(args), SPAN);
    }

    static Expr.Arg named(String name, Expr value) {
        return new Expr.Arg(Optional.of(new Name(name, SPAN)), value, SPAN);
    }

    static Expr.Arg positional(Expr value) {
        return new Expr.Arg(Optional.empty(), value, SPAN);
    }

    static Expr list(Expr... items) {
        return new Expr.ListLit(List.of(items), SPAN);
    }

    static Stmt.Model model(String name, Stmt.ModelLine... lines) {
        return new Stmt.Model(new Name(name, SPAN), List.of(lines), SPAN);
    }

    /** {@code variable ~ value} */
    static Stmt.ModelLine draw(String variable, Expr value) {
        return new Stmt.ModelLine(false, new Name(variable, SPAN), true, value, SPAN);
    }

    /** {@code latent variable ~ value} */
    static Stmt.ModelLine latentDraw(String variable, Expr value) {
        return new Stmt.ModelLine(true, new Name(variable, SPAN), true, value, SPAN);
    }

    /** {@code variable = value} */
    static Stmt.ModelLine assign(String variable, Expr value) {
        return new Stmt.ModelLine(false, new Name(variable, SPAN), false, value, SPAN);
    }

    /** The model of LANGUAGE.md §4. */
    static Stmt.Model music() {
        Expr score = op("-", op("+", op("+", op("*", num(0.8), ref("engagement")), op("*", num(1.5), ref("exposure"))),
                op("*", num(0.5), ref("taste"))), num(0.5));
        Expr hours = op("+", op("+", op("+", op("+", op("*", num(1.0), ref("personalized")),
                op("*", num(2.0), ref("engagement"))), op("*", num(0.5), ref("content_type"))),
                op("*", num(0.7), ref("taste"))), call("normal", num(0), num(1)));
        return model("music",
                draw("engagement", call("normal", num(0), num(1))),
                draw("content_type", call("bernoulli", num(0.5))),
                draw("exposure", call("bernoulli", num(0.3))),
                latentDraw("taste", call("normal", num(0), num(1))),
                draw("personalized", call("bernoulli", call("logistic", score))),
                assign("hours", hours));
    }
}
