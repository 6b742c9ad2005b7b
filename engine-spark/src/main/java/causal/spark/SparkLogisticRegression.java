package causal.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;

/**
 * Logistic regression on Spark by the IRLS of {@code causal.learn.LogisticRegression} (R's {@code glm(t ~ x,
 * family = binomial)}): the same starting values {@code μ = (t + 0.5)/2}, the linear predictor clamped to ±30, and the
 * same stopping rule {@code |dev − dev_old| / (|dev| + 0.1) < 1e-8}, so it stops at the same iterate. Each iteration
 * is one aggregation with the coefficients as literals: {@code X'WX}, the score {@code X'(t − μ)} (at the start
 * {@code X'Wz}), the deviance and the extreme fitted probabilities; the Newton step
 * {@code β + (X'WX)⁻¹ X'(t − μ)} is then solved here. Regressors are mean-shifted ({@link SparkDesign}); Newton's
 * method is affine invariant, so the iterates are the same as on the raw columns, only better conditioned.
 */
public final class SparkLogisticRegression {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-8;
    private static final double NUMERICALLY_ZERO = 10 * Math.ulp(1.0);
    private static final double ETA_BOUND = 30;

    private SparkLogisticRegression() {
    }

    /**
     * {@code glm(treatment ~ covariates, family = binomial)} over the rows with every value present; the treatment
     * is 0/1 or true/false.
     *
     * @throws SparkEngineException for a treatment that is not binary or has one class, collinear covariates, or
     *     covariates that separate the classes
     */
    public static SparkLogisticFit fit(Dataset<Row> data, String treatment, List<String> covariates) {
        SparkDesign design = SparkDesign.of(data, covariates, List.of(treatment), List.of(), "propensity model");
        Dataset<Row> frame = frame(data, design, treatment, null);
        frame.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return fit(frame, design, treatment).result(design);
        } finally {
            frame.unpersist();
        }
    }

    /**
     * The complete rows with the model's columns only: {@code x0 … x(p−1)} (shifted regressors), {@code t}, and the
     * outcome as {@code y} unless it is null.
     */
    static Dataset<Row> frame(Dataset<Row> data, SparkDesign design, String treatment, String outcome) {
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < design.size(); j++) {
            columns.add(design.columns.get(j).as("x" + j));
        }
        columns.add(SparkDesign.number(treatment).as("t"));
        if (outcome != null) {
            columns.add(SparkDesign.number(outcome).as("y"));
        }
        return data.filter(design.complete).select(columns.toArray(Column[]::new));
    }

    /** The fitted IRLS in shifted coordinates, on a {@link #frame}. */
    static Iterate fit(Dataset<Row> frame, SparkDesign design, String treatment) {
        int p = design.size();
        double[] gamma = null;
        double previousDeviance = Double.NaN;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            Pass pass = weightedPass(frame, p, gamma, iteration == 1, treatment);
            if (!Double.isFinite(pass.deviance)) {
                break;
            }
            if (gamma != null && Math.abs(pass.deviance - previousDeviance) / (Math.abs(pass.deviance) + 0.1)
                    < TOLERANCE) {
                if (pass.smallest < NUMERICALLY_ZERO || pass.largest > 1 - NUMERICALLY_ZERO) {
                    throw separated("some rows have a fitted probability of " + (pass.smallest < NUMERICALLY_ZERO
                            ? "0" : "1"));
                }
                return new Iterate(gamma, iteration - 1, pass.deviance);
            }
            previousDeviance = pass.deviance;
            double[] inverse = SymmetricInverse.of(pass.gram, p, design.names, "propensity model");
            double[] step = SymmetricInverse.times(inverse, pass.score, p);
            double[] next = new double[p];
            for (int j = 0; j < p; j++) {
                next[j] = (gamma == null ? 0 : gamma[j]) + step[j];
            }
            gamma = next;
        }
        throw separated("the model did not converge");
    }

    /** The coefficients {@code γ} (shifted coordinates) where IRLS stopped. */
    record Iterate(double[] gamma, int iterations, double deviance) {
        /** {@code frame} with the fitted probability {@code e} of each row, as R's {@code binomial()$linkinv}. */
        Dataset<Row> scored(Dataset<Row> frame, int p) {
            return withCoefficients(frame, gamma).withColumn("e", logistic(linearPredictor(p)));
        }

        SparkLogisticFit result(SparkDesign design) {
            double[] beta = gamma.clone();
            for (int j = 1; j < beta.length; j++) {
                beta[0] -= beta[j] * design.shift[j];
            }
            return new SparkLogisticFit(design.names, SparkRegression.boxed(beta), iterations, deviance, design.rows,
                    design.dropped);
        }
    }

    private record Pass(double[] gram, double[] score, double deviance, double smallest, double largest) {
    }

    /**
     * One aggregation at {@code gamma} (R's starting values when null): {@code X'WX}, {@code X'W(η − Xγ) + X'(t − μ)}
     * (that is {@code X'Wz} at the start and {@code X'(t − μ)} after), the deviance, and the smallest and largest μ.
     */
    private static Pass weightedPass(Dataset<Row> frame, int p, double[] gamma, boolean first, String treatment) {
        Column t = col("t");
        Column eta = gamma == null
                ? when(t.equalTo(1.0), lit(startingEta(1.0))).otherwise(lit(startingEta(0.0)))
                : linearPredictor(p);
        Column mu = logistic(eta);
        Dataset<Row> rows = (gamma == null ? frame : withCoefficients(frame, gamma)).withColumn("eta", eta)
                .withColumn("mu", mu)
                .withColumn("w", col("mu").multiply(lit(1.0).minus(col("mu"))));
        Column w = col("w");
        Column working = gamma == null ? w.multiply(col("eta")).plus(t).minus(col("mu")) : t.minus(col("mu"));
        List<Column> sums = new ArrayList<>();
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                sums.add(sum(w.multiply(col("x" + a)).multiply(col("x" + b))));
            }
        }
        for (int a = 0; a < p; a++) {
            sums.add(sum(working.multiply(col("x" + a))));
        }
        sums.add(sum(when(t.equalTo(1.0), log(col("mu")).multiply(-2.0))
                .otherwise(log1p(col("mu").multiply(-1.0)).multiply(-2.0))));
        sums.add(min(col("mu")));
        sums.add(max(col("mu")));
        if (first) {
            sums.add(count(when(t.notEqual(0.0).and(t.notEqual(1.0)), lit(1))));
            sums.add(sum(t));
            sums.add(count(lit(1)));
        }
        Row row = Actions.run("propensity model", () -> rows.agg(sums.get(0), sums.subList(1, sums.size())
                .toArray(Column[]::new)).first());
        int at = 0;
        double[] gram = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                gram[a * p + b] = row.getDouble(at);
                gram[b * p + a] = row.getDouble(at++);
            }
        }
        double[] score = new double[p];
        for (int a = 0; a < p; a++) {
            score[a] = row.getDouble(at++);
        }
        double deviance = row.getDouble(at++);
        double smallest = row.getDouble(at++);
        double largest = row.getDouble(at++);
        if (first) {
            checkBinary(row.getLong(at), row.getDouble(at + 1), row.getLong(at + 2), treatment);
        }
        return new Pass(gram, score, deviance, smallest, largest);
    }

    private static void checkBinary(long notBinary, double treated, long rows, String treatment) {
        if (notBinary > 0) {
            throw new SparkEngineException("the propensity model needs a binary treatment (0/1 or true/false), but "
                    + treatment + " has " + notBinary + " other value" + (notBinary == 1 ? "" : "s"));
        }
        if (treated == 0 || treated == rows) {
            throw new SparkEngineException("every row has " + treatment + " = " + (treated == 0 ? "0" : "1")
                    + ": the propensity model needs both treated and control rows");
        }
    }

    /** R's {@code binomial()$mustart}: {@code μ = (t + 0.5)/2}, on the logit scale. */
    private static double startingEta(double t) {
        double mu = (t + 0.5) / 2;
        return Math.log(mu / (1 - mu));
    }

    /**
     * {@code frame} with the coefficients as columns {@code g0 … g(p−1)} of a broadcast one-row table rather than
     * literals: Spark compiles a stage's code once per distinct text, and literals would make every iteration new.
     */
    static Dataset<Row> withCoefficients(Dataset<Row> frame, double[] gamma) {
        StructField[] fields = new StructField[gamma.length];
        Object[] values = new Object[gamma.length];
        for (int j = 0; j < gamma.length; j++) {
            fields[j] = DataTypes.createStructField("g" + j, DataTypes.DoubleType, false);
            values[j] = gamma[j];
        }
        Dataset<Row> coefficients = frame.sparkSession().createDataFrame(List.of(RowFactory.create(values)),
                DataTypes.createStructType(fields));
        return frame.crossJoin(broadcast(coefficients));
    }

    /** {@code Σ_j x_j g_j} on a frame {@link #withCoefficients}. */
    static Column linearPredictor(int p) {
        Column sum = lit(0.0);
        for (int j = 0; j < p; j++) {
            sum = sum.plus(col("x" + j).multiply(col("g" + j)));
        }
        return sum;
    }

    /** {@code e^η / (1 + e^η)} with η clamped to ±30, as R's {@code binomial()$linkinv}. */
    static Column logistic(Column eta) {
        Column e = when(eta.lt(-ETA_BOUND), lit(Math.ulp(1.0))).when(eta.gt(ETA_BOUND), lit(1 / Math.ulp(1.0)))
                .otherwise(exp(eta));
        return e.divide(lit(1.0).plus(e));
    }

    private static SparkEngineException separated(String detail) {
        return new SparkEngineException("no overlap between treated and control rows: the covariates separate the "
                + "two groups (" + detail + ")");
    }
}
