package causal.uplift;

import causal.learn.Learner;

/**
 * The T-learner ("two models", Künzel et al. 2019, §2): the outcome regressed on the features separately in the
 * control rows ({@code μ0}) and the treated rows ({@code μ1}); {@code τ̂(x) = μ1(x) - μ0(x)}. As CausalML's
 * {@code BaseTRegressor} and EconML's {@code TLearner}.
 */
public final class TLearner implements UpliftLearner {
    static final String KEYWORD = "tlearner";

    private final OutcomeLearnerOptions options;

    public TLearner(OutcomeLearnerOptions options) {
        this.options = options;
    }

    public OutcomeLearnerOptions options() {
        return options;
    }

    @Override
    public FittedUplift fit(double[][] features, double[] treatment, double[] outcome) {
        Checks.trainingSet(features, treatment, outcome);
        Checks.armSizes(treatment, 2, KEYWORD);
        Learner learner = options.learner().regressor(options.seed(), "learner");
        ArmModels arms = ArmModels.fit(learner, features, treatment, outcome);
        return FittedEffect.averagedOver(features, KEYWORD, arms::difference);
    }
}
