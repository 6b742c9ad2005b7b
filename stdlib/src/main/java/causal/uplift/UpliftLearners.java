package causal.uplift;

import static java.util.Map.entry;

import causal.options.OptionSpec;
import causal.options.OptionValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of uplift learners by script keyword ({@code estimate CATE … using xlearner(learner = gbm)}): one
 * explicit table, read by the checker, the LSP and the runtime. Learner-valued options take any keyword of
 * {@code causal.learn.Learners}, bare or with its own options: {@code learner = forest(trees = 500)}.
 */
public final class UpliftLearners {
    private static final OptionSpec LEARNER = new OptionSpec("learner", "learner", MetaLearnerDefaults.LEARNER,
            "the regression of the outcome models: linear, ridge, lasso, forest or gbm, with options as "
                    + "forest(trees = 500)");
    private static final OptionSpec EFFECT = new OptionSpec("effect", "learner", "the learner",
            "the regression of the imputed effects or pseudo-outcomes on the features");
    private static final OptionSpec PROPENSITY = new OptionSpec("propensity", "learner",
            MetaLearnerDefaults.PROPENSITY, "the classifier of the treatment: logistic, forest or gbm");
    private static final OptionSpec FOLDS = new OptionSpec("folds", "integer",
            Integer.toString(MetaLearnerDefaults.FOLDS), "the number of cross-fitting folds, at least 2");
    private static final OptionSpec MIN_PROPENSITY = new OptionSpec("min_propensity", "number",
            Double.toString(MetaLearnerDefaults.MIN_PROPENSITY),
            "propensities are clipped to [min_propensity, 1 - min_propensity] before they divide");
    private static final OptionSpec SEED = new OptionSpec("seed", "integer", "0",
            "the seed of the random draws, also passed to every learner given none of its own");

    private static final Map<String, UpliftLearnerSpec> BY_KEYWORD = Map.ofEntries(
            entry(SLearner.KEYWORD, new UpliftLearnerSpec(SLearner.KEYWORD, "S-learner",
                    "one outcome model with the treatment as a feature; the effect is its prediction treated minus "
                            + "untreated (Künzel et al. 2019)",
                    List.of(LEARNER, SEED), UpliftLearners::sLearner)),
            entry(TLearner.KEYWORD, new UpliftLearnerSpec(TLearner.KEYWORD, "T-learner",
                    "an outcome model per arm; the effect is their difference (Künzel et al. 2019)",
                    List.of(LEARNER, SEED), UpliftLearners::tLearner)),
            entry(XLearner.KEYWORD, new UpliftLearnerSpec(XLearner.KEYWORD, "X-learner",
                    "outcome models per arm, effects imputed from the other arm's model and regressed on the "
                            + "features, blended by the propensity score (Künzel et al. 2019)",
                    List.of(LEARNER, EFFECT, PROPENSITY, SEED), UpliftLearners::xLearner)),
            entry(DoublyRobustLearner.KEYWORD, new UpliftLearnerSpec(DoublyRobustLearner.KEYWORD, "DR-learner",
                    "cross-fitted AIPW pseudo-outcomes regressed on the features (Kennedy 2020); the average "
                            + "effect is their mean, with a standard error",
                    List.of(LEARNER, EFFECT, PROPENSITY, FOLDS, MIN_PROPENSITY, SEED),
                    UpliftLearners::doublyRobustLearner)),
            entry(CausalForest.KEYWORD, new UpliftLearnerSpec(CausalForest.KEYWORD, "Causal forest",
                    "honest trees split for effect heterogeneity, with a standard error for every prediction "
                            + "(Wager and Athey 2018; grf)",
                    forestOptions(), UpliftLearners::causalForest)));

    private UpliftLearners() {
    }

    public static Optional<UpliftLearnerSpec> find(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }

    /** Every uplift learner, sorted by keyword. */
    public static List<UpliftLearnerSpec> all() {
        return BY_KEYWORD.keySet().stream().sorted().map(BY_KEYWORD::get).toList();
    }

    /**
     * The learner {@code keyword} configured with {@code options}.
     *
     * @throws UpliftOptionException for an unknown keyword (option {@code using}), an unknown option or a bad value
     */
    public static UpliftLearner create(String keyword, Map<String, OptionValue> options) {
        UpliftLearnerSpec spec = find(keyword).orElseThrow(() -> new UpliftOptionException("using",
                "there is no uplift learner " + keyword + "; the uplift learners are "
                        + String.join(", ", BY_KEYWORD.keySet().stream().sorted().toList())));
        return spec.create(options);
    }

    private static UpliftLearner sLearner(UpliftSettings s) {
        OutcomeLearnerOptions d = OutcomeLearnerOptions.DEFAULTS;
        return new SLearner(new OutcomeLearnerOptions(s.learner("learner", d.learner()), s.seed("seed", d.seed())));
    }

    private static UpliftLearner tLearner(UpliftSettings s) {
        OutcomeLearnerOptions d = OutcomeLearnerOptions.DEFAULTS;
        return new TLearner(new OutcomeLearnerOptions(s.learner("learner", d.learner()), s.seed("seed", d.seed())));
    }

    private static UpliftLearner xLearner(UpliftSettings s) {
        XLearner.Options d = XLearner.Options.DEFAULTS;
        return new XLearner(new XLearner.Options(s.learner("learner", d.learner()), s.optionalLearner("effect"),
                s.learner("propensity", d.propensity()), s.seed("seed", d.seed())));
    }

    private static UpliftLearner doublyRobustLearner(UpliftSettings s) {
        DoublyRobustLearner.Options d = DoublyRobustLearner.Options.DEFAULTS;
        return new DoublyRobustLearner(new DoublyRobustLearner.Options(s.learner("learner", d.learner()),
                s.optionalLearner("effect"), s.learner("propensity", d.propensity()), s.integer("folds", d.folds()),
                s.number("min_propensity", d.minPropensity()), s.seed("seed", d.seed())));
    }

    private static List<OptionSpec> forestOptions() {
        CausalForest.Options d = CausalForest.Options.DEFAULTS;
        return List.of(
                new OptionSpec("trees", "integer", Integer.toString(d.trees()),
                        "the number of trees, rounded up to whole groups of ci_group_size"),
                new OptionSpec("sample_fraction", "number", Double.toString(d.sampleFraction()),
                        "the share of the rows each tree draws, without replacement; at most 0.5"),
                new OptionSpec("mtry", "integer", "min(ceil(sqrt(p) + 20), p)", "the features tried at each split"),
                new OptionSpec("min_leaf", "integer", Integer.toString(d.minLeaf()),
                        "a node of at most this many rows is a leaf, and each child of a split must hold this many "
                                + "rows with the centred treatment below its node's mean and as many above"),
                new OptionSpec("honesty_fraction", "number", Double.toString(d.honestyFraction()),
                        "the share of a tree's rows that choose its splits; the others estimate its leaves"),
                new OptionSpec("alpha", "number", Double.toString(d.alpha()),
                        "each child of a split keeps at least this share of its node's treatment variation"),
                new OptionSpec("ci_group_size", "integer", Integer.toString(d.ciGroupSize()),
                        "the trees sharing each half-sample, for the bootstrap of little bags; at least 2"),
                new OptionSpec("outcome", "learner", d.outcome().text(),
                        "the regression of the outcome on the features that centres it"),
                new OptionSpec("propensity", "learner", d.propensity().text(),
                        "the classifier of the treatment that centres it"),
                FOLDS, MIN_PROPENSITY, SEED);
    }

    private static UpliftLearner causalForest(UpliftSettings s) {
        CausalForest.Options d = CausalForest.Options.DEFAULTS;
        return new CausalForest(new CausalForest.Options(s.integer("trees", d.trees()),
                s.number("sample_fraction", d.sampleFraction()), s.optionalInteger("mtry"), s.integer("min_leaf", d.minLeaf()),
                s.number("honesty_fraction", d.honestyFraction()), s.number("alpha", d.alpha()),
                s.integer("ci_group_size", d.ciGroupSize()), s.learner("outcome", d.outcome()),
                s.learner("propensity", d.propensity()), s.integer("folds", d.folds()),
                s.number("min_propensity", d.minPropensity()), s.seed("seed", d.seed())));
    }
}
