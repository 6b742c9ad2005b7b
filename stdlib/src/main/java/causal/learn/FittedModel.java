package causal.learn;

/** A fitted learner: immutable, thread-safe, holding no reference to the data it was fitted on. */
public interface FittedModel {

    /** The number of feature columns the model was fitted on, and that {@link #predict} takes. */
    int featureCount();

    /**
     * The prediction for every row of {@code features} (column-major, {@link #featureCount()} columns): the
     * conditional mean for a regression, the class (0 or 1) for a classifier. Not modified: features.
     *
     * @throws LearnerException when the number of columns differs from the fit or a value is not finite
     */
    double[] predict(double[][] features);

    /**
     * {@code E[y | x]} for every row: {@link #predict} for a regression, {@code P(y = 1 | x)} for a classifier. The
     * nuisance functions of double machine learning need this, whichever kind of learner the user chose.
     */
    default double[] conditionalMean(double[][] features) {
        return predict(features);
    }
}
