package causal.learn;

import causal.progress.Progress;
import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Gradient boosting with squared loss (Friedman 2001, "Greedy function approximation: a gradient boosting machine",
 * Ann. Statist. 29(5), algorithm LS_Boost): starting from the mean, each of {@code trees} regression trees of depth
 * at most {@code depth} is fitted to the current residuals and added times the learning rate. With
 * {@code subsample < 1} each tree sees a random share of the rows drawn without replacement (stochastic gradient
 * boosting, Friedman 2002). The defaults are scikit-learn's {@code GradientBoostingRegressor}'s (100 trees, depth 3,
 * learning rate 0.1, leaves of one row, no subsampling), and so are the algorithm and the midpoint thresholds;
 * the two agree in accuracy, not bit for bit, since ties between equally good splits are broken differently.
 *
 * <p>Tree {@code m}'s subsample draws only from {@code new RandomSource(seed).stream(m)}: the model is the same for a
 * seed on every machine.
 */
public final class GradientBoosting implements Learner {

    /** The boosting settings; {@code learningRate} and {@code subsample} are shares in {@code (0, 1]}. */
    public record Options(int trees, int maxDepth, double learningRate, int minLeaf, double subsample, long seed) {
        public static final Options DEFAULTS = new Options(100, 3, 0.1, 1, 1.0, 0);

        /** @throws LearnerOptionException naming the option that is out of range */
        public Options {
            Checks.atLeast(trees, 1, "trees");
            Checks.atLeast(maxDepth, 1, "depth");
            Checks.fraction(learningRate, "learning_rate");
            Checks.atLeast(minLeaf, 1, "min_leaf");
            Checks.fraction(subsample, "subsample");
        }

        public Options withTrees(int t) {
            return new Options(t, maxDepth, learningRate, minLeaf, subsample, seed);
        }

        public Options withMaxDepth(int d) {
            return new Options(trees, d, learningRate, minLeaf, subsample, seed);
        }

        public Options withLearningRate(double r) {
            return new Options(trees, maxDepth, r, minLeaf, subsample, seed);
        }

        public Options withMinLeaf(int m) {
            return new Options(trees, maxDepth, learningRate, m, subsample, seed);
        }

        public Options withSubsample(double s) {
            return new Options(trees, maxDepth, learningRate, minLeaf, s, seed);
        }

        public Options withSeed(long s) {
            return new Options(trees, maxDepth, learningRate, minLeaf, subsample, s);
        }
    }

    /** The loss being boosted: what the first fit, the gradient and the leaf values are. */
    enum Loss { SQUARED, LOG }

    private final Options options;

    public GradientBoosting(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    @Override
    public FittedModel fit(double[][] features, double[] target) {
        Checks.trainingSet(features, target);
        return boost(features, target, options, Loss.SQUARED, StandardizedMoments.mean(target));
    }

    /**
     * Fits {@code options.trees()} trees one after another to the negative gradient of {@code loss} at the current
     * fit, starting from {@code base}. For log loss the fit is in log-odds and a leaf takes the Newton step
     * {@code Σ (y - p) / Σ p(1 - p)} (Friedman 2001, algorithm L2_TreeBoost). Not modified: x, y.
     */
    static TreeEnsemble boost(double[][] x, double[] y, Options options, Loss loss, double base) {
        int n = y.length;
        SortedFeatures sorted = SortedFeatures.of(x);
        RandomSource root = new RandomSource(options.seed());
        TreeShape shape = new TreeShape(x.length, options.minLeaf(), options.maxDepth());
        double[] fit = new double[n];
        java.util.Arrays.fill(fit, base);
        double[] gradient = new double[n];
        double[] hessian = loss == Loss.LOG ? new double[n] : null;
        double[] weight = new double[n];
        int[] shuffled = new int[n];
        for (int i = 0; i < n; i++) {
            shuffled[i] = i;
        }
        List<RegressionTree> trees = new ArrayList<>();
        try (Progress.Task progress = Progress.start("gradient boosting", options.trees(), "trees")) {
            for (int m = 0; m < options.trees(); m++) {
                progress.step();
                RandomSource random = root.stream(m);
                negativeGradient(loss, y, fit, gradient, hessian);
                SortedRows rows = subsample(x, options.subsample(), random, shuffled, weight, sorted);
                RegressionTree tree = new TreeGrower(gradient, hessian, weight, rows, shape, random).grow();
                trees.add(tree);
                for (int i = 0; i < n; i++) {
                    fit[i] += options.learningRate() * tree.predict(x, i);
                }
            }
        }
        return new TreeEnsemble(base, options.learningRate(), trees, x.length);
    }

    private static void negativeGradient(Loss loss, double[] y, double[] fit, double[] gradient, double[] hessian) {
        for (int i = 0; i < y.length; i++) {
            if (loss == Loss.SQUARED) {
                gradient[i] = y[i] - fit[i];
            } else {
                double p = 1 / (1 + Math.exp(-fit[i]));
                gradient[i] = y[i] - p;
                hessian[i] = p * (1 - p);
            }
        }
    }

    /**
     * Sets {@code weight} to 1 for the rows this tree sees and 0 for the others, and returns their sorted orders:
     * all rows, or {@code max(1, floor(share · n))} drawn without replacement by a partial Fisher-Yates shuffle of
     * {@code shuffled} (scikit-learn's subsample size). Modifies weight and shuffled.
     */
    private static SortedRows subsample(double[][] x, double share, RandomSource random, int[] shuffled,
            double[] weight, SortedFeatures sorted) {
        int n = weight.length;
        if (share >= 1) {
            java.util.Arrays.fill(weight, 1.0);
            return sorted.restrictedTo(x, weight);
        }
        int kept = Math.max(1, (int) Math.floor(share * n));
        java.util.Arrays.fill(weight, 0.0);
        for (int k = 0; k < kept; k++) {
            int pick = k + random.nextInt(n - k);
            int t = shuffled[k];
            shuffled[k] = shuffled[pick];
            shuffled[pick] = t;
            weight[shuffled[k]] = 1.0;
        }
        return sorted.restrictedTo(x, weight);
    }
}
