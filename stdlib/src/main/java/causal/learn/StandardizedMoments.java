package causal.learn;

/**
 * The sufficient statistics of a penalized linear fit on standardized features, as glmnet's
 * {@code standardize = TRUE} defines them: each feature centred and divided by its standard deviation with divisor
 * {@code n} (not {@code n - 1}), the target centred. Holds {@code Z'Z / n} and {@code Z'(y - ȳ) / n}, computed in two
 * passes of {@link DesignMatrix#BLOCK_ROWS} rows, so a million rows need no copy of the data.
 *
 * <p>A constant feature has scale 0; its row and column of the Gram matrix are left at zero and its coefficient is
 * 0, as in glmnet.
 */
final class StandardizedMoments {
    final int rows;
    final int features;
    final double[] means;
    final double[] scales;
    final double targetMean;
    /** {@code Σ (y - ȳ)² / n}. */
    final double targetVariance;
    /** {@code (Z'Z / n)[a][b]} at {@code gram[a * features + b]}, the correlation matrix of the features. */
    final double[] gram;
    /** {@code Z'(y - ȳ) / n}. */
    final double[] crossTarget;

    private StandardizedMoments(double[][] x, double[] y) {
        rows = y.length;
        features = x.length;
        means = new double[features];
        for (int j = 0; j < features; j++) {
            means[j] = mean(x[j]);
        }
        targetMean = mean(y);
        double[] centred = centredCrossProducts(x, y);
        int k = features + 1;
        targetVariance = centred[k * k - 1] / rows;
        scales = new double[features];
        for (int j = 0; j < features; j++) {
            // Tested directly: the mean of a constant column can differ from it in the last bit.
            scales[j] = isConstant(x[j]) ? 0 : Math.sqrt(centred[j * k + j] / rows);
        }
        gram = new double[features * features];
        crossTarget = new double[features];
        for (int a = 0; a < features; a++) {
            if (scales[a] == 0) {
                continue;
            }
            for (int b = 0; b < features; b++) {
                if (scales[b] != 0) {
                    gram[a * features + b] = centred[a * k + b] / (rows * scales[a] * scales[b]);
                }
            }
            crossTarget[a] = centred[a * k + features] / (rows * scales[a]);
        }
    }

    /** Not modified: x, y. */
    static StandardizedMoments of(double[][] x, double[] y) {
        return new StandardizedMoments(x, y);
    }

    boolean isConstant(int j) {
        return scales[j] == 0;
    }

    /** Coefficients on the original scale from standardized ones: {@code beta_j = b_j / s_j}. */
    double[] unscale(double[] standardized) {
        double[] beta = new double[features];
        for (int j = 0; j < features; j++) {
            beta[j] = scales[j] == 0 ? 0 : standardized[j] / scales[j];
        }
        return beta;
    }

    /** The intercept that goes with original-scale {@code beta}: {@code ȳ - x̄'beta}. */
    double intercept(double[] beta) {
        double a = targetMean;
        for (int j = 0; j < features; j++) {
            a -= means[j] * beta[j];
        }
        return a;
    }

    // Cross products of the centred [X y], accumulated as GramMatrix does for lm: centring first keeps the
    // cancellation of a large mean out of the sums.
    private double[] centredCrossProducts(double[][] x, double[] y) {
        int k = features + 1;
        double[] products = new double[k * k];
        double[][] block = new double[k][DesignMatrix.BLOCK_ROWS];
        for (int from = 0; from < rows; from += DesignMatrix.BLOCK_ROWS) {
            int length = Math.min(DesignMatrix.BLOCK_ROWS, rows - from);
            for (int j = 0; j < features; j++) {
                centre(x[j], from, length, means[j], block[j]);
            }
            centre(y, from, length, targetMean, block[features]);
            GramMatrix.accumulate(block, k, length, null, products, null);
        }
        GramMatrix.symmetrize(products, k);
        return products;
    }

    private static void centre(double[] values, int from, int length, double mean, double[] out) {
        for (int i = 0; i < length; i++) {
            out[i] = values[from + i] - mean;
        }
    }

    private static boolean isConstant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }
}
