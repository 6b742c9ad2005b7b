package causal.uplift;

import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.RowSubsets;
import causal.random.RandomSource;

/**
 * A split of the rows into {@code K} folds for cross-fitting (Chernozhukov et al. 2018, "Double/debiased machine
 * learning", §3): a nuisance model is fitted on the rows outside each fold and predicts the rows inside it, so no
 * row's prediction has seen that row. Folds are stratified by treatment, as EconML's for a discrete treatment: each
 * arm's rows are shuffled by {@code new RandomSource(seed).stream(arm)} and dealt to the folds in turn, so every fold
 * holds nearly the same share of treated rows.
 */
final class CrossFitting {
    /** The fewest rows of an arm an outcome model of that arm is fitted on. */
    static final int MIN_ARM_ROWS = 2;

    private final int[] foldOf;
    private final int folds;

    private CrossFitting(int[] foldOf, int folds) {
        this.foldOf = foldOf;
        this.folds = folds;
    }

    /**
     * Stratified folds of the rows of {@code treatment} (0/1, already checked).
     *
     * @throws UpliftException when an arm is too small for every fold's training part to hold
     *     {@link #MIN_ARM_ROWS} of its rows
     */
    static CrossFitting stratified(double[] treatment, int folds, long seed, String learner) {
        int[] foldOf = new int[treatment.length];
        RandomSource random = new RandomSource(seed);
        for (int arm = 0; arm <= 1; arm++) {
            int[] rows = Rows.inArm(treatment, arm);
            int outside = rows.length - (rows.length + folds - 1) / folds;
            if (outside < MIN_ARM_ROWS) {
                String name = arm == 1 ? "treated" : "control";
                throw new UpliftException("too few " + name + " rows for " + folds + " folds: " + learner + " fits "
                        + "its models on the rows outside each fold, and with " + rows.length + " " + name
                        + " rows some fold leaves only " + Math.max(outside, 0) + " of them outside; it needs at least "
                        + MIN_ARM_ROWS + ". Use fewer folds or more rows");
            }
            random.stream(arm).shuffle(rows);
            for (int k = 0; k < rows.length; k++) {
                foldOf[rows[k]] = k % folds;
            }
        }
        return new CrossFitting(foldOf, folds);
    }

    int folds() {
        return folds;
    }

    /** The rows of fold {@code k}, in order. */
    int[] inside(int k) {
        return RowSubsets.inFold(foldOf, k);
    }

    /** The rows outside fold {@code k}, in order. */
    int[] outside(int k) {
        return RowSubsets.outsideFold(foldOf, k);
    }

    /** The rows of arm {@code arm} outside fold {@code k}, in order. */
    int[] outside(int k, double[] treatment, int arm) {
        return RowSubsets.outsideFold(foldOf, k, treatment, arm);
    }

    /**
     * {@code E[target | x]} for every row, each predicted by {@code learner} fitted outside the row's fold
     * ({@link FittedModel#conditionalMean}: a probability for a classifier). Not modified: features, target.
     */
    double[] outOfFold(Learner learner, double[][] features, double[] target, String model) {
        double[] out = new double[target.length];
        for (int k = 0; k < folds; k++) {
            int[] train = outside(k);
            int[] test = inside(k);
            FittedModel fitted = LearnerChoice.fit(learner, RowSubsets.select(features, train), RowSubsets.select(target, train),
                    model + " (fold " + (k + 1) + " of " + folds + ")");
            RowSubsets.scatter(fitted.conditionalMean(RowSubsets.select(features, test)), test, out);
        }
        return out;
    }
}
