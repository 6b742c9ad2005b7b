package causal.uplift;

import causal.learn.FittedModel;
import causal.learn.Learner;
import java.util.Arrays;

/**
 * The S-learner ("single model", Künzel et al. 2019, PNAS 116(10), §2): one regression {@code μ(x, t)} of the
 * outcome on the features and the treatment as one more feature; {@code τ̂(x) = μ(x, 1) - μ(x, 0)}. As CausalML's
 * {@code BaseSRegressor} and EconML's {@code SLearner}. A learner without interactions (e.g. {@code linear}) gives
 * the same effect for every row; trees and boosting can find heterogeneity, but may also shrink the treatment's part
 * towards zero when it is small next to the features'.
 */
public final class SLearner implements UpliftLearner {
    static final String KEYWORD = "slearner";

    private final OutcomeLearnerOptions options;

    public SLearner(OutcomeLearnerOptions options) {
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
        double[][] withTreatment = Arrays.copyOf(features, features.length + 1);
        withTreatment[features.length] = treatment;
        FittedModel model = LearnerChoice.fit(learner, withTreatment, outcome, "outcome model");
        return FittedEffect.averagedOver(features, KEYWORD, x -> contrast(model, x));
    }

    /** {@code μ(x, 1) - μ(x, 0)} for every row. */
    private static double[] contrast(FittedModel model, double[][] features) {
        int rows = features[0].length;
        double[][] asTreated = Arrays.copyOf(features, features.length + 1);
        asTreated[features.length] = constant(rows, 1);
        double[][] asControl = Arrays.copyOf(features, features.length + 1);
        asControl[features.length] = constant(rows, 0);
        double[] treated = model.predict(asTreated);
        double[] control = model.predict(asControl);
        for (int i = 0; i < rows; i++) {
            treated[i] -= control[i];
        }
        return treated;
    }

    private static double[] constant(int rows, double value) {
        double[] column = new double[rows];
        Arrays.fill(column, value);
        return column;
    }
}
