package causal.estimate;

import java.util.Arrays;

/**
 * The rows a matching kept, with MatchIt's matching weights ({@code weights_matrixC}): 1 for a matched focal row; a
 * matched other row gets the sum over its matches of {@code 1 / (matches of that focal row)}, then those weights are
 * scaled to sum to the number of such rows. The subclass of a row is its matched set (the focal row's rank).
 */
final class MatchedSample {
    private final double[] weights;
    private final int[] rows;
    private final int[] subclassOfRows;
    private final int matchedFocal;
    private final int unmatchedFocal;

    private MatchedSample(double[] weights, int[] rows, int[] subclassOfRows, int matchedFocal, int unmatchedFocal) {
        this.weights = weights;
        this.rows = rows;
        this.subclassOfRows = subclassOfRows;
        this.matchedFocal = matchedFocal;
        this.unmatchedFocal = unmatchedFocal;
    }

    /** From {@link NearestNeighbourMatching#match}: {@code matches[k * ratio + r]} is the r-th match of {@code order[k]}. */
    static MatchedSample of(int[] order, int[] matches, int ratio, int n) {
        double[] weights = new double[n];
        boolean[] focal = new boolean[n];
        int[] subclass = new int[n];
        Arrays.fill(subclass, -1);
        int matchedFocal = 0;
        for (int k = 0; k < order.length; k++) {
            focal[order[k]] = true;
            int count = 0;
            while (count < ratio && matches[k * ratio + count] >= 0) {
                count++;
            }
            if (count == 0) {
                continue;
            }
            weights[order[k]] = 1.0;
            subclass[order[k]] = matchedFocal;
            for (int r = 0; r < count; r++) {
                int other = matches[k * ratio + r];
                weights[other] += 1.0 / count;
                subclass[other] = matchedFocal;
            }
            matchedFocal++;
        }
        scaleOthers(weights, focal);
        int size = 0;
        for (double w : weights) {
            size += w > 0 ? 1 : 0;
        }
        int[] rows = new int[size];
        int[] subclassOfRows = new int[size];
        for (int i = 0, k = 0; i < n; i++) {
            if (weights[i] > 0) {
                rows[k] = i;
                subclassOfRows[k++] = subclass[i];
            }
        }
        return new MatchedSample(weights, rows, subclassOfRows, matchedFocal, order.length - matchedFocal);
    }

    private static void scaleOthers(double[] weights, boolean[] focal) {
        double sum = 0;
        int matched = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!focal[i] && weights[i] > 0) {
                sum += weights[i];
                matched++;
            }
        }
        if (sum > 0) {
            double scale = matched / sum;
            for (int i = 0; i < weights.length; i++) {
                if (!focal[i]) {
                    weights[i] *= scale;
                }
            }
        }
    }

    /** Matching weight of every row of the data, 0 when unmatched. Not a copy: read only. */
    double[] weights() {
        return weights;
    }

    /** The matched rows, in data order. */
    int[] rows() {
        return rows;
    }

    /** The matched set of each of {@link #rows()}, numbered {@code 0 .. matchedFocal-1} (meaningless with replacement). */
    int[] subclassOfRows() {
        return subclassOfRows;
    }

    int size() {
        return rows.length;
    }

    int matchedFocal() {
        return matchedFocal;
    }

    int unmatchedFocal() {
        return unmatchedFocal;
    }
}
