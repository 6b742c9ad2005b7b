package causal.learn;

/**
 * A way of predicting a number from features, fitted to data: linear, ridge, lasso, random forest, gradient
 * boosting ({@link Learners} names them for scripts). Features are column-major, {@code features[j][i]} the value of
 * feature {@code j} in row {@code i}: the layout of a {@code Table}'s numeric columns, so a caller passes the
 * columns it already has without a copy, and the layout every algorithm here reads best (coordinate descent and the
 * tree split search walk one feature at a time). Plain arrays rather than a {@link DesignMatrix}: a design matrix
 * streams named regressors of a table (intercept, dummies) block by block for one pass of least squares, while a
 * forest revisits every feature at every level and needs random access; {@link DesignMatrix#column(int)} turns one
 * into the other.
 *
 * <p>Implementations are immutable and thread-safe; a seeded learner gives the same model for the same data whatever
 * the number of threads.
 */
@FunctionalInterface
public interface Learner {

    /**
     * A model of {@code target} given {@code features} ({@code p} columns of {@code n} rows each, all finite).
     * Not modified: features, target.
     *
     * @throws LearnerException when the data cannot be fitted (columns of different lengths, a non-finite value,
     *     collinear columns for an unpenalized model)
     */
    FittedModel fit(double[][] features, double[] target);
}
