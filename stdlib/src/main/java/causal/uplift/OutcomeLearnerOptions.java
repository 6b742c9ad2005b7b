package causal.uplift;

/**
 * The options of the S- and T-learners: the regression learner of the outcome (fitted once with the treatment as a
 * feature, or once per arm) and the seed passed to it when it has none of its own.
 */
public record OutcomeLearnerOptions(LearnerChoice learner, long seed) {
    public static final OutcomeLearnerOptions DEFAULTS = new OutcomeLearnerOptions(
            LearnerChoice.of(MetaLearnerDefaults.LEARNER), 0);

    /** @throws UpliftOptionException when the learner is unknown or cannot regress */
    public OutcomeLearnerOptions {
        learner.regressor(seed, "learner");
    }

    public OutcomeLearnerOptions withLearner(LearnerChoice l) {
        return new OutcomeLearnerOptions(l, seed);
    }

    public OutcomeLearnerOptions withSeed(long s) {
        return new OutcomeLearnerOptions(learner, s);
    }
}
