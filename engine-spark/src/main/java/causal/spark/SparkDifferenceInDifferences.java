package causal.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import causal.engine.EngineDeclinedException;
import causal.engine.EngineEstimate;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.StandardErrors;
import causal.inference.WaldInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Difference in differences from group moments computed by Spark.
 * <ul>
 * <li>{@link #twoByTwo}: the four means of the outcome by treated and post, {@code (ȳ₁₁ − ȳ₁₀) − (ȳ₀₁ − ȳ₀₀)},
 * with the HC1 standard error of the saturated regression {@code lm(y ~ treated * post)} (R's
 * {@code sandwich::vcovHC(type = "HC1")} on the interaction), {@code n/(n − 4) · Σ_c SS_c / n_c²}, t with n − 4 df.
 * <li>{@link #twoWayFixedEffects}: {@code causal.estimate}'s {@code twfe} ({@code fixest::feols(y ~ treated:post |
 * unit + time, cluster = ~unit)}) for a balanced panel with one treatment date. There the within transformation is
 * explicit: the coefficient is the difference between treated and control units of the mean change
 * {@code Δ_i = ȳ_i,post − ȳ_i,pre}, and the unit-clustered variance is {@code c (SS₁/N₁² + SS₀/N₀²)} over the units'
 * Δ, with fixest's factor {@code c = G/(G − 1) · (n − 1)/(n − K)}, {@code K = 1 + periods} (unit effects nested
 * in the clusters); t with G − 1 df. One group-by on the unit, then group moments of Δ by treated.
 * </ul>
 */
public final class SparkDifferenceInDifferences {
    private static final String DELTA = "__causal_delta";
    private static final String GROUP = "__causal_treated";
    private static final String UNIT_MEAN = "__causal_unit_mean";
    private static final String PERIOD_MEAN = "__causal_period_mean";
    private static final String PERIOD_POST = "__causal_period_post";

    private SparkDifferenceInDifferences() {
    }

    /**
     * The 2×2 difference in differences of the query's outcome, the treatment column marking treated rows and the
     * design's {@code post} column the periods after (both 0/1 or true/false).
     *
     * @throws SparkEngineException when a flag is not 0/1 or one of the four cells has no rows
     */
    public static EngineEstimate twoByTwo(Dataset<Row> data, EffectQuery query) {
        Design.DifferenceInDifferences design = design(query, "two_by_two");
        String treatment = query.treatment();
        SparkDesign rows = SparkDesign.of(data, List.of(), List.of(query.outcome(), treatment, design.post()),
                query.covariates(), "difference in differences");
        Column cell = concat_ws(":", SparkDesign.number(treatment).cast("string"),
                SparkDesign.number(design.post()).cast("string"));
        GroupMoments cells = GroupMoments.of(data.filter(rows.complete), cell, SparkDesign.number(query.outcome()),
                rows.dropped, query.outcome());
        for (String key : cells.keys()) {
            if (!List.of("0.0:0.0", "0.0:1.0", "1.0:0.0", "1.0:1.0").contains(key)) {
                String[] values = key.split(":");
                boolean treatedBad = !values[0].equals("0.0") && !values[0].equals("1.0");
                throw notFlag(treatedBad ? treatment : design.post(), treatedBad ? values[0] : values[1]);
            }
        }
        String[] names = {"0.0:0.0", "0.0:1.0", "1.0:0.0", "1.0:1.0"};
        String[] words = {"control rows before", "control rows after", "treated rows before", "treated rows after"};
        double[] means = new double[4];
        long n = 0;
        double variance = 0;
        for (int c = 0; c < 4; c++) {
            if (!cells.has(names[c])) {
                throw new SparkEngineException("there are no " + words[c] + " treatment (" + treatment + " = " + c / 2
                        + ", " + design.post() + " = " + c % 2 + "), so the 2x2 cannot be formed");
            }
            long count = cells.count(names[c]);
            means[c] = cells.mean(names[c]);
            n += count;
            variance += count < 2 ? 0 : (count - 1) * cells.variance(names[c]) / ((double) count * count);
        }
        if (n <= 4) {
            throw new SparkEngineException("the 2x2 needs more than 4 rows, and it has " + n);
        }
        double estimate = (means[3] - means[2]) - (means[1] - means[0]);
        double stdError = Math.sqrt(variance * n / (n - 4));
        WaldInterval interval = WaldInterval.studentT(estimate, stdError, n - 4, Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("treated_pre_mean", means[2]);
        statistics.put("treated_post_mean", means[3]);
        statistics.put("control_pre_mean", means[0]);
        statistics.put("control_post_mean", means[1]);
        statistics.put("df_residual", (double) (n - 4));
        List<String> notes = List.of("standard error HC1 of lm(y ~ treated * post)");
        return new EngineEstimate(new Estimate(query.estimand(), treatment, query.outcome(), "two_by_two", estimate,
                stdError, interval.low(), interval.high(), interval.pValue(), Counts.rows(n), statistics,
                Optional.empty(), notes), rows.dropped);
    }

    /**
     * {@code twfe} clustered by unit for a balanced panel with one treatment date, equal to
     * {@code causal.estimate.DifferenceInDifferencesEstimator} with its default standard errors.
     *
     * @throws SparkEngineException when a flag is not 0/1, the treated flag changes within a unit, the panel is
     *     unbalanced (units seen in different periods, or twice in one), or post differs between units in a period
     */
    public static EngineEstimate twoWayFixedEffects(Dataset<Row> data, EffectQuery query) {
        return twoWayFixedEffects(data, query, Optional.empty());
    }

    /**
     * As {@link #twoWayFixedEffects(Dataset, EffectQuery)}, with {@code se} HC1 or classical (empty: clustered by the
     * unit): then one more aggregation sums the two-way residuals {@code e = y − ȳ_unit − ȳ_period + ȳ − δ x̃},
     * {@code x̃ = (treated − τ̄)(post − p̄)} ({@code τ̄} the share of treated units, {@code p̄} of post periods), as
     * {@code Σe²} and {@code Σe²x̃²}: HC1 is {@code n/(n − N − T) · Σe²x̃² / (Σx̃²)²}, classical
     * {@code Σe²/(n − N − T) / Σx̃²}, t with {@code n − N − T} df, as in memory.
     */
    public static EngineEstimate twoWayFixedEffects(Dataset<Row> data, EffectQuery query,
            Optional<StandardErrors.Kind> se) {
        Design.DifferenceInDifferences design = design(query, "twfe");
        String treatment = query.treatment();
        // Rows missing a control are dropped, as in memory.
        SparkDesign rows = SparkDesign.of(data, List.of(), List.of(query.outcome(), treatment, design.post()),
                SufficientStatistics.concat(List.of(design.unit(), design.time()), query.covariates()), "twfe");
        Dataset<Row> kept = data.filter(rows.complete);
        Column t = SparkDesign.number(treatment);
        Column post = SparkDesign.number(design.post());
        Column y = SparkDesign.number(query.outcome());
        long[] periods = periods(kept, design, post);
        Dataset<Row> units = kept.groupBy(SparkColumns.column(design.unit())).agg(count(lit(1)).as("rows"),
                countDistinct(SparkColumns.column(design.time())).as("times"), min(t).as("t_min"),
                max(t).as("t_max"), sum(post).as("post_rows"),
                avg(when(post.equalTo(1.0), y)).minus(avg(when(post.equalTo(0.0), y))).as(DELTA),
                count(when(t.notEqual(0.0).and(t.notEqual(1.0)), lit(1))).as("bad_t"),
                count(when(post.notEqual(0.0).and(post.notEqual(1.0)), lit(1))).as("bad_post"),
                avg(y).as(UNIT_MEAN))
                .withColumn(GROUP, col("t_min"));
        units.persist();
        try {
            checkPanel(units, design, treatment, periods);
            GroupMoments deltas = GroupMoments.of(units, col(GROUP), col(DELTA), 0, query.outcome());
            if (!deltas.has("0") || !deltas.has("1")) {
                throw new SparkEngineException(treatment + " is " + (deltas.has("1") ? "1" : "0") + " for every unit: "
                        + "a difference in differences needs treated and control units");
            }
            if (se.isEmpty()) {
                return new EngineEstimate(clusteredEstimate(query, deltas, periods[0]), rows.dropped);
            }
            return new EngineEstimate(residualEstimate(query, se.get(), kept, units, deltas, periods), rows.dropped);
        } finally {
            units.unpersist();
        }
    }

    /** HC1 or classical errors from the two-way residuals' sums (see {@link #twoWayFixedEffects}). */
    private static Estimate residualEstimate(EffectQuery query, StandardErrors.Kind se, Dataset<Row> kept,
            Dataset<Row> units, GroupMoments deltas, long[] periods) {
        Design.DifferenceInDifferences design = (Design.DifferenceInDifferences) query.design();
        long treatedUnits = deltas.count("1");
        long controlUnits = deltas.count("0");
        long unitCount = treatedUnits + controlUnits;
        long times = periods[0];
        long postPeriods = periods[1];
        long n = unitCount * times;
        long df = n - unitCount - times;
        if (df <= 0) {
            throw new EngineDeclinedException("the panel has no residual degrees of freedom for " + se);
        }
        double effect = deltas.mean("1") - deltas.mean("0");
        double treatedShare = (double) treatedUnits / unitCount;
        double postShare = (double) postPeriods / times;
        Column y = SparkDesign.number(query.outcome());
        Column post = SparkDesign.number(design.post());
        Column time = SparkColumns.column(design.time());
        Dataset<Row> byPeriod = kept.groupBy(time).agg(avg(y).as(PERIOD_MEAN), max(post).as(PERIOD_POST));
        List<Row> periodRows = Actions.run("period means of " + query.outcome(), byPeriod::collectAsList);
        double grandMean = 0;
        for (Row r : periodRows) {
            grandMean += r.getDouble(1) / times;
        }
        Dataset<Row> rows = kept.join(units.select(SparkColumns.column(design.unit()), col(UNIT_MEAN), col(GROUP)),
                design.unit()).join(broadcast(byPeriod), design.time());
        Column x = col(GROUP).minus(lit(treatedShare)).multiply(col(PERIOD_POST).minus(lit(postShare)));
        Column e = y.minus(col(UNIT_MEAN)).minus(col(PERIOD_MEAN)).plus(lit(grandMean))
                .minus(lit(effect).multiply(x));
        Column squared = e.multiply(e);
        double[] sums = SufficientStatistics.sums(rows, List.of(squared, squared.multiply(x).multiply(x)),
                "twfe residuals");
        double within = (double) controlUnits * treatedUnits / unitCount * postPeriods * (times - postPeriods) / times;
        boolean hc1 = se == StandardErrors.Kind.HC1;
        double variance = hc1 ? n / (double) df * sums[1] / (within * within) : sums[0] / df / within;
        double stdError = Math.sqrt(variance);
        WaldInterval interval = WaldInterval.studentT(effect, stdError, df, Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("units", (double) unitCount);
        statistics.put("periods", (double) times);
        statistics.put("two_by_two", effect);
        statistics.put("df_residual", (double) df);
        List<String> notes = new ArrayList<>(List.of("standard errors " + (hc1 ? "heteroskedasticity-robust (HC1)"
                : "classical (iid)")));
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "twfe", effect, stdError,
                interval.low(), interval.high(), interval.pValue(), Counts.rows(n), statistics, Optional.empty(), notes);
    }

    private static Estimate clusteredEstimate(EffectQuery query, GroupMoments deltas, long periods) {
        long treatedUnits = deltas.count("1");
        long controlUnits = deltas.count("0");
        long g = treatedUnits + controlUnits;
        long n = g * periods;
        double estimate = deltas.mean("1") - deltas.mean("0");
        double spread = squares(deltas, "1") / ((double) treatedUnits * treatedUnits)
                + squares(deltas, "0") / ((double) controlUnits * controlUnits);
        double factor = (double) g / (g - 1) * (n - 1.0) / (n - (1.0 + periods));
        double stdError = Math.sqrt(factor * spread);
        WaldInterval interval = WaldInterval.studentT(estimate, stdError, g - 1, Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("units", (double) g);
        statistics.put("periods", (double) periods);
        statistics.put("clusters", (double) g);
        statistics.put("two_by_two", estimate);
        statistics.put("df_residual", (double) (g - 1));
        // The in-memory fit's note: fixest's small-sample factors, from the units' mean changes on a balanced panel.
        String unit = ((Design.DifferenceInDifferences) query.design()).unit();
        List<String> notes = new ArrayList<>(List.of("standard errors clustered by " + unit));
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "twfe", estimate, stdError,
                interval.low(), interval.high(), interval.pValue(), Counts.rows(n), statistics, Optional.empty(), notes);
    }

    /** {@code Σ(Δ − Δ̄)²} of one group. */
    private static double squares(GroupMoments deltas, String key) {
        long n = deltas.count(key);
        return n < 2 ? 0 : (n - 1) * deltas.variance(key);
    }

    /** The number of periods, and of post periods; post must be the same for every unit in a period. */
    private static long[] periods(Dataset<Row> kept, Design.DifferenceInDifferences design, Column post) {
        Dataset<Row> byTime = kept.groupBy(SparkColumns.column(design.time())).agg(min(post).as("lo"),
                max(post).as("hi"));
        Row r = Actions.run("periods of " + design.time(), () -> byTime.agg(count(lit(1)),
                count(when(col("lo").notEqual(col("hi")), lit(1))), sum(col("hi"))).first());
        if (r.getLong(1) > 0) {
            throw new EngineDeclinedException("engine spark fits twfe with one treatment date: " + design.post()
                    + " must be the same for every unit in a period, and it differs in " + r.getLong(1) + " of "
                    + design.time() + "'s periods; staggered designs run in memory");
        }
        return new long[] {r.getLong(0), r.isNullAt(2) ? 0 : Math.round(r.getDouble(2))};
    }

    private static void checkPanel(Dataset<Row> units, Design.DifferenceInDifferences design, String treatment,
            long[] periods) {
        Row r = Actions.run("panel of " + design.unit(), () -> units.agg(min(col("rows")), max(col("rows")),
                max(col("times")), count(when(col("t_min").notEqual(col("t_max")), lit(1))), sum(col("bad_t")),
                sum(col("bad_post"))).first());
        if (r.getLong(4) > 0) {
            throw notFlag(treatment, "a value other than 0 and 1");
        }
        if (r.getLong(5) > 0) {
            throw notFlag(design.post(), "a value other than 0 and 1");
        }
        if (r.getLong(3) > 0) {
            throw new EngineDeclinedException(treatment + " changes within " + r.getLong(3) + " unit(s) of "
                    + design.unit() + "; engine spark fits twfe with a treated flag that is constant per unit");
        }
        if (r.getLong(0) != periods[0] || r.getLong(1) != periods[0] || r.getLong(2) != periods[0]) {
            throw new EngineDeclinedException("engine spark fits twfe on a balanced panel (every unit once in each of "
                    + "the " + periods[0] + " periods of " + design.time() + "), and units have between "
                    + r.getLong(0) + " and " + r.getLong(1) + " rows; unbalanced panels run in memory");
        }
        if (periods[1] == 0 || periods[1] == periods[0]) {
            throw new SparkEngineException(design.post() + " is " + (periods[1] == 0 ? "0" : "1") + " in every "
                    + "row: a difference in differences needs rows both before and after treatment");
        }
    }

    private static Design.DifferenceInDifferences design(EffectQuery query, String keyword) {
        if (!(query.design() instanceof Design.DifferenceInDifferences design)) {
            throw new SparkEngineException(keyword + " estimates from a difference-in-differences design");
        }
        return design;
    }

    /** A flag that is not 0/1: declined, so that the in-memory fit reports it with its row. */
    private static EngineDeclinedException notFlag(String column, String value) {
        return new EngineDeclinedException("the flag " + column + " must be 0/1 or true/false, but it has " + value);
    }
}
