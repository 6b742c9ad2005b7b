package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.CovarianceType;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import causal.options.OptionSpec;
import causal.options.OptionValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Regression adjustment: the coefficient of the treatment in the least-squares fit of the outcome on the treatment
 * and the covariates, R's {@code coef(lm(y ~ t + x1 + …))["t"]}. With no covariates this is the naive difference in
 * means (or, for a continuous treatment, the simple slope). The interval and p-value use Student's t with
 * {@code n - p} degrees of freedom for every kind of standard error, as {@code lmtest::coeftest(fit, vcov = …)} does
 * for an {@code lm} fit.
 */
public final class RegressionAdjustment implements Estimator, CaseWeighted {
    public static final EstimatorSpec SPEC = new EstimatorSpec("ols", "Regression adjustment (OLS)",
            "the treatment's coefficient in a linear regression of the outcome on the treatment and the covariates",
            Set.of(Estimand.ATE, Estimand.CATE), false,
            List.of(new OptionSpec("se", "se", "hc1",
                    "standard errors: classical, hc0, hc1, hc3 (as sandwich::vcovHC) or cluster(column) "
                            + "(CR1, as sandwich::vcovCL)")),
            values -> new RegressionAdjustment(Options.from(values)));

    /** The configuration: how to compute the standard error. */
    public record Options(StandardErrors se) {
        public static final Options DEFAULTS = new Options(StandardErrors.HC1);

        static Options from(Map<String, OptionValue> values) {
            OptionReader reader = new OptionReader("ols", values);
            return reader.has("se") ? new Options(StandardErrors.parse(reader.raw("se"), reader)) : DEFAULTS;
        }
    }

    private final Options options;

    public RegressionAdjustment(Options options) {
        this.options = options;
    }

    /** The configuration, for a streaming version of the same estimator. */
    public Options options() {
        return options;
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        EffectData effect = new EffectData(data, query, "ols");
        double[] y = effect.outcome();
        effect.requireNumericTreatment();
        DesignMatrix design = query.modifiers().isEmpty() ? effect.designWithTreatment()
                : withInteractions(effect, effect.designWithTreatment(), query.modifiers());
        LinearFit fit = EffectData.fitting("regression", () -> LinearRegression.fit(design, y, null));
        if (fit.residualDegreesOfFreedom() < 1) {
            throw new EstimationException("ols needs more rows than coefficients: " + fit.observations() + " rows, "
                    + fit.parameters() + " coefficients");
        }
        Map<String, Double> statistics = new LinkedHashMap<>();
        int p = fit.parameters();
        int modifiers = query.modifiers().size();
        // The treatment's coefficient and each modifier's: the standard errors the estimate reports.
        int[] reported = new int[1 + modifiers];
        reported[0] = 1;
        for (int j = 0; j < modifiers; j++) {
            reported[1 + j] = p - modifiers + j;
        }
        double[] variances = variances(fit, design, y, data, statistics, reported);
        double value = fit.coefficient(1);
        double se = Math.sqrt(variances[0]);
        WaldInterval inference = WaldInterval.studentT(value, se, fit.residualDegreesOfFreedom(),
                Estimate.CONFIDENCE_LEVEL);
        statistics.put("df_residual", (double) fit.residualDegreesOfFreedom());
        for (int j = 0; j < modifiers; j++) {
            String m = query.modifiers().get(j);
            statistics.put("modification_by_" + m, fit.coefficient(reported[1 + j]));
            statistics.put("modification_by_" + m + "_se", Math.sqrt(variances[1 + j]));
        }
        // No note for an empty covariate set: whether that is the naive contrast or a valid empty adjustment set
        // depends on the graph, which the interpreter knows and reports.
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "ols", value, se, inference.low(),
                inference.high(), inference.pValue(), data.rowCount(), statistics, Optional.empty(), List.of());
    }

    /** Without effect modifiers, whose centring would move with the resample, the treatment's weighted coefficient. */
    @Override
    public Resampled prepare(Table data, EffectQuery query) {
        if (!query.modifiers().isEmpty()) {
            return null;
        }
        EffectData effect = new EffectData(data, query, "ols");
        double[] y = effect.outcome();
        effect.requireNumericTreatment();
        DesignMatrix design = effect.designWithTreatment().materialized();
        return counts -> EffectData.fitting("regression", () -> LinearRegression.fit(design, y, counts))
                .coefficient(1);
    }

    /**
     * The design y ~ t + covariates + t·(m − mean m) for each modifier m: the treatment's coefficient is then the
     * effect at the modifiers' means, and each interaction how much the effect changes per unit of m.
     */
    private static DesignMatrix withInteractions(EffectData effect, DesignMatrix base, List<String> modifiers) {
        double[] t = base.column(1);
        List<String> names = new java.util.ArrayList<>(base.names());
        double[][] columns = new double[base.columns() + modifiers.size()][];
        for (int j = 0; j < base.columns(); j++) {
            columns[j] = base.column(j);
        }
        for (int k = 0; k < modifiers.size(); k++) {
            double[] m = effect.numeric(modifiers.get(k), "effect modifier");
            double mean = java.util.Arrays.stream(m).average().orElse(0);
            double[] interaction = new double[m.length];
            for (int i = 0; i < m.length; i++) {
                interaction[i] = t[i] * (m[i] - mean);
            }
            columns[base.columns() + k] = interaction;
            names.add(base.names().get(1) + ":" + modifiers.get(k));
        }
        return DesignMatrix.ofColumns(names, columns);
    }

    /** The variances of the {@code reported} coefficients, of the kind the options ask for. */
    private double[] variances(LinearFit fit, DesignMatrix design, double[] y, Table data,
            Map<String, Double> statistics, int[] reported) {
        StandardErrors se = options.se();
        double[] covariance;
        switch (se.kind()) {
            case HC0, HC1, HC3 -> {
                return SandwichCovariance.heteroskedasticVariances(fit, design, y, null,
                        CovarianceType.valueOf(se.kind().name()), reported);
            }
            case CLASSICAL -> covariance = SandwichCovariance.classical(fit, design, y, null);
            case CLUSTER -> {
                ClusterIds clusters = ClusterIds.of(data, se.clusterColumn().orElseThrow());
                statistics.put("clusters", (double) clusters.count());
                covariance = SandwichCovariance.clustered(fit, design, y, null, clusters.ids(), clusters.count());
            }
            default -> throw new IllegalStateException("unknown standard errors " + se.kind());
        }
        int p = fit.parameters();
        double[] out = new double[reported.length];
        for (int k = 0; k < reported.length; k++) {
            out[k] = covariance[reported[k] * p + reported[k]];
        }
        return out;
    }
}
