package causal.spark;

import java.util.List;

/** Row counts as {@code causal.estimate.Estimate} holds them, and the note about rows left out. */
final class Counts {
    private Counts() {
    }

    /** An {@code Estimate}'s n is an int; beyond 2³¹ − 1 rows it says 2³¹ − 1. */
    static int rows(long rows) {
        return (int) Math.min(rows, Integer.MAX_VALUE);
    }

    static List<String> droppedNote(long dropped) {
        return dropped == 0 ? List.of() : List.of(dropped + " row" + (dropped == 1 ? " was" : "s were")
                + " left out for a missing value in a column the estimate uses");
    }
}
