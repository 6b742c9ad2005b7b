package causal.stream;

import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.InverseProbabilityWeighting;
import causal.inference.WaldInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inverse probability weighting over a {@link BatchSource}: the logistic propensity score by streamed IRLS
 * ({@link StreamingLogistic}, one pass per iteration), then one pass of {@link WeightedArms}. The numbers are those
 * of {@code causal.estimate.InverseProbabilityWeighting} with the same options: normalized (Hajek) weights with the
 * HC0 sandwich error of the weighted regression {@code y ~ t}, which for a binary t is
 * {@code √(Q_0 / W_0² + Q_1 / W_1²)} with {@code Q_g = Σ_{i in g} w_i² (y_i - μ_g)²}, {@code W_g = Σ w_i}; or
 * Horvitz-Thompson sums with {@code sd(ψ)/√n}; with {@code se = m_estimation} (the default) one more pass gives
 * the error that accounts for the estimated score ({@link WeightingInfluenceSums}). Normal intervals; {@code n}
 * counts the rows kept after trimming. The weighting pass also sums the balance table ({@link BalanceSums}): the
 * covariates' standardized mean differences before and after weighting, as in memory.
 */
public final class StreamingInverseProbabilityWeighting {
    /** The estimator's name in results, as in memory. */
    public static final String NAME = "ipw";

    private StreamingInverseProbabilityWeighting() {
    }

    /**
     * The weighted contrast of {@code query}'s outcome between treated and controls, weighting by the propensity
     * score of the query's covariates.
     *
     * @throws StreamException when the treatment is not 0/1, the propensity model cannot be fitted, trimming leaves
     *                         one group empty, or a column is missing or categorical
     */
    public static StreamedEstimate estimate(BatchSource source, EffectQuery query,
                                            InverseProbabilityWeighting.Options ipw, StreamOptions options) {
        Estimand estimand = query.estimand();
        if (estimand != Estimand.ATE && estimand != Estimand.ATT && estimand != Estimand.ATC) {
            throw new StreamException("ipw estimates the ATE, ATT or ATC, not the " + estimand);
        }
        SourceColumns.numeric(source, query.outcome(), "outcome");
        List<String> covariates = query.covariates();
        LogisticSolution propensity = StreamingLogistic.fit(source, covariates, query.treatment(),
                List.of(query.outcome()), options);
        double[] beta = propensity.coefficients();
        WeightedArms arms = StreamPass.run(source, () -> new WeightedArms(covariates, query.treatment(),
                query.outcome(), beta, estimand, ipw.trim()), options);
        long kept = arms.kept[0] + arms.kept[1];
        long keptTreated = arms.kept[1];
        if (keptTreated == 0 || keptTreated == kept) {
            throw new StreamException("after trimming at " + ipw.trim() + " no "
                    + (keptTreated == 0 ? "treated" : "control") + " rows are left; use a smaller trim");
        }
        double[] point = ipw.normalized() ? hajek(arms) : horvitzThompson(arms, estimand);
        double value = point[0];
        double se = point[1];
        int passes = propensity.passes() + 1;
        if (ipw.scoreEstimated()) {
            // One more pass: the error that accounts for the estimated score (the in-memory default).
            double focalScale = (double) kept / focal(arms, estimand);
            double[] centre = ipw.normalized() ? new double[] {arms.means[0], arms.means[1]}
                    : new double[] {point[0]};
            double[] scale = ipw.normalized() ? new double[] {arms.weights[0], arms.weights[1]}
                    : new double[] {focalScale};
            WeightingInfluenceSums sums = StreamPass.run(source, () -> new WeightingInfluenceSums(covariates,
                    query.treatment(), query.outcome(), beta, estimand, ipw.trim(), ipw.normalized(), centre, scale),
                    options);
            se = ipw.normalized() ? sums.root() : sums.root() / kept;
            passes++;
        }
        WaldInterval wald = WaldInterval.normal(value, se, Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("effective_sample_size_treated", arms.weights[1] * arms.weights[1] / arms.squaredWeights[1]);
        statistics.put("effective_sample_size_control", arms.weights[0] * arms.weights[0] / arms.squaredWeights[0]);
        statistics.put("propensity_min", arms.minimum);
        statistics.put("propensity_max", arms.maximum);
        statistics.put("trimmed", (double) arms.trimmed);
        List<String> notes = new ArrayList<>();
        if (arms.trimmed > 0) {
            notes.add(arms.trimmed + " rows with a propensity score outside [" + ipw.trim() + ", " + (1 - ipw.trim())
                    + "] were dropped; the estimate is for the remaining population");
        }
        if (arms.extreme > 0) {
            notes.add("poor overlap: " + arms.extreme + " of " + arms.rows + " rows have a propensity score below "
                    + "0.01 or above 0.99");
        }
        Estimate estimate = new Estimate(estimand, query.treatment(), query.outcome(), NAME, value, se, wald.low(),
                wald.high(), wald.pValue(), Counts.capped(kept), statistics,
                Optional.of(arms.balance.table(covariates, estimand)), notes);
        return new StreamedEstimate(estimate, kept, arms.dropped, passes);
    }

    /** The size of the population the Horvitz–Thompson sums are divided by. */
    private static long focal(WeightedArms arms, Estimand estimand) {
        return switch (estimand) {
            case ATT -> arms.kept[1];
            case ATC -> arms.kept[0];
            default -> arms.kept[0] + arms.kept[1];
        };
    }

    /** The weighted difference in means and the HC0 sandwich error of {@code lm(y ~ t, weights = w)}. */
    private static double[] hajek(WeightedArms arms) {
        double se = Math.sqrt(arms.deviations[0] / (arms.weights[0] * arms.weights[0])
                + arms.deviations[1] / (arms.weights[1] * arms.weights[1]));
        return new double[] {arms.means[1] - arms.means[0], se};
    }

    /** {@code mean(ψ)} and {@code sd(ψ)/√n}, {@code ψ = (n / N) (2t - 1) w y} over the kept rows. */
    private static double[] horvitzThompson(WeightedArms arms, Estimand estimand) {
        long kept = arms.kept[0] + arms.kept[1];
        double scale = (double) kept / focal(arms, estimand);
        return new double[] {scale * arms.termMean, scale * Math.sqrt(arms.termSquares / (kept - 1)) / Math.sqrt(kept)};
    }
}
