package causal.uplift;

import causal.learn.RowSubsets;
import causal.random.RandomSource;

/**
 * A split of the rows into a training part and a held-out part, stratified by treatment: each arm's rows are
 * shuffled by {@code new RandomSource(seed).stream(arm)} and the first {@code round(share · n_arm)} are held out,
 * so both parts keep the treated share of the whole.
 */
public final class HoldOutSplit {
    private final int[] train;
    private final int[] test;

    private HoldOutSplit(int[] train, int[] test) {
        this.train = train;
        this.test = test;
    }

    /**
     * The split of the rows of {@code treatment} (0/1) with {@code testShare} of each arm held out, rows in order.
     *
     * @throws UpliftOptionException naming {@code test_share} when it is not strictly between 0 and 1
     * @throws UpliftException when the treatment is not 0/1
     */
    public static HoldOutSplit stratified(double[] treatment, double testShare, long seed) {
        Checks.share(testShare, 0, 1, false, "test_share");
        Checks.treatment(treatment, treatment == null ? 0 : treatment.length);
        boolean[] held = new boolean[treatment.length];
        RandomSource random = new RandomSource(seed);
        for (int arm = 0; arm <= 1; arm++) {
            int[] rows = Rows.inArm(treatment, arm);
            RandomSource armRandom = random.stream(arm);
            int count = (int) Math.round(testShare * rows.length);
            for (int k = 0; k < count; k++) {
                int pick = k + armRandom.nextInt(rows.length - k);
                int t = rows[k];
                rows[k] = rows[pick];
                rows[pick] = t;
                held[rows[k]] = true;
            }
        }
        int heldCount = 0;
        for (boolean h : held) {
            heldCount += h ? 1 : 0;
        }
        int[] train = new int[held.length - heldCount];
        int[] test = new int[heldCount];
        int a = 0;
        int b = 0;
        for (int i = 0; i < held.length; i++) {
            if (held[i]) {
                test[b++] = i;
            } else {
                train[a++] = i;
            }
        }
        return new HoldOutSplit(train, test);
    }

    /** The training rows, in order (a copy). */
    public int[] trainRows() {
        return train.clone();
    }

    /** The held-out rows, in order (a copy). */
    public int[] testRows() {
        return test.clone();
    }

    /** The training rows of {@code values}. Not modified: values. */
    public double[] train(double[] values) {
        return RowSubsets.select(values, train);
    }

    /** The held-out rows of {@code values}. Not modified: values. */
    public double[] test(double[] values) {
        return RowSubsets.select(values, test);
    }

    /** The training rows of every column. Not modified: columns. */
    public double[][] train(double[][] columns) {
        return RowSubsets.select(columns, train);
    }

    /** The held-out rows of every column. Not modified: columns. */
    public double[][] test(double[][] columns) {
        return RowSubsets.select(columns, test);
    }
}
