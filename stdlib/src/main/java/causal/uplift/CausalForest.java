package causal.uplift;

import causal.learn.Classifier;
import causal.learn.Learner;
import causal.random.RandomSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The causal forest of generalized random forests (Wager and Athey 2018, "Estimation and inference of heterogeneous
 * treatment effects using random forests", JASA 113; Athey, Tibshirani and Wager 2019, "Generalized random forests",
 * Ann. Statist. 47(2)), as grf's {@code causal_forest}:
 * <ol>
 *   <li>the outcome and the treatment are centred by cross-fitted nuisance models, {@code ỹ = y - m̂(x)} and
 *       {@code w̃ = t - ê(x)} (grf uses out-of-bag regression forests; here any learner, {@code folds}-fold
 *       cross-fitted);</li>
 *   <li>trees come in groups of {@code ci_group_size} that share a half-sample of the rows; each tree draws
 *       {@code sample_fraction · n} rows of its group's half without replacement and splits them at random:
 *       {@code honesty_fraction} of them choose the splits ({@link CausalTreeGrower}: grf's gradient-based
 *       criterion), the others fill the leaves (honesty);</li>
 *   <li>a row's effect is the forest-weighted local fit of {@code ỹ} on {@code w̃}, with a standard error by the
 *       bootstrap of little bags ({@link FittedCausalForest}).</li>
 * </ol>
 * The average effect is grf's {@code average_treatment_effect} (AIPW): the mean of
 * {@code τ̂₋ᵢ + (t - ê)/(ê(1 - ê)) · (y - m̂ - (t - ê) τ̂₋ᵢ)} over the training rows, with {@code τ̂₋ᵢ} the
 * out-of-bag effect of row {@code i} and {@code ê} clipped to {@code [min_propensity, 1 - min_propensity]}; its
 * standard error is the scores' {@code sd/√n}.
 *
 * <p>Group {@code g} draws from {@code new RandomSource(seed).stream(2).stream(g)} only, and groups are grown in
 * parallel: the forest is the same for a seed whatever the thread count.
 */
public final class CausalForest implements UpliftLearner {
    static final String KEYWORD = "causal_forest";
    /** Streams 0 and 1 of the seed shuffle the folds' arms; the trees draw from stream 2. */
    private static final long TREE_STREAM = 2;

    /**
     * The forest's settings, with grf's defaults except for the nuisance models (random forests of
     * {@code causal.learn}, cross-fitted). An empty {@code mtry} is grf's {@code min(⌈√p + 20⌉, p)}. The propensity
     * forest keeps leaves of 5 rows, as grf's {@code W.hat} forest: the classification default of single-row leaves
     * gives probabilities so noisy that they bias the AIPW average effect (by 4 standard errors in a simulation of
     * 10,000 rows).
     */
    public record Options(int trees, double sampleFraction, OptionalInt mtry, int minLeaf, double honestyFraction,
            double alpha, int ciGroupSize, LearnerChoice outcome, LearnerChoice propensity, int folds,
            double minPropensity, long seed) {
        public static final Options DEFAULTS = new Options(2000, 0.5, OptionalInt.empty(), 5, 0.5, 0.05, 2,
                LearnerChoice.of("forest"), new LearnerChoice("forest", Map.of("min_leaf", 5.0)),
                MetaLearnerDefaults.FOLDS, MetaLearnerDefaults.MIN_PROPENSITY, 0);

        /** @throws UpliftOptionException naming the option that is out of range or names a wrong learner */
        public Options {
            Checks.atLeast(trees, 1, "trees");
            // As grf: a group's trees draw from a half-sample, so a tree can take at most half the rows.
            Checks.share(sampleFraction, 0, 0.5, true, "sample_fraction");
            mtry.ifPresent(m -> Checks.atLeast(m, 1, "mtry"));
            Checks.atLeast(minLeaf, 1, "min_leaf");
            Checks.share(honestyFraction, 0, 1, false, "honesty_fraction");
            if (!(alpha >= 0 && alpha < 0.25)) {
                throw new UpliftOptionException("alpha", "alpha must be at least 0 and below 0.25, not " + alpha);
            }
            Checks.atLeast(ciGroupSize, 2, "ci_group_size");
            outcome.regressor(seed, "outcome");
            propensity.classifier(seed, "propensity");
            Checks.atLeast(folds, 2, "folds");
            Checks.propensityBound(minPropensity, "min_propensity");
        }

        public Options withTrees(int t) {
            return new Options(t, sampleFraction, mtry, minLeaf, honestyFraction, alpha, ciGroupSize, outcome,
                    propensity, folds, minPropensity, seed);
        }

        public Options withSampleFraction(double f) {
            return new Options(trees, f, mtry, minLeaf, honestyFraction, alpha, ciGroupSize, outcome, propensity,
                    folds, minPropensity, seed);
        }

        public Options withMtry(int m) {
            return new Options(trees, sampleFraction, OptionalInt.of(m), minLeaf, honestyFraction, alpha,
                    ciGroupSize, outcome, propensity, folds, minPropensity, seed);
        }

        public Options withMinLeaf(int m) {
            return new Options(trees, sampleFraction, mtry, m, honestyFraction, alpha, ciGroupSize, outcome,
                    propensity, folds, minPropensity, seed);
        }

        public Options withHonestyFraction(double f) {
            return new Options(trees, sampleFraction, mtry, minLeaf, f, alpha, ciGroupSize, outcome, propensity,
                    folds, minPropensity, seed);
        }

        public Options withAlpha(double a) {
            return new Options(trees, sampleFraction, mtry, minLeaf, honestyFraction, a, ciGroupSize, outcome,
                    propensity, folds, minPropensity, seed);
        }

        public Options withCiGroupSize(int g) {
            return new Options(trees, sampleFraction, mtry, minLeaf, honestyFraction, alpha, g, outcome, propensity,
                    folds, minPropensity, seed);
        }

        public Options withOutcome(LearnerChoice o) {
            return new Options(trees, sampleFraction, mtry, minLeaf, honestyFraction, alpha, ciGroupSize, o,
                    propensity, folds, minPropensity, seed);
        }

        public Options withPropensity(LearnerChoice p) {
            return new Options(trees, sampleFraction, mtry, minLeaf, honestyFraction, alpha, ciGroupSize, outcome,
                    p, folds, minPropensity, seed);
        }

        public Options withFolds(int k) {
            return new Options(trees, sampleFraction, mtry, minLeaf, honestyFraction, alpha, ciGroupSize, outcome,
                    propensity, k, minPropensity, seed);
        }

        public Options withMinPropensity(double m) {
            return new Options(trees, sampleFraction, mtry, minLeaf, honestyFraction, alpha, ciGroupSize, outcome,
                    propensity, folds, m, seed);
        }

        public Options withSeed(long s) {
            return new Options(trees, sampleFraction, mtry, minLeaf, honestyFraction, alpha, ciGroupSize, outcome,
                    propensity, folds, minPropensity, s);
        }

        /** grf's default: {@code min(⌈√p + 20⌉, p)}. */
        int mtryFor(int features) {
            return Math.min(mtry.orElse((int) Math.ceil(Math.sqrt(features) + 20)), features);
        }
    }

    private final Options options;

    public CausalForest(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    @Override
    public FittedCausalForest fit(double[][] features, double[] treatment, double[] outcome) {
        int n = Checks.trainingSet(features, treatment, outcome);
        TreeSizes sizes = TreeSizes.of(n, options);
        long seed = options.seed();
        CrossFitting folds = CrossFitting.stratified(treatment, options.folds(), seed, KEYWORD);
        Learner outcomeLearner = options.outcome().regressor(seed, "outcome");
        Classifier propensityLearner = options.propensity().classifier(seed, "propensity");
        double[] outcomeMean = folds.outOfFold(outcomeLearner, features, outcome, "outcome model");
        double[] propensity = folds.outOfFold(propensityLearner, features, treatment, "propensity model");
        double[] centredOutcome = new double[n];
        double[] centredTreatment = new double[n];
        for (int i = 0; i < n; i++) {
            centredOutcome[i] = outcome[i] - outcomeMean[i];
            centredTreatment[i] = treatment[i] - propensity[i];
        }
        Grown grown = grow(features, centredTreatment, centredOutcome, sizes);
        double[] outOfBag = FittedCausalForest.outOfBag(grown.trees(), features, grown.inBag());
        AverageEffect average = averageEffect(treatment, outcome, outcomeMean, propensity, outOfBag);
        return new FittedCausalForest(grown.trees(), options.ciGroupSize(), features.length, average);
    }

    /** The rows per group, per tree, and per tree's splitting half. */
    private record TreeSizes(int groups, int half, int subsample, int splitting) {
        static TreeSizes of(int n, Options options) {
            int groups = (options.trees() + options.ciGroupSize() - 1) / options.ciGroupSize();
            int half = n / 2;
            int subsample = Math.min(half, (int) Math.floor(options.sampleFraction() * n));
            int splitting = (int) Math.ceil(options.honestyFraction() * subsample);
            if (splitting < 1 || subsample - splitting < 1) {
                throw new UpliftException("too few rows for honest trees: " + n + " rows give each tree "
                        + subsample + " rows, of which " + splitting + " choose the splits and "
                        + (subsample - splitting) + " estimate the leaves; each part needs at least one row");
            }
            return new TreeSizes(groups, half, subsample, splitting);
        }
    }

    /** The trees in group order, and for each the rows it drew (a bit set). */
    private record Grown(List<CausalTree> trees, long[][] inBag) {
    }

    private Grown grow(double[][] x, double[] centredTreatment, double[] centredOutcome, TreeSizes sizes) {
        int n = centredTreatment.length;
        int groupSize = options.ciGroupSize();
        int mtry = options.mtryFor(x.length);
        int[][] sorted = IntStream.range(0, x.length).parallel().mapToObj(f -> RowOrder.ascending(x[f]))
                .toArray(int[][]::new);
        RandomSource root = new RandomSource(options.seed()).stream(TREE_STREAM);
        CausalTree[] trees = new CausalTree[sizes.groups() * groupSize];
        long[][] inBag = new long[trees.length][];
        IntStream.range(0, sizes.groups()).parallel().forEach(g -> {
            RandomSource groupRandom = root.stream(g);
            int[] half = firstDrawn(identity(n), sizes.half(), groupRandom);
            int[] localOf = new int[n];
            Arrays.fill(localOf, -1);
            for (int j = 0; j < groupSize; j++) {
                RandomSource treeRandom = groupRandom.stream(j);
                int[] drawn = firstDrawn(half.clone(), sizes.subsample(), treeRandom);
                int[] splitting = Arrays.copyOfRange(drawn, 0, sizes.splitting());
                int[] estimation = Arrays.copyOfRange(drawn, sizes.splitting(), drawn.length);
                int b = g * groupSize + j;
                trees[b] = new CausalTreeGrower(x, centredTreatment, centredOutcome, sorted, splitting, localOf,
                        mtry, options.minLeaf(), options.alpha(), treeRandom).grow(estimation);
                inBag[b] = bitSet(drawn, n);
            }
        });
        return new Grown(List.of(trees), inBag);
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** A uniform draw of {@code count} of {@code rows} without replacement: a partial Fisher-Yates shuffle. */
    private static int[] firstDrawn(int[] rows, int count, RandomSource random) {
        for (int k = 0; k < count; k++) {
            int pick = k + random.nextInt(rows.length - k);
            int t = rows[k];
            rows[k] = rows[pick];
            rows[pick] = t;
        }
        return Arrays.copyOf(rows, count);
    }

    private static long[] bitSet(int[] rows, int n) {
        long[] bits = new long[(n + 63) >>> 6];
        for (int r : rows) {
            bits[r >>> 6] |= 1L << r;
        }
        return bits;
    }

    /** grf's AIPW average effect from the out-of-bag effects. */
    private AverageEffect averageEffect(double[] treatment, double[] outcome, double[] outcomeMean,
            double[] propensity, double[] outOfBag) {
        int n = outcome.length;
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            double e = propensity[i];
            // The outcome means of each arm implied by m̂ = E[y | x] and τ̂: m̂ = μ0 + ê τ̂.
            double mu0 = outcomeMean[i] - e * outOfBag[i];
            double mu1 = outcomeMean[i] + (1 - e) * outOfBag[i];
            scores[i] = Aipw.score(treatment[i], outcome[i], mu0, mu1, e, options.minPropensity());
        }
        return new AverageEffect(Rows.mean(scores), OptionalDouble.of(Rows.standardDeviation(scores) / Math.sqrt(n)),
                n, "mean of the AIPW scores with out-of-bag forest effects (grf's average_treatment_effect)");
    }
}
