package causal.estimate;

import causal.learn.Classifier;
import causal.learn.DesignMatrix;
import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.RowSubsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interactive model {@code Y = g(T, X) + U}, {@code T = m(X) + V} of Chernozhukov et al. (2018, §5.1) for a 0/1
 * treatment, with the doubly robust (AIPW) scores of DoubleML's {@code DoubleMLIRM}: cross-fitted outcome models
 * {@code g0}, {@code g1} (fitted on the control and on the treated rows of the other folds) and propensity {@code m},
 * clipped to {@code [trim, 1 - trim]}. ATE ({@code score = "ATE"}): {@code ψ_b = g1 - g0 + t (y - g1) / m
 * - (1 - t)(y - g0) / (1 - m)}, {@code ψ_a = -1}. ATT ({@code score = "ATTE"}), with {@code p = mean(t)}:
 * {@code ψ_b = t (y - g0) / p - m (1 - t)(y - g0) / (p (1 - m))}, {@code ψ_a = -t / p}. Then
 * {@code θ = -mean(ψ_b) / mean(ψ_a)} and {@code se = sqrt(mean(ψ²) / J² / n)} with {@code ψ = ψ_a θ + ψ_b},
 * {@code J = mean(ψ_a)}. With effect modifiers, the ATE signal {@code ψ_b} is projected on {@code (1, m - m̄)}, as
 * DoubleML's {@code DoubleMLIRM.cate}.
 */
final class InteractiveModel implements DoubleMachineLearningModel {
    private final DoubleMachineLearningData data;
    private final Learner outcome;
    private final String outcomeText;
    private final Classifier treatment;
    private final String treatmentText;
    private final double trim;
    private final Estimand estimand;
    private final double[] control;

    InteractiveModel(DoubleMachineLearningData data, Learner outcome, String outcomeText, Classifier treatment,
            String treatmentText, double trim, Estimand estimand) {
        this.data = data;
        this.outcome = outcome;
        this.outcomeText = outcomeText;
        this.treatment = treatment;
        this.treatmentText = treatmentText;
        this.trim = trim;
        this.estimand = estimand;
        this.control = new double[data.rows()];
        for (int i = 0; i < control.length; i++) {
            control[i] = 1 - data.treatment[i];
        }
    }

    @Override
    public String description() {
        return "interactive model (AIPW score), outcome = " + outcomeText + ", treatment = " + treatmentText;
    }

    @Override
    public SplitEstimate estimate(int[] fold, int folds) {
        int n = data.rows();
        double[] g0 = new double[n];
        double[] g1 = new double[n];
        double[] propensity = new double[n];
        Parallel.forEach(folds, f -> {
            int[] test = RowSubsets.inFold(fold, f);
            double[][] testX = RowSubsets.select(data.features, test);
            RowSubsets.scatter(armModel(fold, f, control, "control").conditionalMean(testX), test, g0);
            RowSubsets.scatter(armModel(fold, f, data.treatment, "treated").conditionalMean(testX), test, g1);
            int[] train = RowSubsets.outsideFold(fold, f);
            FittedModel m = CrossFitting.fit(treatment, RowSubsets.select(data.features, train),
                    RowSubsets.select(data.treatment, train), f, "propensity model", treatmentText,
                    data.featureNames);
            RowSubsets.scatter(m.conditionalMean(testX), test, propensity);
        });
        Map<String, Double> diagnostics = diagnostics(g0, g1, propensity);
        double[] clipped = new double[n];
        for (int i = 0; i < n; i++) {
            clipped[i] = Math.min(Math.max(propensity[i], trim), 1 - trim);
        }
        return switch (estimand) {
            case ATE -> averageEffect(ateSignal(g0, g1, clipped), diagnostics);
            case ATT -> effectOnTheTreated(g0, clipped, diagnostics);
            case CATE -> modified(ateSignal(g0, g1, clipped), diagnostics);
            // The spec admits ATE, ATT and CATE only.
            case ATC, LATE -> throw new IllegalStateException("dml's interactive model takes ATE, ATT or CATE");
        };
    }

    /** The outcome model of one arm ({@code inArm[i] == 1}), fitted on that arm's rows outside fold {@code f}. */
    private FittedModel armModel(int[] fold, int f, double[] inArm, String arm) {
        int[] train = RowSubsets.outsideFold(fold, f, inArm, 1);
        if (train.length == 0) {
            throw new EstimationException("there are no " + arm + " rows outside fold " + (f + 1) + ", so the "
                    + "outcome model for the " + arm + " rows cannot be fitted there; use fewer folds");
        }
        return CrossFitting.fit(outcome, RowSubsets.select(data.features, train),
                RowSubsets.select(data.outcome, train), f, "outcome model for the " + arm + " rows", outcomeText,
                data.featureNames);
    }

    /** The propensity's range before clipping, how many rows were clipped, and the outcome models' R². */
    private Map<String, Double> diagnostics(double[] g0, double[] g1, double[] propensity) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("propensity_min", PropensityScore.min(propensity));
        out.put("propensity_max", PropensityScore.max(propensity));
        int trimmed = 0;
        for (double e : propensity) {
            if (e < trim || e > 1 - trim) {
                trimmed++;
            }
        }
        out.put("propensity_trimmed", (double) trimmed);
        double[] residual = new double[g0.length];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = data.outcome[i] - (data.treatment[i] == 1 ? g1[i] : g0[i]);
        }
        out.put("outcome_r2", CrossFitting.rSquared(data.outcome, residual));
        return out;
    }

    /** DoubleML's {@code psi_b} of the ATE score: the doubly robust signal whose mean is the ATE. */
    private double[] ateSignal(double[] g0, double[] g1, double[] e) {
        double[] y = data.outcome;
        double[] t = data.treatment;
        double[] out = new double[y.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = g1[i] - g0[i] + t[i] * (y[i] - g1[i]) / e[i] - (1 - t[i]) * (y[i] - g0[i]) / (1 - e[i]);
        }
        return out;
    }

    /** {@code ψ_a = -1}: θ is the signal's mean and {@code se = sqrt(mean((ψ_b - θ)²) / n)}. */
    private static SplitEstimate averageEffect(double[] signal, Map<String, Double> diagnostics) {
        int n = signal.length;
        double theta = 0;
        for (double s : signal) {
            theta += s;
        }
        theta /= n;
        double psi2 = 0;
        for (double s : signal) {
            psi2 += (s - theta) * (s - theta);
        }
        return new SplitEstimate(theta, Math.sqrt(psi2 / n / n), diagnostics);
    }

    /** DoubleML's {@code ATTE} score; {@code p} is the share of treated rows in the whole sample. */
    private SplitEstimate effectOnTheTreated(double[] g0, double[] e, Map<String, Double> diagnostics) {
        double[] y = data.outcome;
        double[] t = data.treatment;
        int n = y.length;
        double p = 0;
        for (double v : t) {
            p += v;
        }
        p /= n;
        double[] b = new double[n];
        double sumA = 0;
        double sumB = 0;
        for (int i = 0; i < n; i++) {
            double u0 = y[i] - g0[i];
            b[i] = t[i] * u0 / p - e[i] * (1 - t[i]) * u0 / (p * (1 - e[i]));
            sumA -= t[i] / p;
            sumB += b[i];
        }
        double theta = -sumB / sumA;
        double psi2 = 0;
        for (int i = 0; i < n; i++) {
            double psi = -t[i] / p * theta + b[i];
            psi2 += psi * psi;
        }
        double j = sumA / n;
        return new SplitEstimate(theta, Math.sqrt(psi2 / n / (j * j) / n), diagnostics);
    }

    /** The signal on an intercept and the centred modifiers, HC0 errors: the intercept is the effect at their means. */
    private SplitEstimate modified(double[] signal, Map<String, Double> diagnostics) {
        double[][] basis = new double[data.modifiers.length + 1][];
        List<String> names = new ArrayList<>();
        basis[0] = new double[signal.length];
        Arrays.fill(basis[0], 1.0);
        names.add(DesignMatrix.INTERCEPT);
        for (int k = 0; k < data.modifiers.length; k++) {
            basis[k + 1] = data.modifiers[k];
            names.add(data.modifierNames.get(k));
        }
        return BestLinearPredictor.fit(signal, names, basis).splitEstimate(diagnostics);
    }
}
