package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.CovarianceType;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.SandwichCovariance;
import causal.options.OptionSpec;
import causal.text.Printf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two-stage least squares: the first stage regresses the treatment on the instruments and the exogenous regressors
 * (the query's covariates); the second regresses the outcome on the fitted treatment and the exogenous regressors.
 * Standard errors use the structural residuals e = y − Xβ with the actual treatment, as R's {@code AER::ivreg}
 * and {@code sandwich} do: classical σ²(X̂'X̂)⁻¹ with σ² = e'e/(n − k); HC0/HC1/HC3 and cluster (CR1) sandwiches with
 * scores e·x̂. The first-stage F is the partial F of the instruments (R: {@code anova(lm(t ~ W), lm(t ~ Z + W))}),
 * with a note under 10 (Staiger and Stock's rule of thumb for weak instruments). The CI and p-value use t with
 * n − k df, as {@code coeftest} on an ivreg fit.
 */
public final class TwoStageLeastSquares implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("tsls", "Two-stage least squares",
            "instrumental variables: the outcome on the treatment predicted by the instruments, with the "
                    + "exogenous regressors in both stages",
            Set.of(Estimand.ATE, Estimand.LATE), false,
            List.of(new OptionSpec("se", "se", "hc1",
                    "standard errors: classical, hc0, hc1, hc3 (as sandwich::vcovHC on ivreg) or cluster(column)")),
            values -> new TwoStageLeastSquares(values.containsKey("se")
                    ? StandardErrors.parse(values.get("se"), new OptionReader("tsls", values)) : StandardErrors.HC1),
            Design.Kind.INSTRUMENTS);

    /** Below this first-stage F the instruments are called weak. */
    public static final double WEAK_F = 10.0;

    private final StandardErrors se;

    public TwoStageLeastSquares(StandardErrors se) {
        this.se = se;
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.Instruments iv)) {
            throw new EstimationException("tsls needs instruments");
        }
        EffectData effect = new EffectData(data, query, "tsls");
        effect.requireNumericTreatment();
        double[] y = effect.outcome();
        double[] t = effect.numeric(query.treatment(), "treatment");
        List<String> exogenous = query.covariates();
        List<String> firstTerms = new ArrayList<>(iv.instruments());
        firstTerms.addAll(exogenous);
        DesignMatrix first = DesignMatrix.of(data, firstTerms);
        DesignMatrix restricted = DesignMatrix.of(data, exogenous);
        LinearFit firstFit = EffectData.fitting("first stage", () -> LinearRegression.fit(first, t, null));
        LinearFit restrictedFit = EffectData.fitting("first stage without instruments",
                () -> LinearRegression.fit(restricted, t, null));
        double[] fitted = first.times(firstFit.coefficients());
        int n = y.length;
        int q = first.columns() - restricted.columns();
        double rssFull = rss(t, fitted);
        double rssRestricted = rss(t, restricted.times(restrictedFit.coefficients()));
        int dfFirst = n - first.columns();
        double f = ((rssRestricted - rssFull) / q) / (rssFull / dfFirst);

        // X̂ = [1, t̂, W] and X = [1, t, W], with W expanded as in the first stage.
        int k = 2 + restricted.columns() - 1;
        double[][] hat = new double[k][];
        double[][] actual = new double[k][];
        List<String> names = new ArrayList<>();
        hat[0] = restricted.column(0);
        actual[0] = hat[0];
        names.add(DesignMatrix.INTERCEPT);
        hat[1] = fitted;
        actual[1] = t;
        names.add(query.treatment());
        for (int j = 1; j < restricted.columns(); j++) {
            hat[j + 1] = restricted.column(j);
            actual[j + 1] = hat[j + 1];
            names.add(restricted.names().get(j));
        }
        DesignMatrix second = DesignMatrix.ofColumns(names, hat);
        LinearFit fit = EffectData.fitting("second stage", () -> LinearRegression.fit(second, y, null));
        if (fit.residualDegreesOfFreedom() < 1) {
            throw new EstimationException("tsls needs more rows than coefficients: " + n + " rows, " + k
                    + " coefficients");
        }
        double[] beta = fit.coefficients();
        // The sandwich functions take residuals as y − X̂β; passing e + X̂β makes them the structural e = y − Xβ.
        double[] pseudo = new double[n];
        for (int i = 0; i < n; i++) {
            double xb = 0;
            double hb = 0;
            for (int j = 0; j < k; j++) {
                xb += actual[j][i] * beta[j];
                hb += hat[j][i] * beta[j];
            }
            pseudo[i] = (y[i] - xb) + hb;
        }
        Map<String, Double> statistics = new LinkedHashMap<>();
        // The treatment's variance alone: its entry of the covariance is all the estimate reports.
        double variance = switch (se.kind()) {
            case CLASSICAL -> SandwichCovariance.classical(fit, second, pseudo, null)[k + 1];
            case HC0, HC1, HC3 -> SandwichCovariance.heteroskedasticVariances(fit, second, pseudo, null,
                    CovarianceType.valueOf(se.kind().name()), 1)[0];
            case CLUSTER -> {
                ClusterIds clusters = ClusterIds.of(data, se.clusterColumn().orElseThrow());
                statistics.put("clusters", (double) clusters.count());
                yield SandwichCovariance.clustered(fit, second, pseudo, null, clusters.ids(), clusters.count())[k + 1];
            }
        };
        double value = beta[1];
        double stdError = Math.sqrt(variance);
        WaldInterval inference = WaldInterval.studentT(value, stdError, fit.residualDegreesOfFreedom(),
                Estimate.CONFIDENCE_LEVEL);
        statistics.put("first_stage_f", f);
        statistics.put("instruments", (double) q);
        statistics.put("df_residual", (double) fit.residualDegreesOfFreedom());
        List<String> notes = new ArrayList<>();
        if (f < WEAK_F) {
            notes.add(Printf.format("weak instruments: the first-stage F is %.2f, under 10; "
                    + "the estimate is biased towards ols and its interval is too narrow", f));
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "tsls", value, stdError,
                inference.low(), inference.high(), inference.pValue(), n, statistics, Optional.empty(), notes);
    }

    private static double rss(double[] y, double[] fitted) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - fitted[i];
            s += e * e;
        }
        return s;
    }
}
