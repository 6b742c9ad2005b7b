package causal.bandit;

import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A policy as the language sees it: its keyword, what it does, its options with defaults, and how to build its
 * {@link PolicyTemplate} from a script's option values. The checker validates option names against
 * {@link #options()}, the LSP completes from them, the runtime calls {@link #create}.
 */
public final class PolicySpec {
    private final String keyword;
    private final String description;
    private final List<BanditOption> options;
    private final boolean readsContext;
    private final BiFunction<OptionValues, List<String>, PolicyTemplate> factory;

    PolicySpec(String keyword, String description, List<BanditOption> options, boolean readsContext,
            BiFunction<OptionValues, List<String>, PolicyTemplate> factory) {
        this.keyword = keyword;
        this.description = description;
        this.options = List.copyOf(options);
        this.readsContext = readsContext;
        this.factory = factory;
    }

    public String keyword() {
        return keyword;
    }

    public String description() {
        return description;
    }

    public List<BanditOption> options() {
        return options;
    }

    /** True when the policy reads context columns, named by its {@code features = {…}} option. */
    public boolean readsContext() {
        return readsContext;
    }

    /**
     * The policy configured with {@code values} (options left out take their defaults) reading the context columns
     * {@code features}. The interpreter resolves a script's {@code features = {a, b}} to the column names and passes
     * them here, not in {@code values}.
     *
     * @throws BanditException naming the option, for an option this policy does not take or a bad value, or
     *     features given to a policy that reads no context
     */
    public PolicyTemplate create(Map<String, OptionValue> values, List<String> features) {
        if (values.containsKey("features")) {
            throw BanditException.option("features", keyword + "'s features are passed as the list of context "
                    + "columns, not as an option value");
        }
        if (!readsContext && !features.isEmpty()) {
            throw BanditException.option("features", keyword + " does not read context features; use linucb for "
                    + "a policy that does");
        }
        List<BanditOption> valueOptions = options.stream().filter(o -> !o.name().equals("features")).toList();
        return factory.apply(new OptionValues(keyword, values, valueOptions), List.copyOf(features));
    }

    /** The policy with every option at its default and no context features. */
    public PolicyTemplate create() {
        return create(Map.of(), List.of());
    }
}
