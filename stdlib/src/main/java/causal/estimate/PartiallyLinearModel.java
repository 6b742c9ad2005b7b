package causal.estimate;

import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.RowSubsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partially linear model {@code Y = θ T + g(X) + ζ}, {@code T = m(X) + V} of Chernozhukov et al. (2018, §4.1),
 * by partialling out: with cross-fitted {@code ℓ(x) = E[Y | x]} and {@code m(x) = E[T | x]}, the residuals
 * {@code ỹ = y - ℓ(x)} and {@code ṽ = t - m(x)} give {@code θ = Σ ṽ ỹ / Σ ṽ²}, the root of the score
 * {@code ψ = (ỹ - θ ṽ) ṽ}. Its standard error is {@code sqrt(mean(ψ²) / J² / n)} with {@code J = -mean(ṽ²)}:
 * DoubleML's {@code DoubleMLPLR(score = "partialling out")}. For a continuous treatment θ is the effect of one unit.
 * With effect modifiers, {@code ỹ} is projected on {@code ṽ · (1, m - m̄)}, the final stage of EconML's
 * {@code LinearDML} and DoubleML's {@code DoubleMLPLR.cate}.
 */
final class PartiallyLinearModel implements DoubleMachineLearningModel {
    private final DoubleMachineLearningData data;
    private final String treatmentName;
    private final Learner outcome;
    private final String outcomeText;
    private final Learner treatment;
    private final String treatmentText;
    private final boolean treatmentIsProbability;

    /** {@code treatmentIsProbability}: the treatment learner is a classifier of a 0/1 treatment. */
    PartiallyLinearModel(DoubleMachineLearningData data, String treatmentName, Learner outcome, String outcomeText,
            Learner treatment, String treatmentText, boolean treatmentIsProbability) {
        this.data = data;
        this.treatmentName = treatmentName;
        this.outcome = outcome;
        this.outcomeText = outcomeText;
        this.treatment = treatment;
        this.treatmentText = treatmentText;
        this.treatmentIsProbability = treatmentIsProbability;
    }

    @Override
    public String description() {
        return "partially linear model (partialling-out score), outcome = " + outcomeText + ", treatment = "
                + treatmentText;
    }

    @Override
    public SplitEstimate estimate(int[] fold, int folds) {
        int n = data.rows();
        double[] outcomeMean = new double[n];
        double[] treatmentMean = new double[n];
        Parallel.forEach(folds, f -> {
            int[] test = RowSubsets.inFold(fold, f);
            int[] train = RowSubsets.outsideFold(fold, f);
            double[][] trainX = RowSubsets.select(data.features, train);
            double[][] testX = RowSubsets.select(data.features, test);
            FittedModel l = CrossFitting.fit(outcome, trainX, RowSubsets.select(data.outcome, train), f,
                    "outcome model", outcomeText, data.featureNames);
            RowSubsets.scatter(l.conditionalMean(testX), test, outcomeMean);
            FittedModel m = CrossFitting.fit(treatment, trainX, RowSubsets.select(data.treatment, train), f,
                    "treatment model", treatmentText, data.featureNames);
            RowSubsets.scatter(m.conditionalMean(testX), test, treatmentMean);
        });
        double[] outcomeResidual = residuals(data.outcome, outcomeMean);
        double[] treatmentResidual = residuals(data.treatment, treatmentMean);
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("outcome_r2", CrossFitting.rSquared(data.outcome, outcomeResidual));
        diagnostics.put("treatment_r2", CrossFitting.rSquared(data.treatment, treatmentResidual));
        if (treatmentIsProbability) {
            diagnostics.put("propensity_min", PropensityScore.min(treatmentMean));
            diagnostics.put("propensity_max", PropensityScore.max(treatmentMean));
        }
        double vv = 0;
        double vy = 0;
        for (int i = 0; i < n; i++) {
            vv += treatmentResidual[i] * treatmentResidual[i];
            vy += treatmentResidual[i] * outcomeResidual[i];
        }
        if (!(vv > 0)) {
            throw new EstimationException("the treatment model predicts " + treatmentName + " exactly from the "
                    + "covariates, so no variation is left to estimate its effect from");
        }
        if (data.hasModifiers()) {
            return modified(outcomeResidual, treatmentResidual, diagnostics);
        }
        double theta = vy / vv;
        double psi2 = 0;
        for (int i = 0; i < n; i++) {
            double psi = (outcomeResidual[i] - theta * treatmentResidual[i]) * treatmentResidual[i];
            psi2 += psi * psi;
        }
        double j = -vv / n;
        return new SplitEstimate(theta, Math.sqrt(psi2 / n / (j * j) / n), diagnostics);
    }

    /** {@code ỹ} on {@code ṽ} and {@code ṽ (m - m̄)} for each modifier, without intercept, HC0 errors. */
    private SplitEstimate modified(double[] outcomeResidual, double[] treatmentResidual,
            Map<String, Double> diagnostics) {
        double[][] basis = new double[data.modifiers.length + 1][];
        List<String> names = new ArrayList<>();
        basis[0] = treatmentResidual;
        names.add(treatmentName);
        for (int k = 0; k < data.modifiers.length; k++) {
            double[] m = data.modifiers[k];
            double[] column = new double[m.length];
            for (int i = 0; i < m.length; i++) {
                column[i] = treatmentResidual[i] * m[i];
            }
            basis[k + 1] = column;
            names.add(treatmentName + ":" + data.modifierNames.get(k));
        }
        BestLinearPredictor blp = BestLinearPredictor.fit(outcomeResidual, names, basis);
        return blp.splitEstimate(diagnostics);
    }

    private static double[] residuals(double[] values, double[] predictions) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] - predictions[i];
        }
        return out;
    }
}
