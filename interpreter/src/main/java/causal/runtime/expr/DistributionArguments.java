package causal.runtime.expr;

import causal.analysis.Suggestions;
import causal.random.Distribution;
import causal.runtime.CausalException;
import causal.syntax.Expr;

import java.util.Arrays;
import java.util.List;

/** Puts a distribution call's arguments in parameter order: positional first, then by name, e.g. {@code sd = 2}. */
final class DistributionArguments {
    private DistributionArguments() {
    }

    static List<Expr> inOrder(Distribution distribution, Expr.Call call) {
        List<String> names = distribution.parameterNames();
        Expr[] ordered = new Expr[names.size()];
        int position = 0;
        for (Expr.Arg arg : call.args()) {
            int k;
            if (arg.name().isPresent()) {
                String name = arg.name().get().text();
                k = names.indexOf(name);
                if (k < 0) {
                    throw CausalException.at(arg.span(), distribution.name() + " has no parameter " + name
                            + Suggestions.hint(name, names) + "; it is " + distribution.signature());
                }
            } else {
                k = position++;
                if (k >= ordered.length) {
                    throw arity(distribution, call);
                }
            }
            if (ordered[k] != null) {
                throw CausalException.at(arg.span(), distribution.name() + "'s " + names.get(k) + " is given twice");
            }
            ordered[k] = arg.value();
        }
        if (Arrays.asList(ordered).contains(null)) {
            throw arity(distribution, call);
        }
        return List.of(ordered);
    }

    private static CausalException arity(Distribution distribution, Expr.Call call) {
        int n = distribution.parameterCount();
        return CausalException.at(call.span(), distribution.signature() + " takes " + n
                + (n == 1 ? " argument" : " arguments") + ", not " + call.args().size());
    }
}
