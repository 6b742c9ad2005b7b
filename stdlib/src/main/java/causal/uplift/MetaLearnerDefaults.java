package causal.uplift;

/** The defaults the meta-learners share, so the registry and the options records cannot disagree. */
final class MetaLearnerDefaults {
    /** Gradient boosting: it finds interactions (the S-learner needs them) with scikit-learn's defaults. */
    static final String LEARNER = "gbm";
    /** Logistic regression, as CausalML's and EconML's default propensity models. */
    static final String PROPENSITY = "logistic";
    static final int FOLDS = 5;
    /** Propensities are clipped to {@code [0.01, 0.99]} before they divide: CausalML clips at 1e-3, EconML 1e-6. */
    static final double MIN_PROPENSITY = 0.01;

    private MetaLearnerDefaults() {
    }
}
