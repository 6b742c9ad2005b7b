package causal.estimate;

import causal.data.Table;
import causal.inference.WaldInterval;
import causal.learn.DesignMatrix;
import causal.learn.LinearFit;
import causal.learn.LinearRegression;
import causal.learn.RowSubsets;
import causal.options.OptionSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The front-door formula P(y | do(x)) = Σ_m P(m | x) Σ_x' P(y | x', m) P(x') with linear models (the two-stage
 * regression DoWhy uses for its front-door estimand): regress each mediator M_j on the treatment (a_j, its effect
 * on M_j: no backdoor path from X to M is open), regress the outcome on all mediators and the treatment (b_j, the
 * effect of M_j on Y: X blocks the backdoor paths from M to Y); the effect of a one-unit change in X is Σ_j a_j b_j.
 * R: {@code coef(lm(m ~ x))[2] * coef(lm(y ~ m + x))[2]}.
 *
 * <p>Standard error: nonparametric bootstrap of both regressions together ({@code runs} resamples of the rows,
 * each drawn from its own seeded stream, so the result is the same whatever the thread count); the interval is
 * estimate ± 1.96·SE and the p-value normal.
 */
public final class FrontdoorAdjustment implements Estimator {
    public static final EstimatorSpec SPEC = new EstimatorSpec("ols", "Front-door adjustment (two regressions)",
            "the treatment's effect on the mediators times their effect on the outcome given the treatment, each "
                    + "from a linear regression; bootstrap standard error",
            Set.of(Estimand.ATE), false,
            List.of(new OptionSpec("runs", "integer", "500", "bootstrap resamples for the standard error"),
                    new OptionSpec("seed", "integer", "1", "seed of the bootstrap (xoshiro256** streams)")),
            values -> {
                OptionReader reader = new OptionReader("ols (front door)", values);
                int runs = reader.integer("runs", 500);
                Checks.atLeast(runs, 50, "runs");
                return new FrontdoorAdjustment(runs, reader.integer("seed", 1));
            }, Design.Kind.FRONTDOOR);

    private final int runs;
    private final long seed;

    public FrontdoorAdjustment(int runs, long seed) {
        this.runs = runs;
        this.seed = seed;
    }

    @Override
    public Estimate estimate(Table data, EffectQuery query) {
        if (!(query.design() instanceof Design.Frontdoor frontdoor)) {
            throw new EstimationException("front-door adjustment needs the front-door mediators");
        }
        EffectData effect = new EffectData(data, query, "ols (front door)");
        effect.requireNumericTreatment();
        double[] y = effect.outcome();
        double[] x = effect.numeric(query.treatment(), "treatment");
        List<String> names = frontdoor.mediators();
        double[][] m = new double[names.size()][];
        for (int j = 0; j < m.length; j++) {
            m[j] = effect.numeric(names.get(j), "mediator");
        }
        int n = y.length;
        if (n <= m.length + 2) {
            throw new EstimationException("the front-door regressions need more rows than coefficients: " + n
                    + " rows, " + (m.length + 2) + " coefficients");
        }
        double[] parts = EffectData.fitting("front-door regression", () -> effect(x, m, y));
        double value = parts[0];
        double[] draws = Replicates.run(runs, seed, (b, rng) -> {
            int[] rows = rng.rowsWithReplacement(n);
            try {
                return effect(RowSubsets.select(x, rows), RowSubsets.select(m, rows), RowSubsets.select(y, rows))[0];
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        });
        double[] ok = Arrays.stream(draws).filter(Double::isFinite).toArray();
        if (ok.length < runs / 2) {
            throw new EstimationException("the front-door regressions failed on most bootstrap resamples: the "
                    + "treatment or a mediator barely varies");
        }
        double se = Replicates.standardDeviation(ok);
        WaldInterval inference = WaldInterval.normal(value, se, Estimate.CONFIDENCE_LEVEL);
        Map<String, Double> statistics = new LinkedHashMap<>();
        for (int j = 0; j < m.length; j++) {
            statistics.put("effect_on_" + names.get(j), parts[1 + 2 * j]);
            statistics.put("effect_of_" + names.get(j), parts[2 + 2 * j]);
        }
        statistics.put("bootstrap_runs", (double) ok.length);
        List<String> notes = new ArrayList<>();
        if (ok.length < runs) {
            notes.add((runs - ok.length) + " of " + runs + " bootstrap resamples could not be fitted and were left "
                    + "out");
        }
        return new Estimate(query.estimand(), query.treatment(), query.outcome(), "ols", value, se, inference.low(),
                inference.high(), inference.pValue(), n, statistics, Optional.empty(), notes);
    }

    /** {Σ a_j b_j, a_1, b_1, a_2, b_2, …}. */
    private static double[] effect(double[] x, double[][] m, double[] y) {
        int n = x.length;
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        double[] out = new double[1 + 2 * m.length];
        double total = 0;
        List<String> outcomeNames = new ArrayList<>(List.of(DesignMatrix.INTERCEPT));
        double[][] outcomeColumns = new double[m.length + 2][];
        outcomeColumns[0] = ones;
        for (int j = 0; j < m.length; j++) {
            outcomeNames.add("m" + j);
            outcomeColumns[1 + j] = m[j];
        }
        outcomeNames.add("x");
        outcomeColumns[m.length + 1] = x;
        LinearFit outcome = LinearRegression.fit(DesignMatrix.ofColumns(outcomeNames, outcomeColumns), y, null);
        DesignMatrix onTreatment = DesignMatrix.ofColumns(List.of(DesignMatrix.INTERCEPT, "x"),
                new double[][] {ones, x});
        for (int j = 0; j < m.length; j++) {
            double a = LinearRegression.fit(onTreatment, m[j], null).coefficient(1);
            double b = outcome.coefficient(1 + j);
            out[1 + 2 * j] = a;
            out[2 + 2 * j] = b;
            total += a * b;
        }
        out[0] = total;
        return out;
    }
}
