package causal.panel;

import java.util.Arrays;

/**
 * The intersection of two groupings: one code per distinct pair (a, b) that occurs, numbered in order of a. Linear
 * in the rows: a counting sort by a, then within each a-group a marker array over b's levels.
 */
final class Intersection {
    private Intersection() {
    }

    static Factor of(Factor a, Factor b) {
        int n = a.size();
        int[] ca = a.codes();
        int[] cb = b.codes();
        int[] start = new int[a.levels() + 1];
        for (int i = 0; i < n; i++) {
            start[ca[i] + 1]++;
        }
        for (int level = 0; level < a.levels(); level++) {
            start[level + 1] += start[level];
        }
        int[] order = new int[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            order[fill[ca[i]]++] = i;
        }
        int[] mark = new int[b.levels()];
        Arrays.fill(mark, -1);
        int[] out = new int[n];
        int next = 0;
        for (int level = 0; level < a.levels(); level++) {
            for (int r = start[level]; r < start[level + 1]; r++) {
                int code = cb[order[r]];
                if (mark[code] < 0) {
                    mark[code] = next++;
                }
                out[order[r]] = mark[code];
            }
            for (int r = start[level]; r < start[level + 1]; r++) {
                mark[cb[order[r]]] = -1;
            }
        }
        return Factor.of(a.name() + " x " + b.name(), out);
    }
}
