package causal.bench;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.Estimator;
import causal.estimate.Estimators;
import causal.options.OptionValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Issue 5's coverage table: the share of 95% intervals that contain the true effect in 1,000 simulations, for ols,
 * ipw, aipw, psm (with replacement and Abadie-Imbens errors; and without, caliper 0.05), dml and tsls, and the 100-seed check that dml's estimate lies
 * within 3 standard errors of the truth. Not a JMH benchmark: run {@code java -cp … causal.bench.CoverageStudy
 * [replications]} after {@code bench/run.sh} built the jar; it prints a Markdown table.
 *
 * <p>Data: x1 ~ N(0, 1), x2 ~ Bernoulli(0.5), t ~ Bernoulli(logistic(a + 0.8 x1 + 0.5 x2)) with a = −0.3 (a = −1.5
 * for psm), y = 1 + 2t + 1.5 x1 +
 * x2 + N(0, 1), effect 2 (the stdlib's ConfoundedSimulation); for tsls an instrument z ~ N(0, 1), a hidden
 * confounder u, t = 0.8 z + u + N(0, 1), y = 1 + 2t + 2u + N(0, 1).
 */
public final class CoverageStudy {
    private static final double EFFECT = 2.0;

    private CoverageStudy() {
    }

    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        System.out.println("| estimator | estimand | rows | replications | coverage of 95% intervals |");
        System.out.println("|---|---|---|---|---|");
        row("ols", Map.of(), Estimand.ATE, 1000, -0.3, replications, false);
        row("ipw", Map.of(), Estimand.ATE, 1000, -0.3, replications, false);
        row("aipw", Map.of(), Estimand.ATE, 1000, -0.3, replications, false);
        // About 25% treated; with replacement the default error is Abadie and Imbens'.
        row("psm", Map.of("replace", new OptionValue.Bool(true)), Estimand.ATT, 1000, -1.5, replications, false);
        row("psm", Map.of("caliper", new OptionValue.Number(0.05)), Estimand.ATT, 1000, -1.5, replications, false);
        row("dml", Map.of(), Estimand.ATE, 1000, -0.3, replications, false);
        row("tsls", Map.of(), Estimand.ATE, 1000, 0, replications, true);
        // The asymptotic intervals at a smaller size, where ipw's heavy weights show
        row("ipw", Map.of(), Estimand.ATE, 400, -0.3, replications, false);
        int within = 0;
        Estimator dml = Estimators.find("dml").orElseThrow().create(Map.of());
        for (int seed = 0; seed < 100; seed++) {
            Estimate e = dml.estimate(confounded(1000, -0.3, new SplittableRandom(1000 + seed)),
                    query(Estimand.ATE, false));
            within += Math.abs(e.value() - EFFECT) <= 3 * e.stdError() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%ndml within 3 SE of the true effect in %d of 100 seeds (1,000 rows each)%n",
                within);
    }

    private static void row(String keyword, Map<String, OptionValue> options, Estimand estimand, int n,
                            double treatmentIntercept, int replications, boolean iv) {
        Estimator estimator = Estimators.find(keyword, iv ? Design.Kind.INSTRUMENTS : Design.Kind.OBSERVATIONAL)
                .orElseThrow().create(options);
        SplittableRandom random = new SplittableRandom(keyword.hashCode());
        int covered = 0;
        for (int r = 0; r < replications; r++) {
            Table data = iv ? instrumented(n, random) : confounded(n, treatmentIntercept, random);
            Estimate e = estimator.estimate(data, query(estimand, iv));
            covered += e.ciLow() <= EFFECT && EFFECT <= e.ciHigh() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "| %s %s | %s | %d | %d | %.3f |%n", keyword, options, estimand, n,
                replications, (double) covered / replications);
    }

    private static EffectQuery query(Estimand estimand, boolean iv) {
        return iv ? new EffectQuery(estimand, "t", "y", List.of(), List.of(), new Design.Instruments(List.of("z")),
                List.of()) : new EffectQuery(estimand, "t", "y", List.of("x1", "x2"), List.of());
    }

    private static Table confounded(int n, double treatmentIntercept, SplittableRandom random) {
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = random.nextGaussian();
            x2[i] = random.nextDouble() < 0.5 ? 1 : 0;
            double eta = treatmentIntercept + 0.8 * x1[i] + 0.5 * x2[i];
            t[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            y[i] = 1 + EFFECT * t[i] + 1.5 * x1[i] + x2[i] + random.nextGaussian();
        }
        return Table.of("simulated", n, List.of(NumericColumn.of("x1", x1), NumericColumn.of("x2", x2),
                NumericColumn.of("t", t), NumericColumn.of("y", y)));
    }

    private static Table instrumented(int n, SplittableRandom random) {
        double[] z = new double[n];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = random.nextGaussian();
            double u = random.nextGaussian();
            t[i] = 0.8 * z[i] + u + random.nextGaussian();
            y[i] = 1 + EFFECT * t[i] + 2 * u + random.nextGaussian();
        }
        return Table.of("simulated", n, List.of(NumericColumn.of("z", z), NumericColumn.of("t", t),
                NumericColumn.of("y", y)));
    }
}
