package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.options.OptionValue;
import causal.progress.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code se = bootstrap(runs = 200, seed = 1)} for any estimator: the point estimate as the estimator gives it, its
 * standard error the standard deviation of the estimates on {@code runs} resamples of the rows (with replacement,
 * same size), the interval estimate ± 1.96·SE and a normal p-value. Resample b draws from
 * {@code new RandomSource(seed).stream(b)}, and resamples run in parallel, so the result is the same for a seed
 * whatever the thread count. Resamples the estimator cannot fit (say, with no treated row) are left out and counted.
 * An estimator that is {@link CaseWeighted} (ols) weights the rows by how often a resample drew them instead of
 * copying them: the same resamples.
 */
final class BootstrapStandardError implements Estimator {
    static final int DEFAULT_RUNS = 200;

    private final Estimator inner;
    private final int runs;
    private final long seed;

    private BootstrapStandardError(Estimator inner, int runs, long seed) {
        this.inner = inner;
        this.runs = runs;
        this.seed = seed;
    }

    /** The estimator of {@code spec} with {@code values} minus {@code se}, its standard error bootstrapped. */
    static Estimator wrap(Estimator inner, OptionValue.Call call) {
        if (!call.args().isEmpty() || !call.named().keySet().stream().allMatch(k -> k.equals("runs")
                || k.equals("seed"))) {
            throw new OptionException("se", "se = bootstrap(runs = N, seed = S) takes only runs and seed, named");
        }
        OptionReader reader = new OptionReader("bootstrap", call.named());
        int runs = Checks.atLeast(reader.integer("runs", DEFAULT_RUNS), 20, "runs");
        return new BootstrapStandardError(inner, runs, reader.integer("seed", 1));
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        Estimate original = inner.estimate(data, query);
        int n = data.rowCount();
        CaseWeighted.Resampled weighted = inner instanceof CaseWeighted c ? c.prepare(data, query) : null;
        double[] draws;
        try (Progress.Task progress = Progress.start("bootstrap", runs, "resamples")) {
            draws = Replicates.run(runs, seed, (b, rng) -> {
                double value;
                try {
                    if (weighted != null) {
                        double[] counts = new double[n];
                        for (int i = 0; i < n; i++) {
                            counts[rng.nextInt(n)]++;
                        }
                        value = weighted.value(counts);
                    } else {
                        value = inner.estimate(data.select(rng.rowsWithReplacement(n)), query).value();
                    }
                } catch (EstimationException e) {
                    value = Double.NaN;
                }
                progress.step();
                return value;
            });
        }
        double[] ok = Arrays.stream(draws).filter(Double::isFinite).toArray();
        if (ok.length < runs / 2) {
            throw new EstimationException("the bootstrap failed on " + (runs - ok.length) + " of " + runs
                    + " resamples: the estimator needs more rows of each kind than resamples keep");
        }
        double se = Replicates.standardDeviation(ok);
        WaldInterval inference = WaldInterval.normal(original.value(), se, Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>(original.statistics());
        statistics.remove("df_residual");
        statistics.put("bootstrap_runs", (double) ok.length);
        statistics.put("bootstrap_failed", (double) (runs - ok.length));
        statistics.put("analytic_std_error", original.stdError());
        List<String> notes = new ArrayList<>(original.notes());
        notes.add("standard error from " + ok.length + " bootstrap resamples (seed " + seed + ")");
        return new Estimate(original.estimand(), original.treatment(), original.outcome(), original.estimator(),
                original.value(), se, inference.low(), inference.high(), inference.pValue(), original.n(),
                statistics, original.balance(), notes);
    }
}
