package causal.recommend;

import causal.random.RandomSource;

/**
 * How {@code evaluate R on D split 0.2 seed 7 [by time | by user]} holds out test interactions:
 * <ul>
 * <li>{@code RANDOM}: round(fraction · n) interactions drawn at random from all of them;</li>
 * <li>{@code BY_TIME}: of each user's n_u interactions, the round(fraction · n_u) latest (ties to the later item
 *     index), as Microsoft Recommenders' python_chrono_split;</li>
 * <li>{@code BY_USER}: of each user's interactions, round(fraction · n_u) at random, so every user is tested in
 *     proportion (stratified by user), as Microsoft Recommenders' python_stratified_split.</li>
 * </ul>
 * By time and by user always leave a user at least one training interaction (a user with one is not tested).
 * Random draws use {@code new RandomSource(seed)} (by user: its {@code stream(user)}), so a seed fixes the split.
 */
public record Split(Order order, double fraction, long seed) {

    /** Which interactions are held out. */
    public enum Order { RANDOM, BY_TIME, BY_USER }

    public Split {
        if (!(fraction > 0 && fraction < 1)) {
            throw new RecommenderException("the test fraction of a split must be between 0 and 1, not " + fraction);
        }
    }

    public static Split random(double fraction, long seed) {
        return new Split(Order.RANDOM, fraction, seed);
    }

    /**
     * The training and test parts of {@code data}, over the same users and items. Not modified: data.
     *
     * @throws RecommenderException when splitting by time without times, or when nothing is left to test or train
     */
    public TrainTestSplit apply(Interactions data) {
        SparseRows rows = data.byUser();
        boolean[] test = switch (order) {
            case RANDOM -> randomEntries(rows.size());
            case BY_TIME -> latestPerUser(data);
            case BY_USER -> randomPerUser(rows);
        };
        boolean[] train = new boolean[test.length];
        int tested = 0;
        for (int p = 0; p < test.length; p++) {
            train[p] = !test[p];
            tested += test[p] ? 1 : 0;
        }
        if (tested == 0 || tested == test.length) {
            throw new RecommenderException("a split of " + fraction + " of " + data.size() + " interactions leaves "
                    + (tested == 0 ? "nothing to test" : "nothing to train on") + "; change the fraction");
        }
        return new TrainTestSplit(data.withRows(rows.subset(train)), data.withRows(rows.subset(test)));
    }

    private boolean[] randomEntries(int n) {
        int held = (int) Math.round(fraction * n);
        return chosen(n, held, new RandomSource(seed));
    }

    /** {@code held} of {@code n} positions chosen by a partial Fisher–Yates shuffle. */
    private static boolean[] chosen(int n, int held, RandomSource random) {
        int[] order = new int[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        boolean[] chosen = new boolean[n];
        for (int m = 0; m < held; m++) {
            int pick = m + random.nextInt(n - m);
            int t = order[m];
            order[m] = order[pick];
            order[pick] = t;
            chosen[order[m]] = true;
        }
        return chosen;
    }

    private int heldPerUser(int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.round(fraction * n)));
    }

    private boolean[] randomPerUser(SparseRows rows) {
        boolean[] test = new boolean[rows.size()];
        RandomSource root = new RandomSource(seed);
        for (int u = 0; u < rows.rowCount(); u++) {
            int n = rows.length(u);
            boolean[] chosen = chosen(n, heldPerUser(n), root.stream(u));
            for (int m = 0; m < n; m++) {
                test[rows.start(u) + m] = chosen[m];
            }
        }
        return test;
    }

    private boolean[] latestPerUser(Interactions data) {
        if (!data.hasTimes()) {
            throw new RecommenderException("split by time needs a time column: name it with time = … in the data");
        }
        SparseRows rows = data.byUser();
        boolean[] test = new boolean[rows.size()];
        for (int u = 0; u < rows.rowCount(); u++) {
            int start = rows.start(u);
            int n = rows.length(u);
            int held = heldPerUser(n);
            if (held == 0) {
                continue;
            }
            // The earliest test time is the held-th latest; ties at it go to the later positions.
            double[] sorted = java.util.Arrays.copyOfRange(rows.times, start, start + n);
            java.util.Arrays.sort(sorted);
            double cut = sorted[n - held];
            int remaining = held;
            for (int m = 0; m < n; m++) {
                if (rows.time(start + m) > cut) {
                    test[start + m] = true;
                    remaining--;
                }
            }
            for (int m = n - 1; m >= 0 && remaining > 0; m--) {
                if (rows.time(start + m) == cut) {
                    test[start + m] = true;
                    remaining--;
                }
            }
        }
        return test;
    }
}
