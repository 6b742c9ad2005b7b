package causal.uplift;

import causal.options.OptionSpec;
import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An uplift learner as scripts name it ({@code xlearner(learner = gbm)}): its keyword, a title and description for
 * the docs, its options with defaults, and how to build it. The checker validates option names against
 * {@link #options()}, the LSP completes from them, the runtime calls {@link #create}.
 */
public final class UpliftLearnerSpec {
    private final String keyword;
    private final String title;
    private final String description;
    private final List<OptionSpec> options;
    private final Function<UpliftSettings, UpliftLearner> factory;

    UpliftLearnerSpec(String keyword, String title, String description, List<OptionSpec> options,
            Function<UpliftSettings, UpliftLearner> factory) {
        this.keyword = keyword;
        this.title = title;
        this.description = description;
        this.options = List.copyOf(options);
        this.factory = factory;
    }

    public String keyword() {
        return keyword;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<OptionSpec> options() {
        return options;
    }

    /**
     * The learner configured with {@code values} (options left out take their defaults).
     *
     * @throws UpliftOptionException naming the option, for an option this learner does not take or a bad value
     */
    public UpliftLearner create(Map<String, OptionValue> values) {
        for (String name : values.keySet()) {
            if (options.stream().noneMatch(o -> o.name().equals(name))) {
                String known = options.stream().map(OptionSpec::name).collect(Collectors.joining(", "));
                throw new UpliftOptionException(name, keyword + " has no option " + name + "; it takes " + known);
            }
        }
        return factory.apply(new UpliftSettings(keyword, values));
    }
}
