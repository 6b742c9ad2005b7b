package causal.check;

import static causal.check.Wording.percent;

import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.OptionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sensitivity of an OLS estimate to unobserved confounding, after Cinelli and Hazlett (2020) and R's
 * {@code sensemakr(model, treatment, benchmark_covariates, kd, q = 1, alpha = 0.05)}: the treatment's partial R² with
 * the outcome ({@code partialR2}, {@code t² / (t² + dof)}; a confounder explaining all of the outcome's residual
 * variance would need to explain this share of the treatment's to bring the estimate to 0), the robustness value
 * {@code RV_q} ({@code robustnessValue}) and {@code RV_{q,α}} ({@code robustnessValueAlpha}), see
 * {@link OmittedVariableBias#robustnessValue}, and the bounds for confounders as strong as named covariates
 * ({@link ConfounderBound}).
 */
public record RegressionSensitivity(String treatment, double estimate, double stdError, int dof, double tStatistic,
        double q, double alpha, double partialR2, double robustnessValue, double robustnessValueAlpha,
        List<ConfounderBound> bounds, String interpretation) {

    public RegressionSensitivity {
        Objects.requireNonNull(treatment, "treatment");
        bounds = List.copyOf(bounds);
        Objects.requireNonNull(interpretation, "interpretation");
    }

    /**
     * What to report: the share {@code q} of the estimate a confounder would remove (1: all of it), the
     * significance level {@code alpha}, the covariates to benchmark against and the multipliers {@code kd} for each
     * (with {@code ky = kd}, sensemakr's default).
     */
    public record Options(double q, double alpha, List<String> benchmarks, List<Double> multipliers) {
        public static final Options DEFAULTS = new Options(1, 0.05, List.of(), List.of(1.0));

        public Options {
            if (!(q > 0)) {
                throw new OptionException("q", "q must be greater than 0, not " + q);
            }
            if (!(alpha > 0 && alpha < 1)) {
                throw new OptionException("alpha", "alpha must lie strictly between 0 and 1, not " + alpha);
            }
            benchmarks = List.copyOf(benchmarks);
            multipliers = List.copyOf(multipliers);
            for (double k : multipliers) {
                if (!(k > 0)) {
                    throw new OptionException("kd", "the multipliers kd must be greater than 0, not " + k);
                }
            }
        }

        public Options withBenchmarks(List<String> covariates, List<Double> kd) {
            return new Options(q, alpha, covariates, kd);
        }
    }

    /** An observed covariate's partial R² with the treatment (given the other covariates) and with the outcome. */
    public record Benchmark(String covariate, double r2WithTreatment, double r2WithOutcome) {
        public Benchmark {
            Objects.requireNonNull(covariate, "covariate");
        }
    }

    /**
     * From the numbers alone, as {@code sensemakr(estimate, se, dof, r2dxj.x, r2yxj.dx, kd)}: the treatment's
     * coefficient, its classical standard error, the residual degrees of freedom and the benchmarks' partial R²s.
     * Options' benchmark names are ignored here; each benchmark is bounded at each multiplier.
     */
    public static RegressionSensitivity of(String treatment, double estimate, double se, int dof,
            List<Benchmark> benchmarks, Options options) {
        if (!(se > 0) || !Double.isFinite(estimate)) {
            throw new OptionException("std_error", "the estimate must be finite and its standard error positive, not "
                    + estimate + " and " + se);
        }
        double t = estimate / se;
        double rv = OmittedVariableBias.robustnessValue(t, dof, options.q(), 1);
        double rvAlpha = OmittedVariableBias.robustnessValue(t, dof, options.q(), options.alpha());
        double r2 = OmittedVariableBias.partialR2(t, dof);
        List<ConfounderBound> bounds = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            for (double k : options.multipliers()) {
                bounds.add(ConfounderBound.of(b.covariate(), b.r2WithTreatment(), b.r2WithOutcome(), k, k, estimate, se,
                        dof, options.alpha()));
            }
        }
        return new RegressionSensitivity(treatment, estimate, se, dof, t, options.q(), options.alpha(), r2, rv,
                rvAlpha, bounds, interpret(options, r2, rv, rvAlpha));
    }

    /**
     * From the data: fits {@code outcome ~ treatment + covariates} (and, for the benchmarks, {@code treatment ~
     * covariates}) by OLS with classical standard errors, as sensemakr does on an {@code lm} fit, whatever
     * standard errors the estimate reported. Benchmarks must be numeric or true/false covariates of the query.
     * Not modified: data.
     */
    public static RegressionSensitivity of(Table data, EffectQuery query, Options options) {
        List<String> covariates = query.covariates();
        for (String b : options.benchmarks()) {
            if (!covariates.contains(b)) {
                throw new OptionException("benchmark", "the benchmark " + b + " is not a covariate of the estimate; "
                        + "it can be one of " + String.join(", ", covariates));
            }
        }
        List<String> terms = new ArrayList<>();
        terms.add(query.treatment());
        terms.addAll(covariates);
        ClassicalRegression outcome = ClassicalRegression.fit(data, query.outcome(), terms);
        int dof = outcome.residualDegreesOfFreedom();
        List<Benchmark> benchmarks = new ArrayList<>();
        if (!options.benchmarks().isEmpty()) {
            ClassicalRegression treatment = ClassicalRegression.fit(data, query.treatment(), covariates);
            for (String b : options.benchmarks()) {
                benchmarks.add(new Benchmark(b,
                        OmittedVariableBias.partialR2(treatment.t(b), treatment.residualDegreesOfFreedom()),
                        OmittedVariableBias.partialR2(outcome.t(b), dof)));
            }
        }
        return of(query.treatment(), outcome.coefficient(query.treatment()), outcome.stdError(query.treatment()), dof,
                benchmarks, options);
    }

    private static String interpret(Options options, double r2, double rv, double rvAlpha) {
        String change = options.q() == 1 ? "bring the estimate to 0" : "reduce the estimate by " + percent(options.q());
        String words = "a confounder would need to explain " + percent(rv)
                + " of the residual variance of both the treatment and the outcome to " + change;
        words += rvAlpha == 0
                ? "; the estimate is not significant at the " + percent(options.alpha()) + " level even without one"
                : ", and " + percent(rvAlpha) + " to make it not significant at the " + percent(options.alpha())
                        + " level";
        return words + "; one explaining all of the outcome's residual variance would need to explain "
                + percent(r2) + " of the treatment's to bring the estimate to 0";
    }
}
