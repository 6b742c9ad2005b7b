package causal.spark;

/** Row counts as {@code causal.estimate.Estimate} holds them. */
final class Counts {
    private Counts() {
    }

    /** An {@code Estimate}'s n is an int; beyond 2³¹ − 1 rows it says 2³¹ − 1. */
    static int rows(long rows) {
        return (int) Math.min(rows, Integer.MAX_VALUE);
    }
}
