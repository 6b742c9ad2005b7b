package causal.learn;

/**
 * A fitted linear model {@code y = a + x'b}, on the features' original scale: what {@link LeastSquares},
 * {@link RidgeRegression} and {@link LassoRegression} fit. Immutable; accessors copy.
 */
public final class LinearModel implements FittedModel {
    private final double intercept;
    private final double[] coefficients;

    /** Takes ownership of {@code coefficients}. */
    LinearModel(double intercept, double[] coefficients) {
        this.intercept = intercept;
        this.coefficients = coefficients;
    }

    public double intercept() {
        return intercept;
    }

    /** One coefficient per feature column, in the columns' order (a copy). */
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public int featureCount() {
        return coefficients.length;
    }

    @Override
    public double[] predict(double[][] features) {
        Checks.prediction(features, coefficients.length);
        return linearPredictor(intercept, coefficients, features);
    }

    /** {@code a + X b}, column by column so that each pass reads one array in order. Not modified: the arguments. */
    static double[] linearPredictor(double intercept, double[] coefficients, double[][] features) {
        double[] out = new double[features[0].length];
        java.util.Arrays.fill(out, intercept);
        for (int j = 0; j < coefficients.length; j++) {
            double b = coefficients[j];
            double[] x = features[j];
            for (int i = 0; i < out.length; i++) {
                out[i] += b * x[i];
            }
        }
        return out;
    }
}
