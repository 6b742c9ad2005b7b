package causal.stream;

/** Row counts as {@code Estimate} holds them. */
final class Counts {
    private Counts() {
    }

    /** {@code rows} as an int, capped at {@code Integer.MAX_VALUE} (the exact count is in {@link StreamedEstimate}). */
    static int capped(long rows) {
        return (int) Math.min(rows, Integer.MAX_VALUE);
    }
}
