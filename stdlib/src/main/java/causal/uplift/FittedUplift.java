package causal.uplift;

/** A fitted CATE model: immutable, thread-safe, holding no reference to the rows it was fitted on. */
public interface FittedUplift {

    /** The script keyword of the learner that made this model ({@code xlearner}, {@code causal_forest}). */
    String learner();

    /** The number of feature columns the model was fitted on, and that {@link #predict} takes. */
    int featureCount();

    /**
     * The predicted effect {@code τ̂(x)} for every row of {@code features} (column-major, {@link #featureCount()}
     * columns). Not modified: features.
     *
     * @throws UpliftException when the number of columns differs from the fit or a value is not finite
     */
    double[] predict(double[][] features);

    /** The average effect over the rows the model was fitted on, with its standard error where one is defined. */
    AverageEffect averageEffect();
}
