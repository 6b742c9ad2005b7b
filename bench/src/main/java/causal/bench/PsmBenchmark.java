package causal.bench;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimators;
import causal.options.OptionValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Propensity score matching (1:1 nearest neighbour, without replacement) on n rows × 5 covariates, ATT
 * (issue 3 target: 1M rows under 3 s). The time covers the whole estimate: the logistic fit, the matching, the
 * matched regression and the balance table. About a quarter of the rows are treated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PsmBenchmark {
    @Param({"1000000"})
    int rows;

    /** {@code none} is psm's default (no caliper); a number is a caliper on the raw propensity scale. */
    @Param({"none", "0.05"})
    String caliper;

    Table table;
    EffectQuery query;
    Map<String, OptionValue> options;

    @Setup(Level.Trial)
    public void simulate() {
        SplittableRandom rng = new SplittableRandom(11);
        double[][] x = new double[5][rows];
        double[] t = new double[rows];
        double[] y = new double[rows];
        int treated = 0;
        for (int i = 0; i < rows; i++) {
            // Three continuous and two binary confounders, as in a typical observational study.
            x[0][i] = rng.nextGaussian();
            x[1][i] = rng.nextGaussian();
            x[2][i] = rng.nextGaussian();
            x[3][i] = rng.nextDouble() < 0.4 ? 1 : 0;
            x[4][i] = rng.nextDouble() < 0.6 ? 1 : 0;
            // The intercept of -1.5 puts about 25% of the rows in the treated group.
            double logit = -1.5 + 0.6 * x[0][i] - 0.4 * x[1][i] + 0.3 * x[2][i] + 0.5 * x[3][i] - 0.3 * x[4][i];
            t[i] = rng.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
            treated += (int) t[i];
            y[i] = 1.5 * t[i] + 1.0 * x[0][i] + 0.5 * x[1][i] - 0.5 * x[2][i] + 0.8 * x[3][i] + 0.2 * x[4][i]
                    + rng.nextGaussian();
        }
        List<NumericColumn> columns = new ArrayList<>();
        List<String> covariates = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
            covariates.add("x" + j);
            columns.add(NumericColumn.of("x" + j, x[j]));
        }
        columns.add(NumericColumn.of("t", t));
        columns.add(NumericColumn.of("y", y));
        table = Table.of("bench", rows, columns);
        query = new EffectQuery(Estimand.ATT, "t", "y", covariates, List.of());
        options = caliper.equals("none") ? Map.of() : Map.of("caliper", new OptionValue.Number(Double.parseDouble(caliper)));
        System.err.printf("psm benchmark: %d rows, %.1f%% treated, caliper %s%n", rows, 100.0 * treated / rows, caliper);
    }

    @Benchmark
    public double psm() {
        return Estimators.find("psm").orElseThrow().create(options).estimate(table, query).value();
    }
}
