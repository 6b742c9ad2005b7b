package causal.estimate;

import causal.options.OptionSpec;
import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An estimator as the language sees it: its keyword, what it estimates, its options with defaults, and how to
 * build it from option values. The checker validates scripts against it, the LSP completes from it, the runtime
 * calls {@link #create}. {@code design} is the kind of design it estimates from (observational estimators adjust
 * for a set from the graph; the others read a declared design).
 */
public record EstimatorSpec(String keyword, String title, String description, Set<Estimand> estimands,
        boolean needsBinaryTreatment, List<OptionSpec> options, Function<Map<String, OptionValue>, Estimator> factory,
        Design.Kind design) {

    public EstimatorSpec {
        estimands = Set.copyOf(estimands);
        options = List.copyOf(options);
    }

    /** An estimator for observational data. */
    public EstimatorSpec(String keyword, String title, String description, Set<Estimand> estimands,
            boolean needsBinaryTreatment, List<OptionSpec> options,
            Function<Map<String, OptionValue>, Estimator> factory) {
        this(keyword, title, description, estimands, needsBinaryTreatment, options, factory, Design.Kind.OBSERVATIONAL);
    }

    /**
     * The estimator configured with {@code values} (options left out take their defaults).
     *
     * Every estimator takes {@code se = bootstrap(runs = N, seed = S)}, which bootstraps its standard error.
     *
     * @throws OptionException naming the option, for an option this estimator does not take or a bad value
     */
    public Estimator create(Map<String, OptionValue> values) {
        // se = bootstrap(…) works for every estimator: strip it, build the estimator, bootstrap its estimates.
        if (values.get("se") instanceof OptionValue.Call c && c.function().equals("bootstrap")) {
            Map<String, OptionValue> rest = new java.util.LinkedHashMap<>(values);
            rest.remove("se");
            return BootstrapStandardError.wrap(create(rest), c);
        }
        for (String name : values.keySet()) {
            if (options.stream().noneMatch(o -> o.name().equals(name))) {
                String known = options.stream().map(OptionSpec::name).collect(Collectors.joining(", "));
                throw new OptionException(name, keyword + " has no option " + name
                        + (known.isEmpty() ? "; it takes none" : "; it takes " + known));
            }
        }
        return factory.apply(values);
    }

    public boolean supports(Estimand estimand) {
        return estimands.contains(estimand);
    }
}
