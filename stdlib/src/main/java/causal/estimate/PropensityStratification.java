package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.DesignMatrix;
import causal.options.OptionSpec;
import causal.text.Printf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code stratify}: subclassification on the propensity score (Rosenbaum and Rubin 1984). The logistic score (as
 * {@code ipw}) is cut at its sample quantiles into {@code bins} strata (R's {@code quantile(type = 7)} breaks,
 * lowest included); within each stratum the effect is the difference in means; the ATE weights strata by their
 * size, the ATT by their treated rows, the ATC by their controls. The standard error treats strata as independent:
 * sqrt(Σ w_s² (s²₁ₛ/n₁ₛ + s²₀ₛ/n₀ₛ)). A stratum without both groups is an error naming it.
 */
public final class PropensityStratification implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("stratify", "Propensity score stratification",
            "differences in means within strata of the logistic propensity score, averaged over strata",
            Set.of(Estimand.ATE, Estimand.ATT, Estimand.ATC), true,
            List.of(new OptionSpec("bins", "integer", "5", "how many strata (quantiles of the score)")),
            values -> {
                int bins = new OptionReader("stratify", values).integer("bins", 5);
                Checks.atLeast(bins, 2, "bins");
                return new PropensityStratification(bins);
            });

    private final int bins;

    public PropensityStratification(int bins) {
        this.bins = bins;
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        EffectData effect = new EffectData(data, query, "stratify");
        double[] t = effect.binaryTreatment();
        double[] y = effect.outcome();
        DesignMatrix covariates = effect.covariateDesign();
        double[] e = PropensityScore.fit(covariates, t);
        double[] breaks = quantileBreaks(e, bins);
        int n = t.length;
        int[] stratum = new int[n];
        for (int i = 0; i < n; i++) {
            int s = 0;
            while (s < bins - 1 && e[i] > breaks[s + 1]) {
                s++;
            }
            stratum[i] = s;
        }
        double[][] sums = new double[bins][2];
        double[][] squares = new double[bins][2];
        int[][] counts = new int[bins][2];
        for (int i = 0; i < n; i++) {
            int g = (int) t[i];
            sums[stratum[i]][g] += y[i];
            squares[stratum[i]][g] += y[i] * y[i];
            counts[stratum[i]][g]++;
        }
        double total = 0;
        double[] weight = new double[bins];
        for (int s = 0; s < bins; s++) {
            if (counts[s][0] < 2 || counts[s][1] < 2) {
                throw new EstimationException("stratum " + (s + 1) + " of " + bins + " (propensity "
                        + Printf.format("%.3f to %.3f", breaks[s], breaks[s + 1]) + ") has "
                        + counts[s][1] + " treated and " + counts[s][0] + " control rows; each needs at least 2: "
                        + "use fewer bins");
            }
            weight[s] = switch (query.estimand()) {
                case ATT -> counts[s][1];
                case ATC -> counts[s][0];
                default -> counts[s][0] + counts[s][1];
            };
            total += weight[s];
        }
        double value = 0;
        double variance = 0;
        Map<String, Double> statistics = new LinkedHashMap<>();
        for (int s = 0; s < bins; s++) {
            double w = weight[s] / total;
            double m1 = sums[s][1] / counts[s][1];
            double m0 = sums[s][0] / counts[s][0];
            double v1 = (squares[s][1] - counts[s][1] * m1 * m1) / (counts[s][1] - 1);
            double v0 = (squares[s][0] - counts[s][0] * m0 * m0) / (counts[s][0] - 1);
            value += w * (m1 - m0);
            variance += w * w * (v1 / counts[s][1] + v0 / counts[s][0]);
            statistics.put("stratum_" + (s + 1) + "_effect", m1 - m0);
            statistics.put("stratum_" + (s + 1) + "_treated", (double) counts[s][1]);
            statistics.put("stratum_" + (s + 1) + "_controls", (double) counts[s][0]);
        }
        double se = Math.sqrt(variance);
        WaldInterval inference = WaldInterval.normal(value, se, Estimate.CONFIDENCE_LEVEL);
        statistics.put("propensity_min", PropensityScore.min(e));
        statistics.put("propensity_max", PropensityScore.max(e));
        List<String> notes = new ArrayList<>();
        String overlap = PropensityScore.overlapNote(e);
        if (overlap != null && !overlap.isEmpty()) {
            notes.add(overlap);
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "stratify", value, se,
                inference.low(), inference.high(), inference.pValue(), n, statistics, Optional.empty(), notes);
    }

    /** R's quantile(x, seq(0, 1, length = bins + 1), type = 7). */
    static double[] quantileBreaks(double[] x, int bins) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] breaks = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            double h = (sorted.length - 1) * (double) k / bins;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, sorted.length - 1);
            breaks[k] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
        return breaks;
    }
}
