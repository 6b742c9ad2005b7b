package causal.runtime.expr;

import causal.analysis.Builtins;
import causal.random.Distribution;
import causal.syntax.Span;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Map.entry;

/**
 * The functions expressions may call (LANGUAGE.md §4) and how each becomes a node; distributions come from the
 * stdlib's registry ({@link Distribution#all()}). The checker validates calls with the same table.
 */
public final class Functions {
    private Functions() {
    }

    /** Builds a call's node from its (already checked) argument nodes. */
    @FunctionalInterface
    interface CallBuilder {
        ExpressionNode build(List<ExpressionNode> arguments, Span span);
    }

    /** How many arguments a function takes ({@code maxArguments} is {@link Integer#MAX_VALUE} when variadic). */
    record Signature(int minArguments, int maxArguments, CallBuilder builder) {
        boolean accepts(int count) {
            return count >= minArguments && count <= maxArguments;
        }

        /** e.g. "1 argument", "1 or 2 arguments", "at least 1 argument". */
        String arity() {
            String noun = maxArguments == 1 ? " argument" : " arguments";
            if (minArguments == maxArguments) {
                return minArguments + noun;
            }
            if (maxArguments == Integer.MAX_VALUE) {
                return "at least " + minArguments + (minArguments == 1 ? " argument" : " arguments");
            }
            return minArguments + " or " + maxArguments + noun;
        }
    }

    /** How each function of {@link Builtins} (which holds the names and arities) becomes a node. */
    private static final Map<String, CallBuilder> BUILDERS = Map.ofEntries(
            entry("log", oneArgument(MathFunction.LOG)),
            entry("exp", oneArgument(MathFunction.EXP)),
            entry("sqrt", oneArgument(MathFunction.SQRT)),
            entry("abs", oneArgument(MathFunction.ABS)),
            entry("logistic", oneArgument(MathFunction.LOGISTIC)),
            entry("floor", oneArgument(MathFunction.FLOOR)),
            entry("ceil", oneArgument(MathFunction.CEIL)),
            entry("pow", (args, span) ->
                    ArithmeticNode.create(ArithmeticOperator.POWER, args.get(0), args.get(1), span)),
            entry("min", (args, span) -> fold(ArithmeticOperator.MINIMUM, args, span)),
            entry("max", (args, span) -> fold(ArithmeticOperator.MAXIMUM, args, span)),
            entry("round", (args, span) -> ArithmeticNode.create(ArithmeticOperator.ROUND,
                    args.get(0), args.size() == 2 ? args.get(1) : ConstantNode.create(0.0, span), span)),
            entry("if", (args, span) -> IfNode.create(args.get(0), args.get(1), args.get(2), span)));

    public static boolean isFunction(String name) {
        return Builtins.function(name).isPresent();
    }

    public static boolean isDistribution(String name) {
        return Distribution.byName(name).isPresent();
    }

    /** Every name a call may use, functions and distributions, sorted. */
    public static Set<String> names() {
        return Builtins.names();
    }

    static Optional<Signature> function(String name) {
        return Builtins.function(name).map(a -> new Signature(a.min(), a.max(), BUILDERS.get(name)));
    }

    private static CallBuilder oneArgument(MathFunction function) {
        return (args, span) -> MathFunctionNode.create(function, args.get(0), span);
    }

    /**
     * {@code min(a, b)} as {@code min(min(+∞, a), b)}: starting from the operator's identity makes even a single
     * argument go through the numeric type check.
     */
    private static ExpressionNode fold(ArithmeticOperator operator, List<ExpressionNode> args, Span span) {
        double identity = operator == ArithmeticOperator.MINIMUM ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        ExpressionNode result = ConstantNode.create(identity, span);
        for (int i = 0; i < args.size(); i++) {
            result = ArithmeticNode.create(operator, result, args.get(i), span);
        }
        return result;
    }
}
