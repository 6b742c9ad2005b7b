package causal.uplift;

/**
 * A way of estimating the conditional average treatment effect {@code τ(x) = E[Y(1) - Y(0) | X = x]} of a binary
 * treatment from observational or experimental rows, under unconfoundedness given the features: the meta-learners
 * ({@link SLearner}, {@link TLearner}, {@link XLearner}, {@link DoublyRobustLearner}) and the {@link CausalForest}.
 * {@link UpliftLearners} names them for scripts.
 *
 * <p>Features are column-major as in {@code causal.learn}: {@code features[j][i]} is feature {@code j} of row
 * {@code i}. Implementations are immutable; a seeded learner gives the same model whatever the thread count.
 */
@FunctionalInterface
public interface UpliftLearner {

    /**
     * The CATE model of {@code outcome} for {@code treatment} (0 or 1 in every row) given {@code features}.
     * Not modified: features, treatment, outcome.
     *
     * @throws UpliftException when the treatment is not 0/1, an arm has too few rows, the columns differ in length
     *     or hold a value that is not finite, or a nuisance model cannot be fitted
     */
    FittedUplift fit(double[][] features, double[] treatment, double[] outcome);
}
