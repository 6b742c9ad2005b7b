package causal.recommend;

/** Small vector and matrix products over row-major factor arrays, shared by the factorization methods. */
final class FactorProducts {
    private FactorProducts() {
    }

    /**
     * {@code out = S v} for a symmetric S given by its rows, as {@code Σ_a v_a S_a}: a sum of rows, which C2
     * vectorizes, instead of dot products, which it does not. Modified: out.
     */
    static void multiplySymmetric(double[][] s, double[] v, double[] out) {
        int k = s.length;
        java.util.Arrays.fill(out, 0, k, 0);
        for (int a = 0; a < k; a++) {
            double[] row = s[a];
            double va = v[a];
            for (int b = 0; b < k; b++) {
                out[b] += va * row[b];
            }
        }
    }

    /**
     * {@code YᵀY} (k × k, full, as k rows) of all rows of {@code factors}: partial sums over fixed blocks of rows in
     * parallel, added in block order, so the result does not depend on the number of threads. Not modified: factors.
     */
    static double[][] crossProductRows(double[] factors, int k) {
        int n = factors.length / k;
        int blockSize = 4096;
        int blocks = (n + blockSize - 1) / blockSize;
        double[][] partial = new double[blocks][];
        java.util.stream.IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = b * blockSize;
            int to = Math.min(n, from + blockSize);
            int[] index = new int[to - from];
            for (int i = 0; i < index.length; i++) {
                index[i] = from + i;
            }
            Gram gram = new Gram(k, false);
            gram.compute(factors, index, 0, index.length);
            double[] block = new double[k * k];
            gram.copyUpperTo(block);
            partial[b] = block;
        });
        double[] total = new double[k * k];
        for (double[] block : partial) {
            for (int p = 0; p < total.length; p++) {
                total[p] += block[p];
            }
        }
        Gram.symmetrize(total, k);
        double[][] rows = new double[k][];
        for (int a = 0; a < k; a++) {
            rows[a] = java.util.Arrays.copyOfRange(total, a * k, a * k + k);
        }
        return rows;
    }
}
