package causal.bench;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimators;
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
 * OLS with HC1 standard errors on n rows × 10 covariates (issue 3 target: 10M rows under 2 s after load). The fork
 * loads the JDK's vector module, as the launcher does for a script on large data; {@code -jvmArgs -Xmx8g} measures
 * the scalar loops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "--add-modules", "jdk.incubator.vector"})
public class OlsBenchmark {
    @Param({"10000000"})
    int rows;

    Table table;
    EffectQuery query;

    @Setup(Level.Trial)
    public void simulate() {
        SplittableRandom rng = new SplittableRandom(7);
        List<NumericColumn> columns = new ArrayList<>();
        List<String> covariates = new ArrayList<>();
        double[][] x = new double[10][rows];
        for (int j = 0; j < 10; j++) {
            for (int i = 0; i < rows; i++) {
                x[j][i] = rng.nextGaussian();
            }
            covariates.add("x" + j);
            columns.add(NumericColumn.of("x" + j, x[j]));
        }
        double[] t = new double[rows];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            t[i] = rng.nextDouble() < 0.5 ? 1 : 0;
            double s = 0;
            for (int j = 0; j < 10; j++) {
                s += 0.1 * (j + 1) * x[j][i];
            }
            y[i] = 2.0 * t[i] + s + rng.nextGaussian();
        }
        columns.add(NumericColumn.of("t", t));
        columns.add(NumericColumn.of("y", y));
        table = Table.of("bench", rows, columns);
        query = new EffectQuery(Estimand.ATE, "t", "y", covariates, List.of());
    }

    @Benchmark
    public double olsHc1() {
        return Estimators.find("ols").orElseThrow().create(Map.of()).estimate(table, query).stdError();
    }
}
