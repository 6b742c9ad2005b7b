package causal.learn;

import java.util.List;

/**
 * Least squares by the normal equations, in one pass over the rows: {@code X'WX} and {@code X'Wy} are accumulated
 * block by block, then solved through {@link GramMatrix#inverse}. Matches R's {@code lm(y ~ X, weights = w)}.
 */
public final class LinearRegression {
    private LinearRegression() {
    }

    /**
     * Fits {@code y} on {@code x}, with row weights {@code w} (null: all ones; zero weights drop a row as in R).
     * Not modified: x, y, w.
     *
     * @throws CollinearColumnsException when {@code X'WX} is singular
     */
    public static LinearFit fit(DesignMatrix x, double[] y, double[] w) {
        int p = x.columns();
        int k = p + 1;
        double[] gram = new double[k * k];
        double[][] block = x.newBlock(1);
        double[] wBlock = w == null ? null : new double[DesignMatrix.BLOCK_ROWS];
        double[][] scratch = GramMatrix.scratch(k);
        int n = x.rows();
        int observations = 0;
        for (int from = 0; from < n; from += DesignMatrix.BLOCK_ROWS) {
            int length = Math.min(DesignMatrix.BLOCK_ROWS, n - from);
            x.fill(from, length, block);
            System.arraycopy(y, from, block[p], 0, length);
            if (w != null) {
                System.arraycopy(w, from, wBlock, 0, length);
                for (int i = 0; i < length; i++) {
                    if (wBlock[i] != 0) {
                        observations++;
                    }
                }
            } else {
                observations += length;
            }
            GramMatrix.accumulate(block, k, length, wBlock, gram, scratch);
        }
        GramMatrix.symmetrize(gram, k);
        return solve(gram, x.names(), observations);
    }

    /**
     * Solves {@code β = (X'WX)^-1 X'Wy} from cross products summed elsewhere (streamed, or by a database), so that
     * they give the in-memory fit to rounding: {@code gram} is the symmetric {@code (p + 1) x (p + 1)} matrix of
     * {@code Σ w z z'}, {@code z = (x, y)}, row-major, with the outcome last; {@code names} name the {@code p}
     * columns of x; {@code observations} counts the rows with a non-zero weight. Not modified: gram.
     *
     * @throws CollinearColumnsException when {@code X'WX} is singular
     */
    public static LinearFit solve(double[] gram, List<String> names, long observations) {
        int p = names.size();
        int k = p + 1;
        if (gram.length != k * k) {
            throw new IllegalArgumentException("the cross products of " + p + " columns and an outcome form a " + k
                    + " x " + k + " matrix, not " + gram.length + " values");
        }
        double[] inverse = GramMatrix.inverse(gram, k, p, names);
        double[] beta = new double[p];
        for (int a = 0; a < p; a++) {
            double s = 0;
            for (int b = 0; b < p; b++) {
                s += inverse[a * p + b] * gram[b * k + p];
            }
            beta[a] = s;
        }
        return new LinearFit(names, beta, inverse, observations);
    }
}
