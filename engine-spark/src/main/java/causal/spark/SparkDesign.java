package causal.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;

/**
 * The regressors of a model as Spark expressions, built from one aggregation over the data ("pass 1"): an intercept
 * then each term as {@code causal.learn.DesignMatrix} expands it (numeric and true/false as numbers, text as one
 * 0/1 dummy per level present except the first in String order). Rows with a null (or NaN) in any column the model
 * uses are left out and counted. Each numeric regressor is shifted by its mean over the kept rows, {@code x − x̄}:
 * the cross products then stay well conditioned whatever the columns' offsets (a year, an income), so Spark's
 * partition-dependent summation order costs about 1e-15 relative, not 1e-15 times the condition number. Estimates
 * are shifted back exactly ({@link CrossProducts}).
 */
final class SparkDesign {
    final List<String> names;
    final List<Column> columns;
    /** What was subtracted from each regressor (0 for the intercept and dummies). */
    final double[] shift;
    final Column complete;
    final long rows;
    final long dropped;
    private final Map<String, Double> means;

    private SparkDesign(List<String> names, List<Column> columns, double[] shift, Column complete, long rows,
            long dropped, Map<String, Double> means) {
        this.names = List.copyOf(names);
        this.columns = List.copyOf(columns);
        this.shift = shift;
        this.complete = complete;
        this.rows = rows;
        this.dropped = dropped;
        this.means = means;
    }

    int size() {
        return names.size();
    }

    /**
     * The design of an intercept and {@code terms} over {@code data}; {@code required} lists further columns a row
     * must have (outcome, treatment, cluster), each numeric or true/false unless listed in {@code keys}.
     * {@code model} names the fit in errors.
     *
     * @throws SparkEngineException for a missing column, a column of the wrong type, or no complete rows
     */
    static SparkDesign of(Dataset<Row> data, List<String> terms, List<String> required, List<String> keys,
            String model) {
        LinkedHashSet<String> used = new LinkedHashSet<>(required);
        used.addAll(terms);
        used.addAll(keys);
        Column complete = lit(true);
        for (String name : used) {
            DataType type = typeOf(data, name);
            Column c = SparkColumns.column(name);
            complete = complete.and(c.isNotNull());
            if (type instanceof NumericType) {
                complete = complete.and(not(isnan(c.cast("double"))));
            }
            if (!keys.contains(name) && !terms.contains(name)) {
                requireNumber(name, type, model);
            }
        }
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (String name : used) {
            if (keys.contains(name) && !terms.contains(name) && !required.contains(name)) {
                continue;
            }
            DataType type = typeOf(data, name);
            if (type instanceof StringType) {
                categorical.add(name);
            } else {
                requireNumber(name, type, model);
                numeric.add(name);
            }
        }
        List<Column> tallies = new ArrayList<>();
        tallies.add(count(when(complete, lit(1))));
        for (String name : numeric) {
            tallies.add(avg(when(complete, SparkColumns.column(name).cast("double"))));
        }
        for (String name : categorical) {
            tallies.add(array_sort(collect_set(when(complete, SparkColumns.column(name)))));
        }
        // Infinities in the rows used: in memory an error naming the row, which only Causal's reading can name.
        Column infinite = lit(false);
        for (String name : used) {
            if (typeOf(data, name) instanceof NumericType) {
                Column c = SparkColumns.column(name).cast("double");
                infinite = infinite.or(c.equalTo(lit(Double.POSITIVE_INFINITY)))
                        .or(c.equalTo(lit(Double.NEGATIVE_INFINITY)));
            }
        }
        tallies.add(count(when(complete.and(infinite), lit(1))));
        Column total = count(lit(1));
        Row pass = Actions.run(model, () -> data.agg(total, tallies.toArray(Column[]::new)).first());
        long all = pass.getLong(0);
        long rows = pass.getLong(1);
        if (rows == 0) {
            throw new SparkEngineException("the " + model + " has no rows to fit: every one of the " + all
                    + " rows has a missing value in " + String.join(", ", used));
        }
        long infinities = pass.getLong(2 + numeric.size() + categorical.size());
        if (infinities > 0) {
            throw new causal.engine.EngineDeclinedException(infinities + " rows used have an infinite value");
        }
        Map<String, Double> means = new HashMap<>();
        for (int j = 0; j < numeric.size(); j++) {
            means.put(numeric.get(j), pass.getDouble(2 + j));
        }
        Map<String, List<String>> levels = new HashMap<>();
        for (int j = 0; j < categorical.size(); j++) {
            List<String> present = new ArrayList<>(pass.getList(2 + numeric.size() + j));
            present.sort(null);
            levels.put(categorical.get(j), present);
        }
        return expand(terms, means, levels, complete, rows, all - rows);
    }

    private static SparkDesign expand(List<String> terms, Map<String, Double> means, Map<String, List<String>> levels,
            Column complete, long rows, long dropped) {
        List<String> names = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<Double> shifts = new ArrayList<>();
        names.add(SufficientStatistics.INTERCEPT);
        columns.add(lit(1.0));
        shifts.add(0.0);
        for (String term : terms) {
            Column c = SparkColumns.column(term);
            if (levels.containsKey(term)) {
                List<String> present = levels.get(term);
                for (String level : present.subList(Math.min(1, present.size()), present.size())) {
                    names.add(term + "=" + level);
                    columns.add(when(c.equalTo(lit(level)), lit(1.0)).otherwise(lit(0.0)));
                    shifts.add(0.0);
                }
            } else {
                double mean = means.get(term);
                names.add(term);
                columns.add(c.cast("double").minus(lit(mean)));
                shifts.add(mean);
            }
        }
        double[] shift = shifts.stream().mapToDouble(Double::doubleValue).toArray();
        return new SparkDesign(names, columns, shift, complete, rows, dropped, means);
    }

    /**
     * This design and {@code treatment · (m − m̄)}, the column {@code RegressionAdjustment} adds for an effect
     * modifier {@code m} (a numeric term of this design): the treatment's coefficient is then the effect at m̄.
     */
    SparkDesign withInteraction(String treatment, String modifier) {
        if (!means.containsKey(modifier) || !means.containsKey(treatment)) {
            // Declined: the in-memory fit then reports it in its own words (a text treatment, a text modifier).
            throw new causal.engine.EngineDeclinedException("the effect modifier " + modifier
                    + " must be numeric or true/false");
        }
        List<String> moreNames = new ArrayList<>(names);
        moreNames.add(treatment + ":" + modifier);
        List<Column> moreColumns = new ArrayList<>(columns);
        moreColumns.add(number(treatment).multiply(shifted(modifier)));
        return new SparkDesign(moreNames, moreColumns, Arrays.copyOf(shift, shift.length + 1), complete, rows,
                dropped, means);
    }

    /** The mean of a numeric column over the kept rows (columns named as required or as numeric terms). */
    double mean(String column) {
        return means.get(column);
    }

    /** {@code column − mean}: a required numeric column shifted as the regressors are. */
    Column shifted(String column) {
        return SparkColumns.column(column).cast("double").minus(lit(mean(column)));
    }

    /** {@code column} as a double (true = 1). */
    static Column number(String column) {
        return SparkColumns.column(column).cast("double");
    }

    /** The regressors at {@code beta} (in shifted coordinates): {@code Σ_j beta_j x̃_j}. */
    Column linearPredictor(double[] beta) {
        Column sum = lit(0.0);
        for (int j = 0; j < columns.size(); j++) {
            sum = sum.plus(columns.get(j).multiply(lit(beta[j])));
        }
        return sum;
    }

    static DataType typeOf(Dataset<Row> data, String name) {
        if (!Arrays.asList(data.columns()).contains(name)) {
            throw new SparkEngineException("there is no column " + name + " in the data; its columns are "
                    + String.join(", ", data.columns()));
        }
        return data.schema().apply(name).dataType();
    }

    private static void requireNumber(String name, DataType type, String model) {
        if (!(type instanceof NumericType) && !(type instanceof BooleanType)) {
            throw new SparkEngineException("the " + model + " needs " + name + " to be numeric or true/false, but it is "
                    + (type instanceof StringType ? "text" : type.simpleString()));
        }
    }
}
