package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.CovarianceType;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import causal.options.OptionSpec;
import causal.options.OptionValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Inverse probability weighting on a logistic propensity score {@code e}: weights {@code 1/e} and {@code 1/(1-e)}
 * (ATE), {@code 1} and {@code e/(1-e)} (ATT), {@code (1-e)/e} and {@code 1} (ATC).
 * <ul>
 * <li>Normalized (Hajek, the default): the weighted difference in means, with the HC0 sandwich standard error of
 * the weighted regression {@code y ~ t}: {@code sandwich::vcovHC(lm(y ~ t, weights = w), type = "HC0")}.
 * <li>Horvitz-Thompson: the weighted sums over the size of the target population (n, treated or controls), with
 * the standard error {@code sd(ψ)/√n} of its per-row terms ψ.
 * </ul>
 * Those two standard errors ({@code se = hc0}) treat the propensity score as known, which is conservative for the
 * ATE (Lunceford and Davidian 2004). The default {@code se = m_estimation} accounts for the score being estimated
 * (see {@link WeightingInfluence}). Intervals and p-values are normal. The result's {@code n} counts the rows left
 * after trimming.
 */
public final class InverseProbabilityWeighting implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("ipw", "Inverse probability weighting",
            "the weighted difference in means, weighting by the inverse of a logistic propensity score",
            Set.of(Estimand.ATE, Estimand.ATT, Estimand.ATC), true,
            List.of(new OptionSpec("normalized", "boolean", "true",
                            "true: weights normalized within each group (Hajek); false: Horvitz-Thompson sums"),
                    new OptionSpec("stabilized", "boolean", "true",
                            "multiply ATE weights by the share of the row's group (Robins et al. 2000); this "
                                    + "rescales the reported weights but leaves estimate and standard error as they are"),
                    new OptionSpec("trim", "number", "0",
                            "drop rows whose propensity score is below trim or above 1 - trim (0 <= trim < 0.5); "
                                    + "the score is not refitted"),
                    new OptionSpec("se", "word", "m_estimation",
                            "m_estimation: accounts for the estimated propensity score (Lunceford and Davidian "
                                    + "2004); hc0: treats the score as known (conservative for the ATE)")),
            values -> new InverseProbabilityWeighting(Options.from(values)));

    /** The configuration. */
    public record Options(boolean normalized, boolean stabilized, double trim, boolean scoreEstimated) {
        public static final Options DEFAULTS = new Options(true, true, 0, true);

        public Options {
            Checks.trimming(trim, "trim");
        }

        static Options from(Map<String, OptionValue> values) {
            OptionReader r = new OptionReader("ipw", values);
            return new Options(r.bool("normalized", true), r.bool("stabilized", true), r.number("trim", 0),
                    r.word("se", "m_estimation", Set.of("m_estimation", "hc0")).equals("m_estimation"));
        }
    }

    private final Options options;

    public InverseProbabilityWeighting(Options options) {
        this.options = options;
    }

    /** The configuration, for a streaming version of the same estimator. */
    public Options options() {
        return options;
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        EffectData effect = new EffectData(data, query, "ipw");
        double[] t = effect.binaryTreatment();
        double[] y = effect.outcome();
        DesignMatrix covariates = effect.covariateDesign();
        double[] e = PropensityScore.fit(covariates, t);
        Estimand estimand = query.estimand();
        double[] w = new double[t.length];
        int trimmed = 0;
        for (int i = 0; i < t.length; i++) {
            if (e[i] < options.trim() || e[i] > 1 - options.trim()) {
                trimmed++;
            } else {
                w[i] = weight(estimand, t[i], e[i]);
            }
        }
        int kept = t.length - trimmed;
        int keptTreated = countTreated(t, w);
        if (keptTreated == 0 || keptTreated == kept) {
            throw new EstimationException("after trimming at " + options.trim() + " no "
                    + (keptTreated == 0 ? "treated" : "control") + " rows are left; use a smaller trim");
        }
        double[] point = options.normalized() ? hajek(t, y, w)
                : horvitzThompson(t, y, w, focalSize(estimand, kept, keptTreated));
        if (options.scoreEstimated()) {
            WeightingInfluence influence = new WeightingInfluence(covariates, t, e);
            point[1] = options.normalized()
                    ? influence.hajek(estimand, y, w, point[2], point[3])
                    : influence.horvitzThompson(estimand, y, w, (double) kept / focalSize(estimand, kept, keptTreated),
                            point[0]);
        }
        if (options.stabilized() && estimand == Estimand.ATE) {
            stabilize(t, w, (double) keptTreated / kept);
        }
        WaldInterval inference = WaldInterval.normal(point[0], point[1], Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("effective_sample_size_treated", effectiveSampleSize(t, w, 1.0));
        statistics.put("effective_sample_size_control", effectiveSampleSize(t, w, 0.0));
        statistics.put("propensity_min", PropensityScore.min(e));
        statistics.put("propensity_max", PropensityScore.max(e));
        statistics.put("trimmed", (double) trimmed);
        List<String> notes = new ArrayList<>();
        if (trimmed > 0) {
            notes.add(trimmed + " rows with a propensity score outside [" + options.trim() + ", "
                    + (1 - options.trim()) + "] were dropped; the estimate is for the remaining population");
        }
        String overlap = PropensityScore.overlapNote(e);
        if (overlap != null) {
            notes.add(overlap);
        }
        BalanceTable balance = Balance.of(covariates, t, w, estimand);
        return new Estimate(estimand, query.treatment(), query.outcome(), "ipw", point[0], point[1], inference.low(),
                inference.high(), inference.pValue(), kept, statistics, Optional.of(balance), notes);
    }

    static double weight(Estimand estimand, double t, double e) {
        return switch (estimand) {
            case ATE -> t == 1.0 ? 1 / e : 1 / (1 - e);
            case ATT -> t == 1.0 ? 1 : e / (1 - e);
            case ATC -> t == 1.0 ? (1 - e) / e : 1;
            // Only the instrumental-variable estimators take the LATE (their specs say so).
            case LATE, CATE -> throw new IllegalStateException("this estimator takes ATE, ATT or ATC only");
        };
    }

    private static int focalSize(Estimand estimand, int kept, int keptTreated) {
        return switch (estimand) {
            case ATE -> kept;
            case ATT -> keptTreated;
            case ATC -> kept - keptTreated;
            // Only the instrumental-variable estimators take the LATE (their specs say so).
            case LATE, CATE -> throw new IllegalStateException("this estimator takes ATE, ATT or ATC only");
        };
    }

    /** Estimate and standard error of the weighted regression {@code y ~ t} with HC0 (rows of weight 0 drop out). */
    private static double[] hajek(double[] t, double[] y, double[] w) {
        double[] ones = new double[t.length];
        Arrays.fill(ones, 1.0);
        DesignMatrix design = DesignMatrix.ofColumns(List.of(DesignMatrix.INTERCEPT, "treatment"),
                new double[][] {ones, t});
        LinearFit fit = EffectData.fitting("weighted regression", () -> LinearRegression.fit(design, y, w));
        double[] v = SandwichCovariance.heteroskedastic(fit, design, y, w, CovarianceType.HC0);
        double mu0 = fit.coefficient(0);
        return new double[] {fit.coefficient(1), Math.sqrt(v[3]), mu0 + fit.coefficient(1), mu0};
    }

    /** {@code mean(ψ)} and {@code sd(ψ)/√n} over kept rows, {@code ψ_i = (n / N) (t_i - (1 - t_i)) w_i y_i}. */
    private static double[] horvitzThompson(double[] t, double[] y, double[] w, int focal) {
        int n = 0;
        for (double wi : w) {
            n += wi > 0 ? 1 : 0;
        }
        double scale = (double) n / focal;
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            if (w[i] > 0) {
                sum += scale * (2 * t[i] - 1) * w[i] * y[i];
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < t.length; i++) {
            if (w[i] > 0) {
                double d = scale * (2 * t[i] - 1) * w[i] * y[i] - mean;
                ss += d * d;
            }
        }
        return new double[] {mean, Math.sqrt(ss / (n - 1) / n)};
    }

    private static void stabilize(double[] t, double[] w, double shareTreated) {
        for (int i = 0; i < t.length; i++) {
            w[i] *= t[i] == 1.0 ? shareTreated : 1 - shareTreated;
        }
    }

    private static int countTreated(double[] t, double[] w) {
        int count = 0;
        for (int i = 0; i < t.length; i++) {
            if (w[i] > 0 && t[i] == 1.0) {
                count++;
            }
        }
        return count;
    }

    /** Kish's effective sample size {@code (Σw)² / Σw²} of one group. */
    static double effectiveSampleSize(double[] t, double[] w, double group) {
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] == group) {
                s += w[i];
                s2 += w[i] * w[i];
            }
        }
        return s * s / s2;
    }
}
