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
}
