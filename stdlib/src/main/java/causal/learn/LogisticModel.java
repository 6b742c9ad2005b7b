package causal.learn;

/**
 * A fitted logistic model {@code P(y = 1 | x) = 1 / (1 + exp(-(a + x'b)))}, on the features' original scale: what
 * {@link LogisticClassifier} fits. Immutable; accessors copy.
 */
public final class LogisticModel implements FittedClassifier {
    private final double intercept;
    private final double[] coefficients;

    /** Takes ownership of {@code coefficients}. */
    LogisticModel(double intercept, double[] coefficients) {
        this.intercept = intercept;
        this.coefficients = coefficients;
    }

    public double intercept() {
        return intercept;
    }

    /** One coefficient (a log odds ratio) per feature column, in the columns' order (a copy). */
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public int featureCount() {
        return coefficients.length;
    }

    @Override
    public double[] predictProbability(double[][] features) {
        Checks.prediction(features, coefficients.length);
        double[] p = LinearModel.linearPredictor(intercept, coefficients, features);
        for (int i = 0; i < p.length; i++) {
            p[i] = LogisticRegression.logistic(p[i]);
        }
        return p;
    }
}
