package causal.recommend;

import causal.progress.Progress;
import java.util.Arrays;

/**
 * The k most similar other rows of each row of a sparse matrix (users by user-kNN, items by item-kNN), from the
 * sums over co-occurring entries: for row a, every entry (a, o) meets the entries (b, o) of column o, so the cost
 * is the sum of squared column lengths, never rows × rows. Only positive similarities are kept; ties go to the lower
 * index. Rows are processed in parallel and each list depends on the data only.
 */
final class NeighbourLists {
    private NeighbourLists() {
    }

    /**
     * For each row of {@code rows}: its up to {@code k} neighbours, sorted by index, with their similarities as the
     * values. {@code transpose} is rows' transpose, {@code centre} each row's offset subtracted from its values
     * (zeros for none). Similarities are multiplied by {@code n / (n + shrinkage)}, n the common entries. Progress
     * is reported as {@code task}, counting rows in {@code unit}.
     */
    static SparseRows compute(SparseRows rows, SparseRows transpose, double[] centre, Similarity similarity,
            double shrinkage, int k, String task, String unit) {
        int n = rows.rowCount();
        double[] norms = norms(rows, centre);
        int[][] neighbours = new int[n][];
        double[][] similarities = new double[n][];
        try (Progress.Task progress = Progress.start(task, n, unit)) {
            forEachRow(rows, transpose, centre, similarity, shrinkage, k, norms, neighbours, similarities, progress);
        }
        return assemble(neighbours, similarities);
    }

    private static void forEachRow(SparseRows rows, SparseRows transpose, double[] centre, Similarity similarity,
            double shrinkage, int k, double[] norms, int[][] neighbours, double[][] similarities,
            Progress.Task progress) {
        int n = rows.rowCount();
        ParallelBlocks.forEach(n, (start, end) -> {
            Accumulators acc = new Accumulators(n, similarity == Similarity.PEARSON);
            for (int a = start; a < end; a++) {
                acc.collect(rows, transpose, centre, a);
                for (int t = 0; t < acc.touchedCount; t++) {
                    int b = acc.touched[t];
                    double s = similarity == Similarity.COSINE
                            ? acc.product[b] / (norms[a] * norms[b]) : acc.correlation(b);
                    s *= shrinkage == 0 ? 1 : acc.count[b] / (acc.count[b] + shrinkage);
                    acc.score[b] = s > 0 && Double.isFinite(s) ? s : Double.NaN;
                }
                TopK top = new TopK(k, acc.score);
                for (int t = 0; t < acc.touchedCount; t++) {
                    top.offer(acc.touched[t]);
                }
                int[] best = top.best();
                Arrays.sort(best);
                double[] s = new double[best.length];
                for (int m = 0; m < best.length; m++) {
                    s[m] = acc.score[best[m]];
                }
                neighbours[a] = best;
                similarities[a] = s;
                acc.clear();
            }
            progress.advance(end - start);
        });
    }

    private static double[] norms(SparseRows rows, double[] centre) {
        double[] norms = new double[rows.rowCount()];
        for (int a = 0; a < norms.length; a++) {
            double sum = 0;
            for (int p = rows.start(a); p < rows.end(a); p++) {
                double x = rows.values[p] - centre[a];
                sum += x * x;
            }
            norms[a] = Math.sqrt(sum);
        }
        return norms;
    }

    private static SparseRows assemble(int[][] neighbours, double[][] similarities) {
        int[] offsets = new int[neighbours.length + 1];
        for (int a = 0; a < neighbours.length; a++) {
            offsets[a + 1] = offsets[a] + neighbours[a].length;
        }
        int[] columns = new int[offsets[neighbours.length]];
        double[] values = new double[columns.length];
        for (int a = 0; a < neighbours.length; a++) {
            System.arraycopy(neighbours[a], 0, columns, offsets[a], neighbours[a].length);
            System.arraycopy(similarities[a], 0, values, offsets[a], neighbours[a].length);
        }
        return new SparseRows(offsets, columns, values, null);
    }

    /** One thread's sums for one row a against every row b it shares a column with. */
    private static final class Accumulators {
        final int[] count;
        final double[] product;
        final double[] sumX;
        final double[] sumY;
        final double[] squaresX;
        final double[] squaresY;
        final double[] score;
        final int[] touched;
        int touchedCount;

        Accumulators(int n, boolean pearson) {
            count = new int[n];
            product = new double[n];
            score = new double[n];
            touched = new int[n];
            sumX = pearson ? new double[n] : null;
            sumY = pearson ? new double[n] : null;
            squaresX = pearson ? new double[n] : null;
            squaresY = pearson ? new double[n] : null;
        }

        void collect(SparseRows rows, SparseRows transpose, double[] centre, int a) {
            for (int p = rows.start(a); p < rows.end(a); p++) {
                int o = rows.columns[p];
                double x = rows.values[p] - centre[a];
                for (int q = transpose.start(o); q < transpose.end(o); q++) {
                    int b = transpose.columns[q];
                    if (b == a) {
                        continue;
                    }
                    double y = transpose.values[q] - centre[b];
                    if (count[b]++ == 0) {
                        touched[touchedCount++] = b;
                    }
                    product[b] += x * y;
                    if (sumX != null) {
                        sumX[b] += x;
                        sumY[b] += y;
                        squaresX[b] += x * x;
                        squaresY[b] += y * y;
                    }
                }
            }
        }

        /** Pearson's r of a and b over their common entries; 0 when fewer than two or one is constant there. */
        double correlation(int b) {
            double n = count[b];
            if (n < 2) {
                return 0;
            }
            double covariance = product[b] - sumX[b] * sumY[b] / n;
            double varianceX = squaresX[b] - sumX[b] * sumX[b] / n;
            double varianceY = squaresY[b] - sumY[b] * sumY[b] / n;
            return varianceX > 0 && varianceY > 0 ? covariance / Math.sqrt(varianceX * varianceY) : 0;
        }

        void clear() {
            for (int t = 0; t < touchedCount; t++) {
                int b = touched[t];
                count[b] = 0;
                product[b] = 0;
                if (sumX != null) {
                    sumX[b] = 0;
                    sumY[b] = 0;
                    squaresX[b] = 0;
                    squaresY[b] = 0;
                }
            }
            touchedCount = 0;
        }
    }
}
