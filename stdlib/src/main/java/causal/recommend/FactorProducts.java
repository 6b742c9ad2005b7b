package causal.recommend;

/** Small vector and matrix products over row-major factor arrays, shared by the factorization methods. */
final class FactorProducts {
    private FactorProducts() {
    }

    /** {@code x · factors[o … o + k − 1]}. */
    static double dot(double[] factors, int o, double[] x, int k) {
        double s = 0;
        for (int a = 0; a < k; a++) {
            s += factors[o + a] * x[a];
        }
        return s;
    }

    /** {@code target += weight · factors[o … o + k − 1]}. Modified: target. */
    static void addScaled(double[] target, double weight, double[] factors, int o, int k) {
        for (int a = 0; a < k; a++) {
            target[a] += weight * factors[o + a];
        }
    }

    /** {@code out = M v} for a full k × k row-major M. Modified: out. */
    static void multiply(double[] m, int k, double[] v, double[] out) {
        for (int a = 0; a < k; a++) {
            out[a] = dot(m, a * k, v, k);
        }
    }

    /**
     * {@code YᵀY} (k × k, full) of all rows of {@code factors}: partial sums over fixed blocks of rows in parallel,
     * added in block order, so the result does not depend on the number of threads. Not modified: factors.
     */
    static double[] crossProduct(double[] factors, int k) {
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
        return total;
    }
}
