package causal.spark;

import static org.apache.spark.sql.functions.lit;

import causal.engine.EngineEstimate;
import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.StandardErrors;
import causal.inference.WaldInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Least squares on Spark, equal to {@code causal.estimate.RegressionAdjustment} (R's {@code lm} with
 * {@code sandwich}'s covariances): one aggregation for counts and means, one for the cross products
 * ({@link SufficientStatistics#crossProducts}), then one residual pass with the coefficients as literals for the
 * covariance: {@code Σe²} (classical), {@code Σe² x xᵀ} (HC0, HC1), {@code Σe²/(1−h)² x xᵀ} with the leverage
 * {@code h = xᵀ(X'X)⁻¹x} (HC3), or, after a group-by on the cluster, {@code Σ_g s_g s_gᵀ} (CR1).
 */
public final class SparkRegression {
    private SparkRegression() {
    }

    /**
     * {@code lm(outcome ~ terms)} over the rows with every value present, with covariance {@code se}.
     *
     * @throws SparkEngineException for a missing or non-numeric column, collinear regressors, or no more rows than
     *     coefficients
     */
    public static RegressionFit fit(Dataset<Row> data, String outcome, List<String> terms, StandardErrors se) {
        return fit(data, outcome, terms, List.of(), null, se, false);
    }

    /**
     * The treatment's coefficient in {@code lm(outcome ~ treatment + covariates + treatment:(m − m̄))} as
     * {@code causal.estimate.RegressionAdjustment} reports it, with the same statistics; {@code n} counts the rows
     * used, and the rows dropped for a missing value are counted beside it.
     */
    public static EngineEstimate estimate(Dataset<Row> data, EffectQuery query, StandardErrors se) {
        List<String> terms = new ArrayList<>();
        terms.add(query.treatment());
        terms.addAll(query.covariates());
        RegressionFit fit = fit(data, query.outcome(), terms, query.modifiers(), query.treatment(), se, true);
        int p = fit.parameters();
        double value = fit.coefficients().get(1);
        double stdError = Math.sqrt(fit.covariance().get(p + 1));
        WaldInterval interval = WaldInterval.studentT(value, stdError, fit.residualDegreesOfFreedom(), Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        fit.clusters().ifPresent(g -> statistics.put("clusters", (double) g));
        statistics.put("df_residual", (double) fit.residualDegreesOfFreedom());
        for (int k = 0; k < query.modifiers().size(); k++) {
            int j = p - query.modifiers().size() + k;
            String m = query.modifiers().get(k);
            statistics.put("modification_by_" + m, fit.coefficients().get(j));
            statistics.put("modification_by_" + m + "_se", Math.sqrt(fit.covariance().get(j * p + j)));
        }
        return new EngineEstimate(new Estimate(query.estimand(), query.treatment(), query.outcome(), "ols", value,
                stdError, interval.low(), interval.high(), interval.pValue(), Counts.rows(fit.rows()), statistics,
                Optional.empty(), List.of()), fit.dropped());
    }

    /**
     * With {@code reportedOnly}, the heteroskedasticity-consistent kinds compute the variances of the treatment
     * (coefficient 1) and the modifiers' interactions (the last ones) alone, {@code Σ w (a'x̃)²} with {@code a} the
     * coefficient's row of the bread, one sum each instead of the meat's {@code p(p + 1)/2}; the covariance's other
     * entries are then NaN. Slopes' variances are the same in shifted and original coordinates.
     */
    private static RegressionFit fit(Dataset<Row> data, String outcome, List<String> terms, List<String> modifiers,
            String treatment, StandardErrors se, boolean reportedOnly) {
        List<String> required = new ArrayList<>(List.of(outcome));
        List<String> keys = se.clusterColumn().map(List::of).orElse(List.of());
        SparkDesign design = SparkDesign.of(data, terms, required, keys, "regression");
        for (String m : modifiers) {
            design = design.withInteraction(treatment, m);
        }
        int p = design.size();
        if (design.rows <= p) {
            throw new SparkEngineException("ols needs more rows than coefficients: " + design.rows + " rows, " + p
                    + " coefficients");
        }
        Dataset<Row> kept = data.filter(design.complete);
        CrossProducts sums = SufficientStatistics.crossProducts(kept, design, design.shifted(outcome),
                design.mean(outcome));
        CrossProducts.Solution solution = sums.solve();
        double[] gamma = solution.shiftedCoefficients();
        Column residual = design.shifted(outcome).minus(design.linearPredictor(gamma));
        double[] bread = solution.bread();
        long n = design.rows;
        OptionalLong clusters = OptionalLong.empty();
        double[] shiftedCovariance;
        switch (se.kind()) {
            case CLASSICAL -> {
                double rss = SufficientStatistics.sums(kept, List.of(residual.multiply(residual)), "residuals")[0];
                shiftedCovariance = scaled(bread, rss / (n - p));
            }
            case HC0, HC1, HC3 -> {
                Column weight = residual.multiply(residual);
                if (se.kind() == StandardErrors.Kind.HC3) {
                    Column oneMinus = lit(1.0).minus(leverage(design, bread));
                    weight = weight.divide(oneMinus.multiply(oneMinus));
                }
                double factor = se.kind() == StandardErrors.Kind.HC1 ? (double) n / (n - p) : 1.0;
                if (reportedOnly) {
                    double[] beta = solution.coefficients();
                    double[] covariance = new double[p * p];
                    Arrays.fill(covariance, Double.NaN);
                    List<Integer> reported = new ArrayList<>(List.of(1));
                    for (int k = p - modifiers.size(); k < p && !modifiers.isEmpty(); k++) {
                        reported.add(k);
                    }
                    List<Column> squares = new ArrayList<>();
                    for (int k : reported) {
                        Column along = design.linearPredictor(Arrays.copyOfRange(bread, k * p, (k + 1) * p));
                        squares.add(weight.multiply(along).multiply(along));
                    }
                    double[] variances = SufficientStatistics.sums(kept, squares, se.kind() + " variances");
                    for (int j = 0; j < reported.size(); j++) {
                        int k = reported.get(j);
                        covariance[k * p + k] = factor * variances[j];
                    }
                    return new RegressionFit(design.names, boxed(beta), boxed(covariance), n, design.dropped,
                            se.text(), clusters);
                }
                double[] meat = SufficientStatistics.weightedCross(kept, design, weight, se.kind() + " meat");
                shiftedCovariance = scaled(SymmetricInverse.product(bread, meat, bread, p), factor);
            }
            case CLUSTER -> {
                double[] withCount = SufficientStatistics.clusteredCross(kept, design, residual,
                        se.clusterColumn().orElseThrow());
                long g = (long) withCount[p * p];
                if (g < 2) {
                    throw new SparkEngineException("clustered standard errors need at least 2 clusters of "
                            + se.clusterColumn().orElseThrow() + ", and the rows have " + g);
                }
                clusters = OptionalLong.of(g);
                double factor = (double) g / (g - 1) * (n - 1.0) / (n - p);
                shiftedCovariance = scaled(SymmetricInverse.product(bread, Arrays.copyOf(withCount, p * p), bread, p),
                        factor);
            }
            default -> throw new IllegalStateException("unknown standard errors " + se.kind());
        }
        double[] beta = solution.coefficients();
        double[] covariance = solution.unshiftedCovariance(shiftedCovariance);
        return new RegressionFit(design.names, boxed(beta), boxed(covariance), n, design.dropped, se.text(), clusters);
    }

    /** {@code h = Σ_ab B_ab x̃_a x̃_b}: leverages are the same in shifted and original coordinates. */
    private static Column leverage(SparkDesign design, double[] bread) {
        int p = design.size();
        Column h = lit(0.0);
        for (int a = 0; a < p; a++) {
            Column inner = lit(0.0);
            for (int b = 0; b < p; b++) {
                inner = inner.plus(design.columns.get(b).multiply(lit(bread[a * p + b])));
            }
            h = h.plus(design.columns.get(a).multiply(inner));
        }
        return h;
    }

    private static double[] scaled(double[] matrix, double factor) {
        double[] out = new double[matrix.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = factor * matrix[i];
        }
        return out;
    }

    static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
