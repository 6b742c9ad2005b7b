package causal.learn;

import causal.random.RandomSource;
import java.util.List;
import java.util.OptionalInt;
import causal.progress.Progress;
import java.util.stream.IntStream;

/**
 * A regression random forest (Breiman 2001, "Random forests", Machine Learning 45): each tree is grown on a
 * bootstrap sample of the rows ({@code n} draws with replacement), trying {@code mtry} random features per split,
 * down to leaves of at least {@code min_leaf} drawn rows; the forest predicts the mean of its trees. The defaults
 * are R's randomForest's ({@code mtry = max(1, floor(p/3))}, {@code nodesize = 5}), except 100 trees, as
 * scikit-learn's {@code RandomForestRegressor}; predictions agree with either in accuracy, not bit for bit.
 *
 * <p>Tree {@code t} draws only from {@code new RandomSource(seed).stream(t)}, and trees are grown in parallel, so the
 * forest is the same for a seed whatever the thread count.
 */
public final class RandomForest implements Learner {

    /**
     * The forest's settings. An empty {@code mtry} takes the default for the task (p/3 for regression, √p for
     * classification; at most p), an empty {@code maxDepth} lets trees grow until {@code minLeaf} stops them.
     */
    public record Options(int trees, OptionalInt mtry, int minLeaf, OptionalInt maxDepth, long seed) {
        /** randomForest's regression defaults (nodesize 5) with 100 trees. */
        public static final Options REGRESSION = new Options(100, OptionalInt.empty(), 5, OptionalInt.empty(), 0);
        /** randomForest's classification defaults (nodesize 1) with 100 trees. */
        public static final Options CLASSIFICATION = new Options(100, OptionalInt.empty(), 1, OptionalInt.empty(), 0);

        /** @throws LearnerOptionException naming the option for a count below 1 */
        public Options {
            Checks.atLeast(trees, 1, "trees");
            mtry.ifPresent(m -> Checks.atLeast(m, 1, "mtry"));
            Checks.atLeast(minLeaf, 1, "min_leaf");
            maxDepth.ifPresent(d -> Checks.atLeast(d, 1, "depth"));
        }

        public Options withTrees(int t) {
            return new Options(t, mtry, minLeaf, maxDepth, seed);
        }

        public Options withMtry(int m) {
            return new Options(trees, OptionalInt.of(m), minLeaf, maxDepth, seed);
        }

        public Options withMinLeaf(int m) {
            return new Options(trees, mtry, m, maxDepth, seed);
        }

        public Options withMaxDepth(int d) {
            return new Options(trees, mtry, minLeaf, OptionalInt.of(d), seed);
        }

        public Options withSeed(long s) {
            return new Options(trees, mtry, minLeaf, maxDepth, s);
        }

        TreeShape shape(int features, int defaultMtry) {
            return new TreeShape(Math.min(features, mtry.orElse(defaultMtry)), minLeaf,
                    maxDepth.orElse(Integer.MAX_VALUE));
        }
    }

    private final Options options;

    public RandomForest(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    @Override
    public FittedModel fit(double[][] features, double[] target) {
        Checks.trainingSet(features, target);
        // Trees grown on y - ȳ: the forest is then the same for y and y + c, and the sums in the split search
        // keep their precision when the mean is large next to the spread.
        double mean = StandardizedMoments.mean(target);
        double[] centred = new double[target.length];
        for (int i = 0; i < centred.length; i++) {
            centred[i] = target[i] - mean;
        }
        List<RegressionTree> trees = grow(features, centred, options,
                options.shape(features.length, Math.max(1, features.length / 3)));
        return new TreeEnsemble(mean, 1.0 / trees.size(), trees, features.length);
    }

    /** The forest's trees, grown in parallel; tree {@code t} uses random stream {@code t} only. Not modified: x, y. */
    static List<RegressionTree> grow(double[][] x, double[] y, Options options, TreeShape shape) {
        int n = y.length;
        SortedFeatures sorted = SortedFeatures.of(x);
        RandomSource root = new RandomSource(options.seed());
        try (Progress.Task progress = Progress.start("random forest", options.trees(), "trees")) {
            RegressionTree[] trees = IntStream.range(0, options.trees()).parallel().mapToObj(t -> {
                RandomSource random = root.stream(t);
                double[] drawn = new double[n];
                for (int i = 0; i < n; i++) {
                    drawn[random.nextInt(n)] += 1;
                }
                RegressionTree tree = new TreeGrower(y, null, drawn, sorted.restrictedTo(x, drawn), shape, random)
                        .grow();
                progress.step();
                return tree;
            }).toArray(RegressionTree[]::new);
            return List.of(trees);
        }
    }
}
