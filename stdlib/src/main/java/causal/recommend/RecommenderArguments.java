package causal.recommend;

import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a script gives a recommender besides its keyword: the recommenders it builds on ({@code hybrid(a, b)},
 * {@code mmr(a)}), the item texts ({@code content}), and the named options.
 */
public record RecommenderArguments(List<Recommender> bases, Optional<ItemTexts> itemTexts,
        Map<String, OptionValue> options) {

    public RecommenderArguments {
        bases = List.copyOf(bases);
        options = Map.copyOf(options);
    }

    /** Only named options: {@code als(factors = 32)}. */
    public static RecommenderArguments of(Map<String, OptionValue> options) {
        return new RecommenderArguments(List.of(), Optional.empty(), options);
    }
}
