package causal.learn;

/**
 * Gradient boosting with log loss for a 0/1 target (Friedman 2001, algorithm L2_TreeBoost): the trees of
 * {@link GradientBoosting} fitted to {@code y - p} in log-odds, starting from the log-odds of the mean, each leaf
 * taking the Newton step {@code Σ (y - p) / Σ p(1 - p)}; {@code P(y = 1 | x)} is the logistic function of the sum.
 * This is scikit-learn's {@code GradientBoostingClassifier} with the same defaults; the two agree in accuracy, not
 * bit for bit.
 */
public final class GradientBoostingClassifier implements Classifier {
    private final GradientBoosting.Options options;

    public GradientBoostingClassifier(GradientBoosting.Options options) {
        this.options = options;
    }

    public GradientBoosting.Options options() {
        return options;
    }

    /** @throws LearnerException when the target has one class only (its log-odds are infinite) */
    @Override
    public FittedClassifier fit(double[][] features, double[] target) {
        Checks.binaryTrainingSet(features, target);
        double share = StandardizedMoments.mean(target);
        if (share == 0 || share == 1) {
            throw new LearnerException("gradient boosting needs both classes in the target, but every row is "
                    + (share == 0 ? "0" : "1"));
        }
        TreeEnsemble model = GradientBoosting.boost(features, target, options, GradientBoosting.Loss.LOG,
                Math.log(share / (1 - share)));
        return new TreeEnsembleClassifier(model, TreeEnsembleClassifier.Link.LOGIT);
    }
}
