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
import org.apache.spark.sql.types.Metadata;
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
    private static final String SHIFT_X = "__causal_shift_x";

    private final String outcome;
    private final List<String> keys;
    private final long[] counts;
    private final double[] shift;
    private final double[] sums;
    private final double[] squares;
    private final long[] nonBinary;
    private final long dropped;
    /** The covariate's sums, when there is one (cuped). */
    private final Covariate covariate;

    public GroupMoments(String outcome, List<String> keys, long[] counts, double[] shift, double[] sums,
            double[] squares, long[] nonBinary, long dropped) {
        this(outcome, keys, counts, shift, sums, squares, nonBinary, dropped, null);
    }

    private GroupMoments(String outcome, List<String> keys, long[] counts, double[] shift, double[] sums,
            double[] squares, long[] nonBinary, long dropped, Covariate covariate) {
        this.outcome = outcome;
        this.keys = List.copyOf(keys);
        this.counts = counts.clone();
        this.shift = shift.clone();
        this.sums = sums.clone();
        this.squares = squares.clone();
        this.nonBinary = nonBinary.clone();
        this.dropped = dropped;
        this.covariate = covariate;
    }

    /** Two aggregations by {@code key} over rows already filtered to complete ones. */
    static GroupMoments of(Dataset<Row> kept, Column key, Column y, long dropped, String outcome) {
        return of(kept, key, y, null, dropped, outcome, null);
    }

    /**
     * As {@link #of(Dataset, Column, Column, long, String)}, with the moments of a covariate {@code x} (named
     * {@code covariate}) and its co-moment with the outcome when it is not null.
     */
    static GroupMoments of(Dataset<Row> kept, Column key, Column y, Column x, long dropped, String outcome,
            String covariate) {
        boolean withX = x != null;
        Dataset<Row> keyed = withX ? kept.select(key.as(KEY), y.as("y"), x.as("x")) : kept.select(key.as(KEY),
                y.as("y"));
        List<Column> firstSums = new ArrayList<>(List.of(avg(col("y")), functions.count(when(col("y").notEqual(0.0)
                .and(col("y").notEqual(1.0)), lit(1)))));
        if (withX) {
            firstSums.add(avg(col("x")));
        }
        List<Row> first = Actions.run("group means of " + outcome, () -> keyed.groupBy(col(KEY))
                .agg(functions.count(lit(1)), firstSums.toArray(Column[]::new)).collectAsList());
        if (first.isEmpty()) {
            throw new SparkEngineException("there are no rows with a value of " + outcome);
        }
        List<StructField> shiftFields = new ArrayList<>(List.of(
                new StructField(KEY, keyed.schema().apply(KEY).dataType(), false, Metadata.empty()),
                new StructField(SHIFT, DataTypes.DoubleType, false, Metadata.empty())));
        if (withX) {
            shiftFields.add(new StructField(SHIFT_X, DataTypes.DoubleType, false, Metadata.empty()));
        }
        List<Row> shiftRows = new ArrayList<>();
        for (Row r : first) {
            shiftRows.add(withX ? RowFactory.create(r.get(0), r.getDouble(2), r.getDouble(4))
                    : RowFactory.create(r.get(0), r.getDouble(2)));
        }
        Dataset<Row> means = kept.sparkSession().createDataFrame(shiftRows, new StructType(
                shiftFields.toArray(StructField[]::new)));
        Column d = col("y").minus(col(SHIFT));
        List<Column> secondSums = new ArrayList<>(List.of(sum(d.multiply(d))));
        if (withX) {
            Column dx = col("x").minus(col(SHIFT_X));
            secondSums.addAll(List.of(sum(dx), sum(dx.multiply(dx)), sum(d.multiply(dx))));
        }
        List<Row> second = Actions.run("group variances of " + outcome, () -> keyed.join(broadcast(means), KEY)
                .groupBy(col(KEY)).agg(sum(d), secondSums.toArray(Column[]::new)).collectAsList());
        int g = first.size();
        List<String> keys = new ArrayList<>();
        long[] counts = new long[g];
        double[] shift = new double[g];
        double[] sums = new double[g];
        double[] squares = new double[g];
        long[] nonBinary = new long[g];
        Covariate moments = withX ? new Covariate(covariate, new double[g], new double[g], new double[g],
                new double[g]) : null;
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
            if (withX) {
                moments.shift[i] = r.getDouble(4);
                moments.sums[i] = s.getDouble(3);
                moments.squares[i] = s.getDouble(4);
                moments.cross[i] = s.getDouble(5);
            }
        }
        return new GroupMoments(outcome, keys, counts, shift, sums, squares, nonBinary, dropped, moments);
    }

    /**
     * A covariate's sums per group about its shift {@code s_x} (the group's mean from the first aggregation):
     * {@code Σ(x − s_x)}, {@code Σ(x − s_x)²} and {@code Σ(y − s)(x − s_x)}.
     */
    private record Covariate(String name, double[] shift, double[] sums, double[] squares, double[] cross) {
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

    /**
     * The group's moments of the outcome and the covariate for {@code causal.experiment.Cuped}, about the group's
     * means by the corrected two-pass formulas.
     *
     * @throws SparkEngineException when these moments have no covariate
     */
    public causal.experiment.Cuped.ArmMoments cupedArm(String key) {
        if (covariate == null) {
            throw new SparkEngineException("these moments of " + outcome + " have no covariate");
        }
        int g = index(key);
        long n = counts[g];
        double squaresY = squares[g] - sums[g] * sums[g] / n;
        double sx = covariate.sums()[g];
        return new causal.experiment.Cuped.ArmMoments(n, mean(key), squaresY, covariate.shift()[g] + sx / n,
                covariate.squares()[g] - sx * sx / n, covariate.cross()[g] - sums[g] * sx / n);
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
