package causal.estimate;

import java.util.OptionalDouble;

/**
 * Greedy nearest-neighbour matching on a scalar score with MatchIt's semantics ({@code nn_matchC_vec}, MatchIt
 * 4.5.5): all rows sorted by score (ties by row); focal rows visited in a given order, {@code ratio} rounds; each
 * takes the nearest available non-focal row on either side, the left (lower score) one when both are as near;
 * a caliper is checked against that nearest row only; a focal row that finds none drops out of later rounds.
 * The nearest available row on each side comes from union-find skip pointers over used positions, so the whole
 * matching is O(n log n) (the sort) instead of MatchIt's linear walk.
 */
final class NearestNeighbourMatching {
    private final double[] score;
    private final int[] sorted;
    private final int[] position;
    private final int[] right;
    private final int[] left;

    private NearestNeighbourMatching(double[] score, boolean[] focal) {
        int n = score.length;
        this.score = score;
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        sorted = StableOrder.ascending(rows, score);
        position = new int[n];
        // right[p]: the first available position >= p (n: none); left[p + 1]: the last one <= p, plus one (0: none).
        right = new int[n + 1];
        left = new int[n + 1];
        right[n] = n;
        for (int p = 0; p < n; p++) {
            position[sorted[p]] = p;
            boolean available = !focal[sorted[p]];
            right[p] = available ? p : p + 1;
            left[p + 1] = available ? p + 1 : p;
        }
    }

    /**
     * Matches each focal row, visited in {@code order}, to up to {@code ratio} non-focal rows. Returns
     * {@code matches[k * ratio + r]}: the r-th match of {@code order[k]}, or -1. Not modified: the arrays.
     */
    static int[] match(double[] score, boolean[] focal, int[] order, int ratio, boolean replace,
            OptionalDouble caliper) {
        return new NearestNeighbourMatching(score, focal).run(order, ratio, replace, caliper);
    }

    private int[] run(int[] order, int ratio, boolean replace, OptionalDouble caliper) {
        int[] matches = new int[order.length * ratio];
        java.util.Arrays.fill(matches, -1);
        boolean[] active = new boolean[order.length];
        java.util.Arrays.fill(active, true);
        double limit = caliper.orElse(Double.POSITIVE_INFINITY);
        for (int round = 0; round < ratio; round++) {
            for (int k = 0; k < order.length; k++) {
                if (!active[k]) {
                    continue;
                }
                int found = nearest(order[k], matches, k * ratio, round, limit);
                if (found < 0) {
                    active[k] = false;
                    continue;
                }
                matches[k * ratio + round] = found;
                if (!replace) {
                    remove(position[found]);
                }
            }
        }
        return matches;
    }

    private int nearest(int row, int[] matches, int first, int taken, double limit) {
        int p = position[row];
        double d = score[row];
        int l = findLeft(p - 1);
        while (l >= 0 && alreadyMatched(sorted[l], matches, first, taken)) {
            l = findLeft(l - 1);
        }
        int r = findRight(p + 1);
        while (r < sorted.length && alreadyMatched(sorted[r], matches, first, taken)) {
            r = findRight(r + 1);
        }
        boolean hasLeft = l >= 0 && Math.abs(d - score[sorted[l]]) <= limit;
        boolean hasRight = r < sorted.length && Math.abs(d - score[sorted[r]]) <= limit;
        if (hasLeft && hasRight) {
            return Math.abs(score[sorted[l]] - d) <= Math.abs(score[sorted[r]] - d) ? sorted[l] : sorted[r];
        }
        return hasLeft ? sorted[l] : hasRight ? sorted[r] : -1;
    }

    // Only with replacement can a row still be available after matching this focal row; skip it then.
    private static boolean alreadyMatched(int candidate, int[] matches, int first, int taken) {
        for (int r = 0; r < taken; r++) {
            if (matches[first + r] == candidate) {
                return true;
            }
        }
        return false;
    }

    private void remove(int p) {
        right[p] = p + 1;
        left[p + 1] = p;
    }

    private int findRight(int p) {
        int root = p;
        while (right[root] != root) {
            root = right[root];
        }
        while (right[p] != root) {
            int next = right[p];
            right[p] = root;
            p = next;
        }
        return root;
    }

    /** The last available position {@code <= p}, or -1. */
    private int findLeft(int p) {
        int slot = p + 1;
        int root = slot;
        while (left[root] != root) {
            root = left[root];
        }
        while (left[slot] != root) {
            int next = left[slot];
            left[slot] = root;
            slot = next;
        }
        return root - 1;
    }
}
