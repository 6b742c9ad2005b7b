package causal.spark;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import causal.learn.DesignMatrix;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Sufficient statistics computed by Spark: each is one {@code agg} of sum expressions over the data (a group-by
 * first where the statistic is per group), so only the sums, never the rows, come back to this JVM.
 */
public final class SufficientStatistics {
    /** The intercept's name, as {@code causal.learn.DesignMatrix} calls it. */
    public static final String INTERCEPT = DesignMatrix.INTERCEPT;

    private SufficientStatistics() {
    }

    /**
     * The cross products of {@code outcome} on an intercept and {@code terms} (expanded as {@code DesignMatrix}
     * does), over the rows with a value in every one of those columns. Two aggregations: counts and means, then the
     * cross products of the mean-shifted columns.
     *
     * @throws SparkEngineException for a missing column, a column of the wrong type, or no complete rows
     */
    public static CrossProducts crossProducts(Dataset<Row> data, String outcome, List<String> terms) {
        SparkDesign design = SparkDesign.of(data, terms, List.of(outcome), List.of(), "regression");
        return crossProducts(data.filter(design.complete), design, design.shifted(outcome), design.mean(outcome));
    }

    /** The cross products of the design's regressors and {@code outcome}, shifted by {@code outcomeShift}. */
    static CrossProducts crossProducts(Dataset<Row> kept, SparkDesign design, Column outcome, double outcomeShift) {
        int p = design.size();
        List<Column> sums = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                sums.add(design.columns.get(a).multiply(design.columns.get(b)));
            }
        }
        for (int a = 0; a < p; a++) {
            sums.add(design.columns.get(a).multiply(outcome));
        }
        sums.add(outcome);
        sums.add(outcome.multiply(outcome));
        double[] s = sums(kept, sums, "cross products");
        double[] cross = new double[p * p];
        int at = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                cross[a * p + b] = s[at];
                cross[b * p + a] = s[at++];
            }
        }
        double[] crossOutcome = new double[p];
        System.arraycopy(s, at, crossOutcome, 0, p);
        return new CrossProducts(design.names, design.rows, design.dropped, design.shift, outcomeShift, cross,
                crossOutcome, s[at + p], s[at + p + 1]);
    }

    /**
     * {@code Σ_i w_i x̃_i x̃_iᵀ} over {@code kept} for the design's regressors and a per-row weight expression (the
     * meat of a sandwich covariance: {@code w = e²} for HC0/HC1), row-major.
     */
    static double[] weightedCross(Dataset<Row> kept, SparkDesign design, Column weight, String what) {
        int p = design.size();
        List<Column> sums = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                sums.add(weight.multiply(design.columns.get(a)).multiply(design.columns.get(b)));
            }
        }
        return symmetric(sums(kept, sums, what), p);
    }

    /**
     * {@code Σ_g s_g s_gᵀ} with {@code s_g = Σ_{i ∈ g} score_i x̃_i}, the cluster sums of scores, by a group-by on
     * {@code cluster} and one aggregation over its groups; the last element of the answer is the number of clusters
     * G, the rest the {@code p x p} matrix.
     */
    static double[] clusteredCross(Dataset<Row> kept, SparkDesign design, Column score, String cluster) {
        int p = design.size();
        List<Column> perCluster = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            perCluster.add(sum(score.multiply(design.columns.get(a))).as("s" + a));
        }
        Dataset<Row> scores = kept.groupBy(SparkColumns.column(cluster))
                .agg(perCluster.get(0), perCluster.subList(1, p).toArray(Column[]::new));
        List<Column> sums = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                sums.add(scores.col("s" + a).multiply(scores.col("s" + b)));
            }
        }
        Row row = Actions.run("cluster sums", () -> scores.agg(count(lit(1)), sums.stream().map(c -> sum(c))
                .toArray(Column[]::new)).first());
        double[] lower = new double[sums.size()];
        for (int j = 0; j < lower.length; j++) {
            lower[j] = row.isNullAt(j + 1) ? 0 : row.getDouble(j + 1);
        }
        double[] out = java.util.Arrays.copyOf(symmetric(lower, p), p * p + 1);
        out[p * p] = row.getLong(0);
        return out;
    }

    /**
     * The outcome's count, sum and sum of squares per value of {@code key} (text, number or true/false), over the
     * rows where both have a value: two aggregations by key, the second about each group's mean.
     */
    public static GroupMoments groupMoments(Dataset<Row> data, String key, String outcome) {
        return groupMoments(data, key, outcome, List.of());
    }

    /**
     * As {@link #groupMoments(Dataset, String, String)}, over the rows that also have a value in each of
     * {@code alsoComplete} (of any type: an experiment's controls, which it drops rows for as in memory).
     */
    public static GroupMoments groupMoments(Dataset<Row> data, String key, String outcome, List<String> alsoComplete) {
        SparkDesign design = SparkDesign.of(data, List.of(), List.of(outcome), concat(List.of(key), alsoComplete),
                "comparison");
        return GroupMoments.of(data.filter(design.complete), SparkColumns.column(key), SparkDesign.number(outcome),
                design.dropped, outcome);
    }

    /**
     * As {@link #groupMoments(Dataset, String, String, List)}, with the moments of {@code covariate} and its
     * co-moment with the outcome; a row needs the covariate's value too.
     */
    public static GroupMoments groupMoments(Dataset<Row> data, String key, String outcome, String covariate,
            List<String> alsoComplete) {
        SparkDesign design = SparkDesign.of(data, List.of(), List.of(outcome, covariate), concat(List.of(key),
                alsoComplete), "comparison");
        return GroupMoments.of(data.filter(design.complete), SparkColumns.column(key), SparkDesign.number(outcome),
                SparkDesign.number(covariate), design.dropped, outcome, covariate);
    }

    /** {@code first} then the columns of {@code more} it does not hold. */
    static List<String> concat(List<String> first, List<String> more) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(first);
        all.addAll(more);
        return List.copyOf(all);
    }

    /** One aggregation of {@code sum(e)} for every expression; an empty sum is 0. */
    static double[] sums(Dataset<Row> kept, List<Column> expressions, String what) {
        Column[] rest = expressions.subList(1, expressions.size()).stream().map(c -> sum(c)).toArray(Column[]::new);
        Row row = Actions.run(what, () -> kept.agg(sum(expressions.get(0)), rest).first());
        double[] out = new double[expressions.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = row.isNullAt(j) ? 0 : row.getDouble(j);
        }
        return out;
    }

    private static double[] symmetric(double[] lower, int p) {
        double[] out = new double[p * p];
        int at = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                out[a * p + b] = lower[at];
                out[b * p + a] = lower[at++];
            }
        }
        return out;
    }
}
