package causal.syntax;

import java.util.List;
import java.util.Optional;

/** Expressions: in {@code with}, {@code where}, models, estimator options and designs. */
public sealed interface Expr {
    Span span();

    /** A number; {@code percent} when written as {@code 20%} (the value is then 0.2). */
    record Number(double value, boolean percent, Span span) implements Expr {}

    record Str(String value, Span span) implements Expr {}

    record Bool(boolean value, Span span) implements Expr {}

    /** A name: a column, a variable of a model, a declared thing, or a bare option word like {@code gbm}. */
    record Ref(Name name) implements Expr {
        @Override
        public Span span() {
            return name.span();
        }
    }

    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

    /** {@code f(a, b, name = c)}; positional arguments have no name. */
    record Call(Name function, List<Arg> args, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code [a, b]} */
    record ListLit(List<Expr> items, Span span) implements Expr {
        public ListLit {
            items = List.copyOf(items);
        }
    }

    /** {@code {a, b}} */
    record SetLit(List<Expr> items, Span span) implements Expr {
        public SetLit {
            items = List.copyOf(items);
        }
    }

    /** {@code 0.0..0.5} */
    record Range(Expr low, Expr high, Span span) implements Expr {}

    /** An argument of a call: {@code name = value}, or a positional {@code value}. */
    record Arg(Optional<Name> name, Expr value, Span span) {}

    enum UnaryOp { NEGATE, NOT }

    enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), POWER("^"),
        LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!="),
        AND("and"), OR("or");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }
    }
}
