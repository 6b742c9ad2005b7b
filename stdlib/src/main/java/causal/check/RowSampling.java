package causal.check;

import causal.data.Table;
import causal.estimate.EstimationException;
import causal.random.RandomSource;
import java.util.Arrays;

/** Row samples drawn from one run's {@link RandomSource} (row orders: {@link RandomSource#permutation}). */
final class RowSampling {
    private RowSampling() {
    }

    /** {@code k} distinct rows of 0..n-1 chosen uniformly, in increasing order (a partial Fisher–Yates). */
    static int[] subset(int n, int k, RandomSource rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] chosen = Arrays.copyOf(order, k);
        // Keep the table's row order: estimators that break ties by row order then behave as on the full data.
        Arrays.sort(chosen);
        return chosen;
    }

    /** Checks that {@code data} has the column {@code name}, which the refuter replaces or resamples. */
    static void requireColumn(Table data, String name) {
        if (!data.has(name)) {
            throw new EstimationException("there is no column " + name + " in " + data.source());
        }
    }

    /** Checks that {@code data} has rows to resample. */
    static void requireRows(Table data) {
        if (data.rowCount() == 0) {
            throw new EstimationException("no rows are left to refute the estimate on");
        }
    }
}
