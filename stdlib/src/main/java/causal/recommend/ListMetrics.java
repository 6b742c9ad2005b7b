package causal.recommend;

/**
 * The top-K list metrics of one user's list, each over its first {@code k} items ({@code list} may be shorter).
 * An item is relevant when the user has it in the test data; every held-out interaction counts, whatever its
 * value. Formulas as in Microsoft Recommenders' python_evaluation, with binary relevance.
 */
final class ListMetrics {
    private final SparseRows test;
    private final int user;
    private final int[] list;

    ListMetrics(SparseRows test, int user, int[] list) {
        this.test = test;
        this.user = user;
        this.list = list;
    }

    private boolean relevant(int rank) {
        return test.position(user, list[rank]) >= 0;
    }

    private int shown(int k) {
        return Math.min(k, list.length);
    }

    private int hits(int k) {
        int hits = 0;
        for (int r = 0; r < shown(k); r++) {
            hits += relevant(r) ? 1 : 0;
        }
        return hits;
    }

    /** Relevant items in the first k, over k (a short list still divides by k). */
    double precision(int k) {
        return (double) hits(k) / k;
    }

    /** Relevant items in the first k, over all the user's relevant items. */
    double recall(int k) {
        return (double) hits(k) / test.length(user);
    }

    /** 1 if any of the first k is relevant. */
    double hit(int k) {
        return hits(k) > 0 ? 1 : 0;
    }

    /** DCG over the ideal DCG, gains 1 / log2(rank + 1) for relevant items at ranks 1 … k. */
    double ndcg(int k) {
        double dcg = 0;
        for (int r = 0; r < shown(k); r++) {
            if (relevant(r)) {
                dcg += 1 / log2(r + 2);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(k, test.length(user)); r++) {
            ideal += 1 / log2(r + 2);
        }
        return dcg / ideal;
    }

    /** Average precision at k: Σ over relevant ranks r ≤ k of precision@r, over min(relevant, k). */
    double averagePrecision(int k) {
        double sum = 0;
        int hits = 0;
        for (int r = 0; r < shown(k); r++) {
            if (relevant(r)) {
                hits++;
                sum += (double) hits / (r + 1);
            }
        }
        return sum / Math.min(k, test.length(user));
    }

    /**
     * The mean self-information {@code −log2(pop(i))} of the first k items, {@code pop(i)} the share of the
     * {@code users} who have item i in training, counted as at least one; NaN for an empty list.
     */
    double novelty(int k, SparseRows trainingByItem, int users) {
        if (shown(k) == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int r = 0; r < shown(k); r++) {
            sum -= log2(Math.max(1, trainingByItem.length(list[r])) / (double) users);
        }
        return sum / shown(k);
    }

    /** The mean of {@code 1 − ItemCosine} over the pairs of the first k items; NaN for fewer than two. */
    double diversity(int k, SparseRows trainingByItem) {
        int n = shown(k);
        if (n < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                sum += 1 - ItemCosine.between(trainingByItem, list[a], list[b]);
            }
        }
        return sum / (n * (n - 1) / 2.0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
