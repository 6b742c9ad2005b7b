package causal.learn;

/** A fitted classifier of a 0/1 target. */
public interface FittedClassifier extends FittedModel {

    /**
     * {@code P(y = 1 | x)} for every row of {@code features} (scikit-learn's {@code predict_proba(X)[:, 1]}).
     * Not modified: features.
     *
     * @throws LearnerException when the number of columns differs from the fit or a value is not finite
     */
    double[] predictProbability(double[][] features);

    /** The class of every row: 1 where {@link #predictProbability} is above one half, else 0. */
    @Override
    default double[] predict(double[][] features) {
        double[] p = predictProbability(features);
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i] > 0.5 ? 1 : 0;
        }
        return p;
    }

    @Override
    default double[] conditionalMean(double[][] features) {
        return predictProbability(features);
    }
}
