package causal.estimate;

import causal.data.DataLocation;
import causal.data.Table;
import causal.options.OptionValue;
import causal.rdd.BinnedScatter;
import causal.rdd.CovariateBalance;
import causal.rdd.DensityTest;
import causal.rdd.DensityTestResult;
import causal.rdd.DiscontinuityEstimate;
import causal.rdd.DiscontinuityOptions;
import causal.rdd.Kernel;
import causal.rdd.RegressionDiscontinuity;
import causal.rdd.RegressionDiscontinuityException;
import causal.rdd.VarianceEstimator;
import causal.text.Printf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code local_linear} on an {@code rdd(running, cutoff[, fuzzy])} design: the jump of the outcome at the cutoff by
 * local polynomial regression on each side, as R's and Python's {@code rdrobust} (Calonico, Cattaneo and Titiunik
 * 2014): MSE-optimal common bandwidth (mserd), triangular kernel, nearest-neighbour variance, and the robust
 * bias-corrected interval. The estimate is the conventional point estimate; the standard error, interval and
 * p-value are the robust ones (rdrobust's recommended reading). A fuzzy design divides by the jump in the treatment
 * taken. Every estimate also carries the density test of the running variable (Cattaneo, Jansson and Ma 2020, as
 * rddensity) and the jump of each balance covariate.
 */
public final class DiscontinuityEstimator implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("local_linear", "Local polynomial regression discontinuity",
            "the jump at the cutoff by local linear regression each side with rdrobust's MSE-optimal bandwidth and "
                    + "robust bias-corrected interval",
            Set.of(Estimand.ATE, Estimand.LATE), false, DiscontinuityOptions.OPTIONS,
            DiscontinuityEstimator::create, Design.Kind.REGRESSION_DISCONTINUITY);

    private final DiscontinuityOptions options;

    private DiscontinuityEstimator(DiscontinuityOptions options) {
        this.options = options;
    }

    private static DiscontinuityEstimator create(Map<String, OptionValue> values) {
        OptionReader r = new OptionReader("local_linear", values);
        DiscontinuityOptions o = DiscontinuityOptions.DEFAULTS;
        try {
            if (r.has("order")) {
                o = o.withOrder(r.integer("order", 1));
            }
            if (r.has("bias_order")) {
                o = o.withBiasOrder(r.integer("bias_order", o.order() + 1));
            }
            if (r.has("kernel")) {
                o = o.withKernel(Kernel.fromKeyword(r.word("kernel", "triangular",
                        Set.of("triangular", "uniform", "epanechnikov"))));
            }
            if (r.has("bandwidth")) {
                o = o.withBandwidth(r.number("bandwidth", Double.NaN));
            }
            if (r.has("bias_bandwidth")) {
                o = o.withBiasBandwidth(r.number("bias_bandwidth", Double.NaN));
            }
            if (r.has("vce")) {
                o = o.withVariance(VarianceEstimator.fromKeyword(r.word("vce", "nn",
                        Set.of("nn", "hc0", "hc1", "hc2", "hc3"))));
            }
            if (r.has("neighbours")) {
                o = o.withNeighbours(r.integer("neighbours", 3));
            }
            if (r.has("level")) {
                o = o.withConfidenceLevel(r.number("level", 0.95));
            }
            if (r.has("mass_points")) {
                o = o.withMassPoints(r.bool("mass_points", true));
            }
        } catch (RegressionDiscontinuityException e) {
            String option = values.keySet().stream().filter(e.getMessage()::contains).findFirst()
                    .orElse(values.keySet().iterator().next());
            throw new OptionException(option, "local_linear: " + e.getMessage());
        }
        return new DiscontinuityEstimator(o);
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.RegressionDiscontinuity design)) {
            throw new EstimationException("local_linear estimates from an rdd(running, cutoff) design");
        }
        EffectData effect = new EffectData(data, query, "local_linear");
        double[] y = effect.outcome();
        double[] x = effect.numeric(design.running(), "running variable");
        Map<String, Double> statistics = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        DiscontinuityEstimate jump;
        try {
            RegressionDiscontinuity rd = RegressionDiscontinuity.of(design.running(), x, design.cutoff());
            if (design.fuzzy().isPresent()) {
                double[] d = effect.numeric(design.fuzzy().get(), "treatment");
                jump = rd.fuzzy(query.outcome(), y, design.fuzzy().get(), d, options);
            } else {
                requireSharp(data, query, design, x);
                jump = rd.sharp(query.outcome(), y, options);
            }
            statistics.put("conventional_se", jump.stdError());
            statistics.put("conventional_p", jump.conventional().pValue());
            statistics.put("robust_estimate", jump.robustEstimate());
            statistics.put("h", jump.h());
            statistics.put("b", jump.b());
            statistics.put("n_left", (double) jump.effectiveLeft());
            statistics.put("n_right", (double) jump.effectiveRight());
            jump.firstStage().ifPresent(f -> {
                statistics.put("first_stage", f.conventional().estimate());
                statistics.put("first_stage_se", f.conventional().stdError());
            });
            notes.addAll(jump.notes());
            density(x, design, statistics, notes);
            if (!design.balance().isEmpty()) {
                double[][] covariates = new double[design.balance().size()][];
                for (int j = 0; j < covariates.length; j++) {
                    covariates[j] = effect.numeric(design.balance().get(j), "balance covariate");
                }
                CovariateBalance balance = rd.balance(design.balance(), covariates, options);
                for (DiscontinuityEstimate c : balance.covariates()) {
                    statistics.put("balance_" + c.outcome(), c.estimate());
                    statistics.put("balance_" + c.outcome() + "_p", c.robust().pValue());
                }
                List<DiscontinuityEstimate> off = balance.imbalanced(0.95);
                if (!off.isEmpty()) {
                    notes.add("covariates that jump at the cutoff (robust p < 0.05): " + String.join(", ",
                            off.stream().map(DiscontinuityEstimate::outcome).toList())
                            + "; units on either side may differ in more than the treatment");
                }
            }
        } catch (RegressionDiscontinuityException e) {
            throw new EstimationException("local_linear: " + e.getMessage(),
                    DataLocation.column(data.source(), design.running()));
        }
        notes.add("conventional estimate with rdrobust's robust bias-corrected standard error, interval and p-value; "
                + "bandwidth h = " + fmt(jump.h()) + " (" + jump.bandwidths().selection() + "), " + jump.kernel()
                .keyword() + " kernel, order " + jump.order());
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "local_linear", jump.estimate(),
                jump.robustStdError(), jump.robust().ciLow(), jump.robust().ciHigh(), jump.robust().pValue(),
                jump.effectiveLeft() + jump.effectiveRight(), statistics, Optional.empty(), notes);
    }

    /**
     * The binned means of the outcome and a quartic fitted on each side of the cutoff (rdplot's look), for
     * {@code plot rdd of e}.
     */
    public static BinnedScatter scatter(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.RegressionDiscontinuity design)) {
            throw new EstimationException("plot rdd of needs an estimate from an rdd design");
        }
        EffectData effect = new EffectData(data, query, "local_linear");
        try {
            return RegressionDiscontinuity.of(design.running(), effect.numeric(design.running(), "running variable"),
                    design.cutoff()).binnedScatter(query.outcome(), effect.outcome(), BinnedScatter.Options.DEFAULTS);
        } catch (RegressionDiscontinuityException e) {
            throw new EstimationException("plot rdd: " + e.getMessage(), DataLocation.column(data.source(),
                    design.running()));
        }
    }

    /** The density test of the running variable: a jump in density suggests units sorted around the cutoff. */
    private static void density(double[] x, Design.RegressionDiscontinuity design, Map<String, Double> statistics,
                                List<String> notes) {
        DensityTestResult test;
        try {
            test = DensityTest.test(design.running(), x, design.cutoff(), DensityTest.Options.DEFAULTS);
        } catch (RegressionDiscontinuityException e) {
            notes.add("no density test: " + e.getMessage());
            return;
        }
        statistics.put("density_p", test.pValue());
        if (test.pValue() < 0.05) {
            notes.add("the density of " + design.running() + " jumps at the cutoff (p = " + fmt(test.pValue())
                    + ", rddensity's test): units may sort themselves around it, which breaks the design");
        }
    }

    /**
     * A sharp design's treatment column must be 1 exactly from the cutoff on; the running variable itself names the
     * design's own indicator.
     */
    private static void requireSharp(Table data, EffectQuery query, Design.RegressionDiscontinuity design, double[] x) {
        if (query.treatment().equals(design.running())) {
            return;
        }
        double[] t = new EffectData(data, query, "local_linear").numeric(query.treatment(), "treatment");
        for (int i = 0; i < t.length; i++) {
            double expected = x[i] >= design.cutoff() ? 1 : 0;
            if (t[i] != expected) {
                throw new EstimationException("in a sharp design " + query.treatment() + " is 1 exactly when "
                        + design.running() + " >= " + fmt(design.cutoff()) + ", but row " + (i + 1) + " has "
                        + design.running() + " = " + fmt(x[i]) + " and " + query.treatment() + " = " + fmt(t[i])
                        + "; if treatment only becomes more likely at the cutoff, declare fuzzy = "
                        + query.treatment(), DataLocation.cell(data.source(), i + 1, query.treatment()));
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Printf.general(v, 4);
    }
}
