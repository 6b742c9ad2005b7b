package causal.uplift;

import causal.learn.Learner;

/**
 * The T-learner ("two models", Künzel et al. 2019, §2): the outcome regressed on the features separately in the
 * control rows ({@code μ0}) and the treated rows ({@code μ1}); {@code τ̂(x) = μ1(x) - μ0(x)}. As CausalML's
 * {@code BaseTRegressor} and EconML's {@code TLearner}.
 */
public final class TLearner implements UpliftLearner {
    static final String KEYWORD = "tlearner";

    /** @param learner the regression fitted in each arm; @param seed passed to the learner */
    public record Options(LearnerChoice learner, long seed) {
        public static final Options DEFAULTS = new Options(LearnerChoice.of(MetaLearnerDefaults.LEARNER), 0);

        /** @throws UpliftOptionException when the learner is unknown or cannot regress */
        public Options {
            learner.regressor(seed, "learner");
        }

        public Options withLearner(LearnerChoice l) {
            return new Options(l, seed);
        }

        public Options withSeed(long s) {
            return new Options(learner, s);
        }
    }

    private final Options options;

    public TLearner(Options options) {
        this.options = options;
    }

    public Options options() {
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
