package causal.learn;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The registry of learners by script keyword, so an estimator can take {@code outcome = forest(trees = 500)} or
 * {@code treatment = logistic}: one explicit table, read by the checker, the LSP and the runtime.
 *
 * <p>The penalties have fixed defaults, not cross-validated ones: {@code lambda = 0.1} for ridge and {@code 0.01}
 * for the lasso, both on standardized features.
 */
public final class Learners {
    private static final LearnerOption LAMBDA_RIDGE = new LearnerOption("lambda", "number",
            Double.toString(RidgeRegression.DEFAULT_LAMBDA),
            "the penalty λ of (λ/2)‖b‖² on standardized coefficients, as glmnet's lambda with alpha = 0");
    private static final LearnerOption LAMBDA_LASSO = new LearnerOption("lambda", "number",
            Double.toString(LassoRegression.DEFAULT_LAMBDA),
            "the penalty λ of λ‖b‖₁ on standardized coefficients, as glmnet's lambda with alpha = 1");
    private static final LearnerOption LAMBDA_LOGISTIC = new LearnerOption("lambda", "number", "0",
            "an L2 penalty (λ/2)‖b‖² on standardized coefficients; 0 fits by maximum likelihood as glm");
    private static final LearnerOption SEED = new LearnerOption("seed", "integer", "0",
            "the seed of the random draws: the same seed gives the same model");

    private static final Map<String, LearnerSpec> BY_KEYWORD = Map.ofEntries(
            entry("linear", new LearnerSpec("linear", "ordinary least squares with an intercept, as lm", List.of(),
                    s -> new LeastSquares(), null)),
            entry("ridge", new LearnerSpec("ridge", "ridge regression on standardized features, as glmnet(alpha = 0)",
                    List.of(LAMBDA_RIDGE),
                    s -> new RidgeRegression(s.number("lambda", RidgeRegression.DEFAULT_LAMBDA)), null)),
            entry("lasso", new LearnerSpec("lasso", "the lasso by coordinate descent, as glmnet(alpha = 1)",
                    List.of(LAMBDA_LASSO),
                    s -> new LassoRegression(s.number("lambda", LassoRegression.DEFAULT_LAMBDA)), null)),
            entry("logistic", new LearnerSpec("logistic", "logistic regression, as glm(family = binomial)",
                    List.of(LAMBDA_LOGISTIC), null, s -> new LogisticClassifier(s.number("lambda", 0)))),
            entry("forest", new LearnerSpec("forest", "a random forest, as randomForest", forestOptions(),
                    s -> new RandomForest(forest(s, RandomForest.Options.REGRESSION)),
                    s -> new RandomForestClassifier(forest(s, RandomForest.Options.CLASSIFICATION)))),
            entry("gbm", new LearnerSpec("gbm", "gradient boosting of shallow trees, as scikit-learn's",
                    boostingOptions(), s -> new GradientBoosting(boosting(s)),
                    s -> new GradientBoostingClassifier(boosting(s)))));

    private Learners() {
    }

    public static Optional<LearnerSpec> find(String keyword) {
        return Optional.ofNullable(BY_KEYWORD.get(keyword));
    }

    /** Every learner, sorted by keyword. */
    public static List<LearnerSpec> all() {
        return BY_KEYWORD.keySet().stream().sorted().map(BY_KEYWORD::get).toList();
    }

    /**
     * The regression learner {@code keyword} configured with {@code options}.
     *
     * @throws LearnerException for an unknown keyword or a classifier-only learner
     * @throws LearnerOptionException naming the option, for an unknown option or a bad value
     */
    public static Learner regressor(String keyword, Map<String, Double> options) {
        return spec(keyword).regressor(options);
    }

    /**
     * The classifier {@code keyword} configured with {@code options}.
     *
     * @throws LearnerException for an unknown keyword or a learner that cannot predict a probability
     * @throws LearnerOptionException naming the option, for an unknown option or a bad value
     */
    public static Classifier classifier(String keyword, Map<String, Double> options) {
        return spec(keyword).classifier(options);
    }

    private static LearnerSpec spec(String keyword) {
        return find(keyword).orElseThrow(() -> new LearnerException("there is no learner " + keyword
                + "; the learners are " + String.join(", ", BY_KEYWORD.keySet().stream().sorted().toList())));
    }

    private static List<LearnerOption> forestOptions() {
        return List.of(
                new LearnerOption("trees", "integer", "100", "the number of trees"),
                new LearnerOption("mtry", "integer", "p/3 (regression), √p (classification)",
                        "the features tried at each split"),
                new LearnerOption("min_leaf", "integer", "5 (regression), 1 (classification)",
                        "the fewest rows of the bootstrap sample in a leaf, as randomForest's nodesize"),
                new LearnerOption("depth", "integer", "none", "the greatest depth of a tree"),
                SEED);
    }

    private static RandomForest.Options forest(LearnerSettings s, RandomForest.Options defaults) {
        OptionalInt depth = s.optionalInteger("depth");
        OptionalInt mtry = s.optionalInteger("mtry");
        return new RandomForest.Options(s.integer("trees", defaults.trees()), mtry.isPresent() ? mtry : defaults.mtry(),
                s.integer("min_leaf", defaults.minLeaf()), depth.isPresent() ? depth : defaults.maxDepth(),
                s.seed("seed", defaults.seed()));
    }

    private static List<LearnerOption> boostingOptions() {
        GradientBoosting.Options d = GradientBoosting.Options.DEFAULTS;
        return List.of(
                new LearnerOption("trees", "integer", Integer.toString(d.trees()), "the number of boosting rounds"),
                new LearnerOption("depth", "integer", Integer.toString(d.maxDepth()), "the greatest depth of a tree"),
                new LearnerOption("learning_rate", "number", Double.toString(d.learningRate()),
                        "the shrinkage of each tree's contribution, in (0, 1]"),
                new LearnerOption("min_leaf", "integer", Integer.toString(d.minLeaf()), "the fewest rows in a leaf"),
                new LearnerOption("subsample", "number", "1", "the share of rows each tree sees, in (0, 1]"),
                SEED);
    }

    private static GradientBoosting.Options boosting(LearnerSettings s) {
        GradientBoosting.Options d = GradientBoosting.Options.DEFAULTS;
        return new GradientBoosting.Options(s.integer("trees", d.trees()), s.integer("depth", d.maxDepth()),
                s.number("learning_rate", d.learningRate()), s.integer("min_leaf", d.minLeaf()),
                s.number("subsample", d.subsample()), s.seed("seed", d.seed()));
    }
}
