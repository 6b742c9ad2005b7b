package causal.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.var_samp;
import static org.apache.spark.sql.functions.when;

import causal.engine.EngineEstimate;
import causal.estimate.BalanceTable;
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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Inverse probability weighting on Spark, equal to {@code causal.estimate.InverseProbabilityWeighting}: the logistic
 * propensity score by {@link SparkLogisticRegression} (one aggregation per IRLS iteration), then two aggregations of
 * weighted sums with the coefficients as literals. Normalized (Hajek): {@code μ_t = Σ w t y / Σ w t} per arm, and the
 * HC0 sandwich variance of the weighted regression {@code y ~ t}, which for this design is
 * {@code Σ_{t=1} w²(y − μ₁)² / (Σ_{t=1} w)² + Σ_{t=0} w²(y − μ₀)² / (Σ_{t=0} w)²}. Horvitz-Thompson: the mean and
 * {@code sd/√n} of {@code ψ = (n/N)(2t − 1) w y}. These treat the score as known ({@code se = hc0}); the default
 * {@code se = m_estimation} takes one more aggregation for the error that accounts for its estimation
 * ({@link #influenceRoot}). The balance table is the in-memory one, summed in the weights' aggregation.
 */
public final class SparkInverseProbabilityWeighting {
    private static final double EXTREME = 0.01;

    private SparkInverseProbabilityWeighting() {
    }

    /**
     * The ATE, ATT or ATC of the query's binary treatment on its outcome, weighting by the propensity score of the
     * query's covariates.
     *
     * @throws SparkEngineException for another estimand, a treatment that is not binary, no overlap, or a trim that
     *     leaves one arm empty
     */
    public static EngineEstimate estimate(Dataset<Row> data, EffectQuery query,
            InverseProbabilityWeighting.Options options) {
        Estimand estimand = query.estimand();
        if (estimand != Estimand.ATE && estimand != Estimand.ATT && estimand != Estimand.ATC) {
            throw new SparkEngineException("ipw estimates the ATE, ATT or ATC, not the " + estimand);
        }
        SparkDesign design = SparkDesign.of(data, query.covariates(), List.of(query.treatment(), query.outcome()),
                List.of(), "propensity model");
        Dataset<Row> frame = SparkLogisticRegression.frame(data, design, query.treatment(), query.outcome());
        frame.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SparkLogisticRegression.Iterate model = SparkLogisticRegression.fit(frame, design, query.treatment());
            Dataset<Row> scored = model.scored(frame, design.size());
            return new EngineEstimate(weighted(scored, query, options, design), design.dropped);
        } finally {
            frame.unpersist();
        }
    }

    private static Estimate weighted(Dataset<Row> scored, EffectQuery query, InverseProbabilityWeighting.Options options,
            SparkDesign design) {
        Column t = col("t");
        Column e = col("e");
        Column kept = e.geq(options.trim()).and(e.leq(1 - options.trim()));
        Column weight = when(kept, weight(query.estimand(), t, e)).otherwise(lit(0.0));
        Dataset<Row> rows = scored.withColumn("w", weight);
        Column w = col("w");
        Column treated = t.equalTo(1.0);
        Column control = t.equalTo(0.0);
        List<Column> sums = new ArrayList<>(List.of(count(when(kept, lit(1))),
                count(when(kept.and(treated), lit(1))), sum(when(treated, w)), sum(when(control, w)),
                sum(when(treated, w.multiply(col("y")))), sum(when(control, w.multiply(col("y")))),
                sum(when(treated, w.multiply(w))), sum(when(control, w.multiply(w))), min(e), max(e),
                count(when(e.lt(EXTREME).or(e.gt(1 - EXTREME)), lit(1))), count(lit(1))));
        int balanceAt = sums.size();
        sums.addAll(balanceSums(design, treated, control, w));
        Row s = Actions.run("ipw weights", () -> rows.agg(sums.get(0), sums.subList(1, sums.size())
                .toArray(Column[]::new)).first());
        long keptRows = s.getLong(0);
        long keptTreated = s.getLong(1);
        if (keptTreated == 0 || keptTreated == keptRows) {
            throw new SparkEngineException("after trimming at " + options.trim() + " no "
                    + (keptTreated == 0 ? "treated" : "control") + " rows are left; use a smaller trim");
        }
        double treatedWeight = s.getDouble(2);
        double controlWeight = s.getDouble(3);
        double[] point;
        if (options.normalized()) {
            double treatedMean = s.getDouble(4) / treatedWeight;
            double controlMean = s.getDouble(5) / controlWeight;
            Column residual = when(treated, col("y").minus(lit(treatedMean))).otherwise(col("y").minus(lit(controlMean)));
            Column score = w.multiply(residual);
            double stdError;
            if (options.scoreEstimated()) {
                stdError = influenceRoot(rows, design, query.estimand(), kept, true,
                        new double[] {controlMean, treatedMean}, new double[] {controlWeight, treatedWeight});
            } else {
                double[] meat = SufficientStatistics.sums(rows, List.of(when(treated, score.multiply(score)),
                        when(control, score.multiply(score))), "ipw standard error");
                stdError = Math.sqrt(meat[0] / (treatedWeight * treatedWeight)
                        + meat[1] / (controlWeight * controlWeight));
            }
            point = new double[] {treatedMean - controlMean, stdError};
        } else {
            long focal = switch (query.estimand()) {
                case ATT -> keptTreated;
                case ATC -> keptRows - keptTreated;
                default -> keptRows;
            };
            double scale = (double) keptRows / focal;
            point = horvitzThompson(rows, kept, scale, keptRows, !options.scoreEstimated());
            if (options.scoreEstimated()) {
                point[1] = influenceRoot(rows, design, query.estimand(), kept, false, new double[] {point[0]},
                        new double[] {scale}) / keptRows;
            }
        }
        WaldInterval interval = WaldInterval.normal(point[0], point[1], Estimate.CONFIDENCE_LEVEL);
        long trimmed = s.getLong(11) - keptRows;
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("effective_sample_size_treated", treatedWeight * treatedWeight / s.getDouble(6));
        statistics.put("effective_sample_size_control", controlWeight * controlWeight / s.getDouble(7));
        statistics.put("propensity_min", s.getDouble(8));
        statistics.put("propensity_max", s.getDouble(9));
        statistics.put("trimmed", (double) trimmed);
        List<String> notes = new ArrayList<>();
        if (trimmed > 0) {
            notes.add(trimmed + " rows with a propensity score outside [" + options.trim() + ", "
                    + (1 - options.trim()) + "] were dropped; the estimate is for the remaining population");
        }
        long extreme = s.getLong(10);
        if (extreme > 0) {
            notes.add("poor overlap: " + extreme + " of " + s.getLong(11)
                    + " rows have a propensity score below 0.01 or above 0.99");
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "ipw", point[0], point[1],
                interval.low(), interval.high(), interval.pValue(), Counts.rows(keptRows), statistics,
                Optional.of(balance(s, balanceAt, design, query.estimand())), notes);
    }

    /** Per design column after the intercept, {@link #BALANCE_SUMS} sums of the balance table. */
    private static final int BALANCE_SUMS = 7;

    /**
     * The balance table's sums for every design column after the intercept (a dummy per level of a text
     * covariate, as in memory), over every complete row (trimmed ones too, as {@code causal.estimate.Balance}): per
     * arm the mean and unbiased variance, the weighted sum {@code Σ w x} (a trimmed row weighs 0), and whether the
     * column is 0/1 in every row. The columns are mean-shifted ({@link SparkDesign}): a 0/1 column's values are then
     * exactly {@code 0 − x̄} and {@code 1 − x̄}, the differences Spark computed.
     */
    private static List<Column> balanceSums(SparkDesign design, Column treated, Column control, Column w) {
        List<Column> sums = new ArrayList<>();
        for (int j = 1; j < design.size(); j++) {
            Column x = col("x" + j);
            double shift = design.shift[j];
            sums.add(avg(when(treated, x)));
            sums.add(var_samp(when(treated, x)));
            sums.add(avg(when(control, x)));
            sums.add(var_samp(when(control, x)));
            sums.add(sum(when(treated, w.multiply(x))));
            sums.add(sum(when(control, w.multiply(x))));
            Column zeroOrOne = x.equalTo(lit(0.0 - shift)).or(x.equalTo(lit(1.0 - shift)));
            sums.add(min(when(zeroOrOne, lit(1)).otherwise(lit(0))));
        }
        return sums;
    }

    /**
     * MatchIt's {@code std.mean.diff} before and after weighting from {@link #balanceSums}' results at {@code at}
     * in {@code s}, whose columns 2 and 3 are the arms' weight sums.
     */
    private static BalanceTable balance(Row s, int at, SparkDesign design, Estimand estimand) {
        double treatedWeight = s.getDouble(2);
        double controlWeight = s.getDouble(3);
        List<BalanceTable.Row> rows = new ArrayList<>();
        for (int j = 1; j < design.size(); j++) {
            int k = at + (j - 1) * BALANCE_SUMS;
            double shift = design.shift[j];
            rows.add(BalanceTable.Row.of(design.names.get(j), s.getInt(k + 6) == 1, estimand,
                    s.getDouble(k) + shift, variance(s, k + 1), s.getDouble(k + 2) + shift, variance(s, k + 3),
                    s.getDouble(k + 4) / treatedWeight + shift, s.getDouble(k + 5) / controlWeight + shift));
        }
        return new BalanceTable(rows);
    }

    /** An arm's variance: NaN for an arm of one row, as the in-memory (n − 1) division gives. */
    private static double variance(Row s, int k) {
        return s.isNullAt(k) ? Double.NaN : s.getDouble(k);
    }

    /**
     * The error that accounts for the estimated score ({@code se = m_estimation}, the in-memory default), times the
     * kept rows for Horvitz–Thompson: {@code causal.stream.WeightingInfluenceSums}'s sums in one aggregation. A row's
     * influence is {@code a + s vᵀx} with {@code s = t − e} and {@code v = M⁻¹h}, so {@code Σ IF² = A + 2vᵀB + vᵀCv}
     * with {@code A = Σa²}, {@code B = Σ a s x}, {@code C = Σ s² x xᵀ}, {@code M = Σ e(1−e) x xᵀ},
     * {@code h = Σ (∂a/∂η) x}; for the Hajek contrast {@code a = ±w(y − μ_arm)/W_arm}, for Horvitz–Thompson
     * {@code a = scale (2t − 1) w y − θ}; trimmed rows have {@code a = 0}. The regressors are the mean-shifted ones
     * of the fit: {@code vᵀx} is the same in any affine coordinates of x.
     *
     * @param centre μ0, μ1 (Hajek) or θ (Horvitz–Thompson)
     * @param scale  the arms' weight sums W0, W1 (Hajek) or the factor n_kept / focal (Horvitz–Thompson)
     */
    private static double influenceRoot(Dataset<Row> rows, SparkDesign design, Estimand estimand, Column kept,
            boolean normalized, double[] centre, double[] scale) {
        int p = design.size();
        Column t = col("t");
        Column e = col("e");
        Column y = col("y");
        Column w = col("w");
        Column treated = t.equalTo(1.0);
        Column g = weightSlope(estimand, t, e);
        Column a;
        Column d;
        if (normalized) {
            Column sign = when(treated, lit(1.0)).otherwise(lit(-1.0));
            Column centred = y.minus(when(treated, lit(centre[1])).otherwise(lit(centre[0])));
            Column arm = when(treated, lit(scale[1])).otherwise(lit(scale[0]));
            a = sign.multiply(w).multiply(centred).divide(arm);
            d = sign.multiply(g).multiply(centred).divide(arm);
        } else {
            Column sign = t.multiply(2.0).minus(1.0);
            a = lit(scale[0]).multiply(sign).multiply(w).multiply(y).minus(lit(centre[0]));
            d = lit(scale[0]).multiply(sign).multiply(g).multiply(y);
        }
        a = when(kept, a).otherwise(lit(0.0));
        d = when(kept, d).otherwise(lit(0.0));
        Column score = t.minus(e);
        Column variance = e.multiply(lit(1.0).minus(e));
        List<Column> sums = new ArrayList<>();
        sums.add(a.multiply(a));
        for (int j = 0; j < p; j++) {
            sums.add(d.multiply(col("x" + j)));
            sums.add(a.multiply(score).multiply(col("x" + j)));
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k <= j; k++) {
                Column product = col("x" + j).multiply(col("x" + k));
                sums.add(variance.multiply(product));
                sums.add(score.multiply(score).multiply(product));
            }
        }
        double[] s = SufficientStatistics.sums(rows, sums, "ipw standard error");
        double[] slope = new double[p];
        double[] cross = new double[p];
        for (int j = 0; j < p; j++) {
            slope[j] = s[1 + 2 * j];
            cross[j] = s[2 + 2 * j];
        }
        double[] information = new double[p * p];
        double[] scores = new double[p * p];
        int at = 1 + 2 * p;
        for (int j = 0; j < p; j++) {
            for (int k = 0; k <= j; k++) {
                information[j * p + k] = information[k * p + j] = s[at++];
                scores[j * p + k] = scores[k * p + j] = s[at++];
            }
        }
        double[] v = SymmetricInverse.times(SymmetricInverse.of(information, p, design.names, "propensity model"),
                slope, p);
        double linear = 0;
        double quadratic = 0;
        for (int j = 0; j < p; j++) {
            linear += v[j] * cross[j];
            for (int k = 0; k < p; k++) {
                quadratic += v[j] * scores[j * p + k] * v[k];
            }
        }
        return Math.sqrt(Math.max(0, s[0] + 2 * linear + quadratic));
    }

    /** {@code ∂w/∂η} over {@code w}'s arm as {@code causal.estimate.WeightingInfluence#weightSlope} gives it. */
    private static Column weightSlope(Estimand estimand, Column t, Column e) {
        Column one = lit(1.0);
        Column treatedSlope = one.minus(e).divide(e).multiply(-1.0);
        Column controlSlope = e.divide(one.minus(e));
        return switch (estimand) {
            case ATT -> when(t.equalTo(1.0), lit(0.0)).otherwise(controlSlope);
            case ATC -> when(t.equalTo(1.0), treatedSlope).otherwise(lit(0.0));
            default -> when(t.equalTo(1.0), treatedSlope).otherwise(controlSlope);
        };
    }

    /** {@code mean(ψ)} and (with {@code spread}) {@code sd(ψ)/√n} over kept rows, {@code ψ = scale (2t − 1) w y}: two aggregations. */
    private static double[] horvitzThompson(Dataset<Row> rows, Column kept, double scale, long n, boolean spread) {
        Column psi = lit(scale).multiply(col("t").multiply(2.0).minus(1.0)).multiply(col("w")).multiply(col("y"));
        double mean = SufficientStatistics.sums(rows, List.of(when(kept, psi)), "ipw sums")[0] / n;
        if (!spread) {
            return new double[] {mean, Double.NaN};  // the caller computes the error that accounts for the score
        }
        Column d = psi.minus(lit(mean));
        double squares = SufficientStatistics.sums(rows, List.of(when(kept, d.multiply(d))), "ipw spread")[0];
        return new double[] {mean, Math.sqrt(squares / (n - 1) / n)};
    }

    /** The weights of {@code InverseProbabilityWeighting}: ATE 1/e and 1/(1−e), ATT 1 and e/(1−e), ATC (1−e)/e and 1. */
    private static Column weight(Estimand estimand, Column t, Column e) {
        Column one = lit(1.0);
        return switch (estimand) {
            case ATT -> when(t.equalTo(1.0), one).otherwise(e.divide(one.minus(e)));
            case ATC -> when(t.equalTo(1.0), one.minus(e).divide(e)).otherwise(one);
            default -> when(t.equalTo(1.0), one.divide(e)).otherwise(one.divide(one.minus(e)));
        };
    }
}
