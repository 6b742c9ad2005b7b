package causal.recommend;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A recommender as scripts name it ({@code als(factors = 32)}, {@code hybrid(a, b, alpha = 0.7)}): its keyword,
 * what it does, its options with defaults, how many recommenders it builds on, and whether it needs item texts.
 * The checker validates against it, the runtime calls {@link #create}.
 */
public final class RecommenderSpec {
    private final String keyword;
    private final String description;
    private final List<RecommenderOption> options;
    private final int bases;
    private final boolean needsItemTexts;
    private final BiFunction<RecommenderSettings, RecommenderArguments, Recommender> factory;

    RecommenderSpec(String keyword, String description, List<RecommenderOption> options, int bases,
            boolean needsItemTexts, BiFunction<RecommenderSettings, RecommenderArguments, Recommender> factory) {
        this.keyword = keyword;
        this.description = description;
        this.options = List.copyOf(options);
        this.bases = bases;
        this.needsItemTexts = needsItemTexts;
        this.factory = factory;
    }

    public String keyword() {
        return keyword;
    }

    public String description() {
        return description;
    }

    public List<RecommenderOption> options() {
        return options;
    }

    /** How many recommenders it takes as arguments: 2 for hybrid, 1 for mmr, else 0. */
    public int bases() {
        return bases;
    }

    /** True if it needs the items' text ({@code content}). */
    public boolean needsItemTexts() {
        return needsItemTexts;
    }

    /**
     * The recommender configured with {@code arguments} (options left out take their defaults).
     *
     * @throws RecommenderOptionException naming the option, for an option it does not take or a bad value
     * @throws RecommenderException for the wrong number of base recommenders or missing item texts
     */
    public Recommender create(RecommenderArguments arguments) {
        for (String name : arguments.options().keySet()) {
            if (options.stream().noneMatch(o -> o.name().equals(name))) {
                String known = options.stream().map(RecommenderOption::name).collect(Collectors.joining(", "));
                throw new RecommenderOptionException(name, keyword + " has no option " + name
                        + (known.isEmpty() ? "; it takes none" : "; it takes " + known));
            }
        }
        if (arguments.bases().size() != bases) {
            throw new RecommenderException(keyword + " takes " + (bases == 0 ? "no recommenders"
                    : bases == 1 ? "one recommender to re-rank, as " + keyword + "(mf)"
                            : bases + " recommenders to blend, as " + keyword + "(mf, knn)")
                    + ", not " + arguments.bases().size());
        }
        if (needsItemTexts && arguments.itemTexts().isEmpty()) {
            throw new RecommenderException(keyword + " needs the items' text columns");
        }
        return factory.apply(new RecommenderSettings(keyword, arguments.options()), arguments);
    }
}
