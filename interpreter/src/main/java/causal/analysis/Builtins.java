package causal.analysis;

import causal.random.Distribution;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The functions expressions may call (LANGUAGE.md §4) with their arity, and the distributions (whose registry is
 * the stdlib's). One table for the checker, the runtime and the editor.
 */
public final class Builtins {
    private Builtins() {
    }

    /** Arity bounds of a function; {@code max} is {@link Integer#MAX_VALUE} for variadic ones. */
    public record Arity(int min, int max) {
        public boolean accepts(int n) {
            return n >= min && n <= max;
        }

        @Override
        public String toString() {
            if (min == max) {
                return min + (min == 1 ? " argument" : " arguments");
            }
            return max == Integer.MAX_VALUE ? "at least " + min + " arguments" : min + " to " + max + " arguments";
        }
    }

    private static final Map<String, Arity> FUNCTIONS = Map.ofEntries(
            Map.entry("log", new Arity(1, 1)), Map.entry("exp", new Arity(1, 1)), Map.entry("sqrt", new Arity(1, 1)),
            Map.entry("abs", new Arity(1, 1)), Map.entry("pow", new Arity(2, 2)),
            Map.entry("logistic", new Arity(1, 1)), Map.entry("min", new Arity(1, Integer.MAX_VALUE)),
            Map.entry("max", new Arity(1, Integer.MAX_VALUE)), Map.entry("round", new Arity(1, 2)),
            Map.entry("floor", new Arity(1, 1)), Map.entry("ceil", new Arity(1, 1)), Map.entry("if", new Arity(3, 3)));

    public static Optional<Arity> function(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name));
    }

    public static boolean isDistribution(String name) {
        return Distribution.byName(name).isPresent();
    }

    public static Optional<Arity> distribution(String name) {
        return Distribution.byName(name).map(d -> new Arity(d.parameterCount(), d.parameterCount()));
    }

    /** Every callable name, sorted: functions and distributions. */
    public static Set<String> names() {
        Set<String> all = new TreeSet<>(FUNCTIONS.keySet());
        for (Distribution d : Distribution.all()) {
            all.add(d.name());
        }
        return all;
    }
}
