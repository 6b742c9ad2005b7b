package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Augmented inverse probability weighting (doubly robust): a logistic propensity score {@code e} and a linear
 * outcome model fitted separately on treated ({@code m1}) and control ({@code m0}) rows, combined through the
 * efficient influence function. For the ATE, {@code ψ_i = m1 - m0 + t (y - m1) / e - (1 - t)(y - m0) / (1 - e)};
 * the estimate is {@code mean(ψ)} and the standard error {@code sd(ψ)/√n} (Lunceford and Davidian 2004). ATT and ATC
 * use the analogous one-sided forms (Mercatanti and Li 2014), e.g. for the ATT
 * {@code τ = Σ [t (y - m0) - (1 - t) e (y - m0) / (1 - e)] / n1}. Normal intervals.
 */
public final class AugmentedInverseProbabilityWeighting implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("aipw", "Augmented inverse probability weighting",
            "doubly robust: a logistic propensity score and linear outcome models per arm, combined through the "
                    + "efficient influence function",
            Set.of(Estimand.ATE, Estimand.ATT, Estimand.ATC), true, List.of(),
            values -> new AugmentedInverseProbabilityWeighting());

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        EffectData effect = new EffectData(data, query, "aipw");
        double[] t = effect.binaryTreatment();
        double[] y = effect.outcome();
        DesignMatrix covariates = effect.covariateDesign();
        double[] e = PropensityScore.fit(covariates, t);
        double[] control = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            control[i] = 1 - t[i];
        }
        double[] m1 = armPrediction(covariates, y, t, "treated");
        double[] m0 = armPrediction(covariates, y, control, "control");
        Estimand estimand = query.estimand();
        double share = focalShare(estimand, t);
        double[] terms = terms(estimand, t, y, e, m1, m0, share);
        double value = mean(terms);
        double se = influenceStandardError(estimand, terms, t, value, share);
        WaldInterval inference = WaldInterval.normal(value, se, Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("propensity_min", PropensityScore.min(e));
        statistics.put("propensity_max", PropensityScore.max(e));
        List<String> notes = new ArrayList<>();
        String overlap = PropensityScore.overlapNote(e);
        if (overlap != null) {
            notes.add(overlap);
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "aipw", value, se,
                inference.low(), inference.high(), inference.pValue(), t.length, statistics, Optional.empty(), notes);
    }

    /** The outcome model fitted on one arm (weights 1 in it, 0 elsewhere), predicted for every row. */
    private static double[] armPrediction(DesignMatrix covariates, double[] y, double[] inArm, String arm) {
        LinearFit fit = EffectData.fitting("outcome model for the " + arm + " rows",
                () -> LinearRegression.fit(covariates, y, inArm));
        if (fit.residualDegreesOfFreedom() < 1) {
            throw new EstimationException("the outcome model for the " + arm + " rows has " + fit.parameters()
                    + " coefficients but only " + fit.observations() + " rows");
        }
        return covariates.times(fit.coefficients());
    }

    /** The share of rows in the target population: 1 for the ATE, the treated for the ATT, controls for the ATC. */
    private static double focalShare(Estimand estimand, double[] t) {
        double treated = mean(t);
        return switch (estimand) {
            case ATE -> 1.0;
            case ATT -> treated;
            case ATC -> 1 - treated;
            // Only the instrumental-variable estimators take the LATE (their specs say so).
            case LATE, CATE -> throw new IllegalStateException("this estimator takes ATE, ATT or ATC only");
        };
    }

    /** The per-row terms whose mean is the estimate. */
    private static double[] terms(Estimand estimand, double[] t, double[] y, double[] e, double[] m1, double[] m0,
            double share) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double term = switch (estimand) {
                case ATE -> m1[i] - m0[i] + t[i] * (y[i] - m1[i]) / e[i] - (1 - t[i]) * (y[i] - m0[i]) / (1 - e[i]);
                case ATT -> t[i] * (y[i] - m0[i]) - (1 - t[i]) * e[i] / (1 - e[i]) * (y[i] - m0[i]);
                case ATC -> (1 - t[i]) * (m1[i] - y[i]) + t[i] * (1 - e[i]) / e[i] * (y[i] - m1[i]);
                // Only the instrumental-variable estimators take the LATE (their specs say so).
                case LATE, CATE -> throw new IllegalStateException("this estimator takes ATE, ATT or ATC only");
            };
            out[i] = term / share;
        }
        return out;
    }

    /**
     * {@code sd(φ)/√n} of the influence values {@code φ_i = term_i - [i in target] · value / share}: for the ATE
     * simply {@code sd(ψ)/√n}; for ATT and ATC the second part accounts for estimating the target's size.
     */
    private static double influenceStandardError(Estimand estimand, double[] terms, double[] t, double value,
            double share) {
        double[] phi = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            double inTarget = switch (estimand) {
                case ATE -> 1.0;
                case ATT -> t[i];
                case ATC -> 1 - t[i];
                // Only the instrumental-variable estimators take the LATE (their specs say so).
                case LATE, CATE -> throw new IllegalStateException("this estimator takes ATE, ATT or ATC only");
            };
            phi[i] = terms[i] - inTarget * value / share;
        }
        return standardDeviation(phi) / Math.sqrt(terms.length);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** R's {@code sd}: divisor {@code n - 1}. */
    private static double standardDeviation(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
