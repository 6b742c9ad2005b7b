package causal.recommend;

/**
 * How alike two items are by who has them: {@code |U_i ∩ U_j| / sqrt(|U_i| |U_j|)}, the cosine of their 0/1 user
 * vectors in the training data (0 when either has no users). Used by {@code mmr} re-ranking and the diversity
 * metric, so both judge "alike" the same way.
 */
final class ItemCosine {
    private ItemCosine() {
    }

    static double between(SparseRows byItem, int i, int j) {
        int a = byItem.start(i);
        int aEnd = byItem.end(i);
        int b = byItem.start(j);
        int bEnd = byItem.end(j);
        if (a == aEnd || b == bEnd) {
            return 0;
        }
        int common = 0;
        while (a < aEnd && b < bEnd) {
            int ua = byItem.columns[a];
            int ub = byItem.columns[b];
            if (ua == ub) {
                common++;
                a++;
                b++;
            } else if (ua < ub) {
                a++;
            } else {
                b++;
            }
        }
        return common / Math.sqrt((double) byItem.length(i) * byItem.length(j));
    }

    /** Per thread: the users of the item marked last, stamped with a number of their own (nothing is cleared). */
    private static final class Marks {
        int[] stamps = new int[0];
        int current;
    }

    private static final ThreadLocal<Marks> MARKS = ThreadLocal.withInitial(Marks::new);

    /**
     * {@link #between}{@code (byItem, i, others[c])} into {@code into[c]} for every {@code c} not {@code skip}ped, the
     * same numbers: {@code i}'s users are marked once in a per-thread array of {@code userCount} and each other item's
     * users counted against the marks, one pass over each instead of a merge per pair that reads {@code i}'s users
     * again for every other item (mmr compares each pick with its whole candidate pool).
     */
    static void fromOne(SparseRows byItem, int userCount, int i, int[] others, boolean[] skip, double[] into) {
        Marks marks = MARKS.get();
        if (marks.stamps.length < userCount) {
            marks.stamps = new int[userCount];
            marks.current = 0;
        }
        if (marks.current == Integer.MAX_VALUE) {
            java.util.Arrays.fill(marks.stamps, 0);
            marks.current = 0;
        }
        int stamp = ++marks.current;
        int[] stamps = marks.stamps;
        int[] users = byItem.columns;
        for (int p = byItem.start(i); p < byItem.end(i); p++) {
            stamps[users[p]] = stamp;
        }
        int lengthI = byItem.length(i);
        for (int c = 0; c < others.length; c++) {
            if (skip[c]) {
                continue;
            }
            int j = others[c];
            int lengthJ = byItem.length(j);
            if (lengthI == 0 || lengthJ == 0) {
                into[c] = 0;
                continue;
            }
            int common = 0;
            for (int p = byItem.start(j), end = byItem.end(j); p < end; p++) {
                common += stamps[users[p]] == stamp ? 1 : 0;
            }
            into[c] = common / Math.sqrt((double) lengthI * lengthJ);
        }
    }
}
