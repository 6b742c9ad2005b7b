package causal.stream;

import causal.estimate.EffectQuery;
import causal.estimate.Estimate;
import causal.estimate.StandardErrors;
import causal.inference.WaldInterval;
import causal.learn.CovarianceType;
import causal.learn.LinearFit;
import causal.learn.SandwichCovariance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Least squares over a {@link BatchSource}, for data larger than memory: pass 1 sums the cross products
 * ({@link CrossProducts}) and solves for the coefficients; classical standard errors need nothing more. The sandwich
 * kinds need the residuals, hence the coefficients, so they read the data a second time: HC0, HC1 and HC3 sum
 * {@link ScoreCrossProducts}, cluster-robust CR1 sums {@link ClusterScores}. Agrees with {@code causal.estimate}'s
 * {@code ols} ({@code RegressionAdjustment}), R's {@code lm} with {@code sandwich}, to rounding.
 */
public final class StreamingRegression {
    private StreamingRegression() {
    }

    /**
     * {@code outcome ~ 1 + regressors} of {@code spec} (a cluster column, if any, must be in its
     * {@code alsoComplete}) with standard errors {@code se}.
     *
     * @throws StreamException for a missing or categorical column, too few rows, collinear regressors
     */
    public static StreamedRegression fit(BatchSource source, RegressionColumns spec, StandardErrors se,
                                         StreamOptions options) {
        return fit(source, spec, se, options, -1);
    }

    /**
     * As {@link #fit}, with the heteroskedasticity-consistent variance of coefficient {@code only} alone when it is
     * 0 or more ({@link CoefficientMeat}: the other standard errors are then NaN), of every coefficient when -1.
     */
    static StreamedRegression fit(BatchSource source, RegressionColumns spec, StandardErrors se, StreamOptions options,
                                  int only) {
        for (String regressor : spec.regressors()) {
            SourceColumns.numeric(source, regressor, "regressor");
        }
        SourceColumns.numeric(source, spec.outcome(), "outcome");
        spec.weight().ifPresent(w -> SourceColumns.numeric(source, w, "weight"));
        for (String other : spec.alsoComplete()) {
            SourceColumns.present(source, other, "column");
        }
        CrossProducts sums = StreamPass.run(source, () -> new CrossProducts(spec), options);
        LinearFit fit = sums.solve();
        if (fit.residualDegreesOfFreedom() < 1) {
            throw new StreamException("the regression needs more rows than coefficients: " + fit.observations()
                    + " rows, " + fit.parameters() + " coefficients");
        }
        return switch (se.kind()) {
            case CLASSICAL -> new StreamedRegression(fit, SandwichCovariance.classical(fit,
                    sums.residualSumOfSquares(fit)), se, sums.droppedRows(), OptionalLong.empty(), 1);
            case HC0, HC1, HC3 -> {
                CovarianceType type = CovarianceType.valueOf(se.kind().name());
                if (only >= 0) {
                    CoefficientMeat meat = StreamPass.run(source, () -> new CoefficientMeat(spec, fit, only, type),
                            options);
                    double[] covariance = new double[fit.parameters() * fit.parameters()];
                    java.util.Arrays.fill(covariance, Double.NaN);
                    covariance[only * fit.parameters() + only] = SandwichCovariance.heteroskedasticScale(fit, type)
                            * meat.value();
                    yield new StreamedRegression(fit, covariance, se, sums.droppedRows(), OptionalLong.empty(), 2);
                }
                ScoreCrossProducts meat = StreamPass.run(source, () -> new ScoreCrossProducts(spec, fit, type),
                        options);
                yield new StreamedRegression(fit, SandwichCovariance.heteroskedastic(fit, meat.meat(), type), se,
                        sums.droppedRows(), OptionalLong.empty(), 2);
            }
            case CLUSTER -> {
                String cluster = se.clusterColumn().orElseThrow();
                ClusterScores scores = StreamPass.run(source, () -> new ClusterScores(spec, fit, cluster), options);
                if (scores.clusters() < 2) {
                    throw new StreamException("cluster-robust standard errors need at least 2 clusters, and there "
                            + "are " + scores.clusters());
                }
                yield new StreamedRegression(fit, SandwichCovariance.clustered(fit, scores.meat(), scores.clusters()),
                        se, sums.droppedRows(), OptionalLong.of(scores.clusters()), 2);
            }
        };
    }

    /**
     * Regression adjustment as {@code causal.estimate.RegressionAdjustment} computes it in memory: the treatment's
     * coefficient in {@code outcome ~ treatment + covariates}, t interval with {@code n - p} degrees of freedom,
     * statistics {@code clusters} (cluster-robust only) and {@code df_residual}. With effect modifiers m the source
     * must hold each interaction {@code treatment·(m − m̄)} as the column {@link #interaction}{@code (treatment, m)}
     * (m̄ the mean over the rows used, as in memory): they are the last regressors, and the statistics add each
     * one's coefficient and standard error ({@code modification_by_m}, {@code modification_by_m_se}).
     *
     * @throws StreamException as {@link #fit}
     */
    public static StreamedEstimate estimate(BatchSource source, EffectQuery query, StandardErrors se,
                                            StreamOptions options) {
        List<String> regressors = new ArrayList<>();
        regressors.add(query.treatment());
        regressors.addAll(query.covariates());
        List<String> modifiers = query.modifiers();
        for (String m : modifiers) {
            regressors.add(interaction(query.treatment(), m));
        }
        SourceColumns.numeric(source, query.treatment(), "treatment");
        RegressionColumns spec = new RegressionColumns(regressors, query.outcome(), Optional.empty(),
                se.clusterColumn().map(List::of).orElse(List.of()));
        // The treatment's variance alone costs two dot products a row; with modifiers, the whole meat.
        StreamedRegression streamed = fit(source, spec, se, options, modifiers.isEmpty() ? 1 : -1);
        double value = streamed.coefficient(1);
        double stdError = streamed.stdError(1);
        long df = streamed.fit().residualDegreesOfFreedom();
        WaldInterval wald = WaldInterval.studentT(value, stdError, df, Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        streamed.clusters().ifPresent(g -> statistics.put("clusters", (double) g));
        statistics.put("df_residual", (double) df);
        int first = regressors.size() + 1 - modifiers.size();
        for (int j = 0; j < modifiers.size(); j++) {
            statistics.put("modification_by_" + modifiers.get(j), streamed.coefficient(first + j));
            statistics.put("modification_by_" + modifiers.get(j) + "_se", streamed.stdError(first + j));
        }
        Estimate estimate = new Estimate(query.estimand(), query.treatment(), query.outcome(), "ols", value, stdError,
                wald.low(), wald.high(), wald.pValue(), Counts.capped(streamed.rows()), statistics, Optional.empty(),
                List.of());
        return new StreamedEstimate(estimate, streamed.rows(), streamed.droppedRows(), streamed.passes());
    }

    /** The column name of the interaction of {@code treatment} with modifier {@code m}, as the in-memory fit names it. */
    public static String interaction(String treatment, String m) {
        return treatment + ":" + m;
    }
}
