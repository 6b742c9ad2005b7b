package causal.analysis;

import causal.options.OptionValue;
import causal.syntax.Expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns an estimator option written in a script into the stdlib's {@link OptionValue}. */
final class OptionValues {
    private OptionValues() {
    }

    /** The value, or empty when the expression is not a literal, a word or a call of those. */
    static Optional<OptionValue> of(Expr expr) {
        if (expr instanceof Expr.Number n) {
            return Optional.of(new OptionValue.Number(n.value()));
        }
        if (expr instanceof Expr.Str s) {
            return Optional.of(new OptionValue.Text(s.value()));
        }
        if (expr instanceof Expr.Bool b) {
            return Optional.of(new OptionValue.Bool(b.value()));
        }
        if (expr instanceof Expr.Ref r) {
            return Optional.of(new OptionValue.Word(r.name().text()));
        }
        if (expr instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE && u.operand() instanceof Expr.Number n) {
            return Optional.of(new OptionValue.Number(-n.value()));
        }
        if (expr instanceof Expr.Call c) {
            List<OptionValue> args = new ArrayList<>();
            Map<String, OptionValue> named = new LinkedHashMap<>();
            for (Expr.Arg a : c.args()) {
                Optional<OptionValue> v = of(a.value());
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                if (a.name().isPresent()) {
                    named.put(a.name().get().text(), v.get());
                } else if (named.isEmpty()) {
                    args.add(v.get());
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new OptionValue.Call(c.function().text(), args, named));
        }
        return Optional.empty();
    }
}
