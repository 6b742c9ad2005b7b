package causal.random;

import java.util.List;
import java.util.Optional;

/**
 * A probability distribution that draws many values at once, with R's parameterisations ({@code rnorm(n, mean,
 * sd)}, {@code rgamma(n, shape, rate)}, …). Every draw uses {@link RandomSource} and {@link StrictMath}, so a seed
 * gives bit-identical values on every machine.
 *
 * <p>Parameters are columns: {@code params[k]} holds the k-th parameter either once (length 1: the same value for
 * every row) or once per row (length {@code out.length}). {@link Categorical} is the exception: its one script
 * parameter is a list, so it takes one column per category instead.
 */
public sealed interface Distribution
        permits Normal, Uniform, Bernoulli, Binomial, Poisson, Exponential, Beta, Gamma, Categorical {

    /** The name a script calls it by, e.g. {@code normal}. */
    String name();

    /** The parameters' names in order, e.g. {@code [mean, sd]}. */
    List<String> parameterNames();

    /** How many arguments a script passes. */
    default int parameterCount() {
        return parameterNames().size();
    }

    /** The call as a user writes it, e.g. {@code normal(mean, sd)}. */
    default String signature() {
        return name() + "(" + String.join(", ", parameterNames()) + ")";
    }

    /**
     * Fills {@code out} with one draw per row. Throws {@link IllegalArgumentException} naming the parameter, its
     * value and the 0-based row when a parameter is out of range. {@code rng} and {@code out} are modified;
     * {@code params} is not.
     */
    void sample(RandomSource rng, double[][] params, double[] out);

    /** Every distribution, in the order LANGUAGE.md §4 lists them. This list is the registry. */
    static List<Distribution> all() {
        return List.of(new Normal(), new Uniform(), new Bernoulli(), new Binomial(), new Poisson(), new Exponential(),
                new Beta(), new Gamma(), new Categorical());
    }

    static Optional<Distribution> byName(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
