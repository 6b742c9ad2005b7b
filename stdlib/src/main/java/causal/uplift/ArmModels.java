package causal.uplift;

import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.RowSubsets;

/**
 * The outcome model of each arm, {@code μ0} fitted on the control rows and {@code μ1} on the treated rows: the
 * T-learner's whole model and the X-learner's first stage.
 */
record ArmModels(FittedModel control, FittedModel treated) {

    /** Fits {@code learner} to each arm's rows. Not modified: features, treatment, outcome. */
    static ArmModels fit(Learner learner, double[][] features, double[] treatment, double[] outcome) {
        int[] controlRows = Rows.inArm(treatment, 0);
        int[] treatedRows = Rows.inArm(treatment, 1);
        FittedModel control = LearnerChoice.fit(learner, RowSubsets.select(features, controlRows),
                RowSubsets.select(outcome, controlRows), "outcome model of the control rows");
        FittedModel treated = LearnerChoice.fit(learner, RowSubsets.select(features, treatedRows),
                RowSubsets.select(outcome, treatedRows), "outcome model of the treated rows");
        return new ArmModels(control, treated);
    }

    /** {@code μ1(x) - μ0(x)} for every row. */
    double[] difference(double[][] features) {
        double[] out = treated.predict(features);
        double[] control = this.control.predict(features);
        for (int i = 0; i < out.length; i++) {
            out[i] -= control[i];
        }
        return out;
    }
}
