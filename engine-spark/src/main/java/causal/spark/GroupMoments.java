package causal.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import org.apache.spark.sql.functions;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import causal.experiment.ArmSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An outcome's moments per group: count n, and about a shift {@code s} (the group's mean from a first aggregation)
 * the sums {@code Σ(y − s)} and {@code Σ(y − s)²}, plus how many values are not 0 or 1. Mean and variance follow
 * by the corrected two-pass formula of {@code causal.experiment.ArmSummary} (Chan, Golub and LeVeque 1983), so
 * they agree with it to rounding. Groups are keyed by the key's value as text, as {@code Column.text} writes it
 * ({@code 1} for 1.0, {@code true}). Arrays are copied in and out; the object is immutable.
 */
public final class GroupMoments {
    private static final String KEY = "__causal_key";
    private static final String SHIFT = "__causal_shift";

    private final String outcome;
    private final List<String> keys;
    private final long[] counts;
    private final double[] shift;
    private final double[] sums;
    private final double[] squares;
    private final long[] nonBinary;
    private final long dropped;

    public GroupMoments(String outcome, List<String> keys, long[] counts, double[] shift, double[] sums,
            double[] squares, long[] nonBinary, long dropped) {
        this.outcome = outcome;
        this.keys = List.copyOf(keys);
        this.counts = counts.clone();
        this.shift = shift.clone();
        this.sums = sums.clone();
        this.squares = squares.clone();
        this.nonBinary = nonBinary.clone();
        this.dropped = dropped;
    }

    /** Two aggregations by {@code key} over rows already filtered to complete ones. */
    static GroupMoments of(Dataset<Row> kept, Column key, Column y, long dropped, String outcome) {
        Dataset<Row> keyed = kept.select(key.as(KEY), y.as("y"));
        List<Row> first = Actions.run("group means of " + outcome, () -> keyed.groupBy(col(KEY))
                .agg(functions.count(lit(1)), avg(col("y")), functions.count(when(col("y").notEqual(0.0).and(col("y").notEqual(1.0)),
                        lit(1)))).collectAsList());
        if (first.isEmpty()) {
            throw new SparkEngineException("there are no rows with a value of " + outcome);
        }
        StructType shifts = new StructType(new StructField[] {
                new StructField(KEY, keyed.schema().apply(KEY).dataType(), false, org.apache.spark.sql.types.Metadata.empty()),
                new StructField(SHIFT, DataTypes.DoubleType, false, org.apache.spark.sql.types.Metadata.empty())});
        List<Row> shiftRows = new ArrayList<>();
        for (Row r : first) {
            shiftRows.add(RowFactory.create(r.get(0), r.getDouble(2)));
        }
        Dataset<Row> means = kept.sparkSession().createDataFrame(shiftRows, shifts);
        Column d = col("y").minus(col(SHIFT));
        List<Row> second = Actions.run("group variances of " + outcome, () -> keyed.join(broadcast(means), KEY)
                .groupBy(col(KEY)).agg(sum(d), sum(d.multiply(d))).collectAsList());
        int g = first.size();
        List<String> keys = new ArrayList<>();
        long[] counts = new long[g];
        double[] shift = new double[g];
        double[] sums = new double[g];
        double[] squares = new double[g];
        long[] nonBinary = new long[g];
        java.util.Map<Object, Row> byKey = new java.util.HashMap<>();
        for (Row s : second) {
            byKey.put(s.get(0), s);
        }
        for (int i = 0; i < g; i++) {
            Row r = first.get(i);
            keys.add(text(r.get(0)));
            counts[i] = r.getLong(1);
            shift[i] = r.getDouble(2);
            nonBinary[i] = r.getLong(3);
            Row s = byKey.get(r.get(0));
            sums[i] = s.getDouble(1);
            squares[i] = s.getDouble(2);
        }
        return new GroupMoments(outcome, keys, counts, shift, sums, squares, nonBinary, dropped);
    }

    /** A key's value as {@code causal.data} columns write it as text. */
    static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        return String.valueOf(value);
    }

    public String outcome() {
        return outcome;
    }

    /** The groups' keys, in no particular order. */
    public List<String> keys() {
        return keys;
    }

    /** Rows left out for a missing key or outcome. */
    public long dropped() {
        return dropped;
    }

    public boolean has(String key) {
        return keys.contains(key);
    }

    public long count(String key) {
        return counts[index(key)];
    }

    /** {@code Σy} of the group. */
    public double total(String key) {
        int g = index(key);
        return counts[g] * shift[g] + sums[g];
    }

    public double mean(String key) {
        int g = index(key);
        return shift[g] + sums[g] / counts[g];
    }

    /** The sample variance (divisor n − 1): {@code (Σd² − (Σd)²/n)/(n − 1)} with {@code d = y − s}. */
    public double variance(String key) {
        int g = index(key);
        long n = counts[g];
        return Math.max((squares[g] - sums[g] * sums[g] / n) / (n - 1), 0);
    }

    /** True when every value of the outcome, in every group, is 0 or 1. */
    public boolean binary() {
        for (long c : nonBinary) {
            if (c > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The group as {@code causal.experiment}'s arm summary.
     *
     * @throws SparkEngineException when the group has fewer than 2 rows
     */
    public ArmSummary summary(String key, String arm) {
        long n = count(key);
        if (n < 2) {
            throw new SparkEngineException("the " + arm + " group (" + key + ") has " + n + " row" + (n == 1 ? "" : "s")
                    + " with a value of " + outcome + "; a comparison needs at least 2");
        }
        return new ArmSummary(n, mean(key), variance(key));
    }

    private int index(String key) {
        int g = keys.indexOf(key);
        if (g < 0) {
            throw new SparkEngineException("no row has the value " + key + " (the groups are " + String.join(", ", keys)
                    + ")");
        }
        return g;
    }
}
