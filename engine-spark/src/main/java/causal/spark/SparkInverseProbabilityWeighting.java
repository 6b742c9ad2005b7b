package causal.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

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
 * {@code sd/√n} of {@code ψ = (n/N)(2t − 1) w y}. The balance table is not computed on this engine.
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
    public static Estimate estimate(Dataset<Row> data, EffectQuery query, InverseProbabilityWeighting.Options options) {
        if (options.scoreEstimated()) {
            throw new SparkEngineException("ipw on Spark computes the error that treats the score as known "
                    + "(se = hc0); the default M-estimation error runs in memory");
        }
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
            return weighted(scored, query, options, design);
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
        Row s = Actions.run("ipw weights", () -> rows.agg(count(when(kept, lit(1))),
                count(when(kept.and(treated), lit(1))), sum(when(treated, w)), sum(when(control, w)),
                sum(when(treated, w.multiply(col("y")))), sum(when(control, w.multiply(col("y")))),
                sum(when(treated, w.multiply(w))), sum(when(control, w.multiply(w))), min(e), max(e),
                count(when(e.lt(EXTREME).or(e.gt(1 - EXTREME)), lit(1))), count(lit(1))).first());
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
            double[] meat = SufficientStatistics.sums(rows, List.of(when(treated, score.multiply(score)),
                    when(control, score.multiply(score))), "ipw standard error");
            double variance = meat[0] / (treatedWeight * treatedWeight) + meat[1] / (controlWeight * controlWeight);
            point = new double[] {treatedMean - controlMean, Math.sqrt(variance)};
        } else {
            long focal = switch (query.estimand()) {
                case ATT -> keptTreated;
                case ATC -> keptRows - keptTreated;
                default -> keptRows;
            };
            point = horvitzThompson(rows, kept, (double) keptRows / focal, keptRows);
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
        notes.addAll(Counts.droppedNote(design.dropped));
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "ipw", point[0], point[1],
                interval.low(), interval.high(), interval.pValue(), Counts.rows(keptRows), statistics,
                Optional.empty(), notes);
    }

    /** {@code mean(ψ)} and {@code sd(ψ)/√n} over kept rows, {@code ψ = scale (2t − 1) w y}: two aggregations. */
    private static double[] horvitzThompson(Dataset<Row> rows, Column kept, double scale, long n) {
        Column psi = lit(scale).multiply(col("t").multiply(2.0).minus(1.0)).multiply(col("w")).multiply(col("y"));
        double mean = SufficientStatistics.sums(rows, List.of(when(kept, psi)), "ipw sums")[0] / n;
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
