package causal.learn;

/**
 * A learner for a target of 0s and 1s whose model predicts {@code P(y = 1 | x)}: logistic regression, a
 * classification forest, gradient boosting with log loss.
 */
@FunctionalInterface
public interface Classifier extends Learner {

    /**
     * A model of {@code P(target = 1 | features)}. Not modified: features, target.
     *
     * @throws LearnerException when a target value is neither 0 nor 1, or as {@link Learner#fit}
     */
    @Override
    FittedClassifier fit(double[][] features, double[] target);
}
