package causal.bench;

import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.StandardErrors;
import causal.random.Normal;
import causal.random.RandomSource;
import causal.stream.ArraySource;
import causal.stream.CrossProducts;
import causal.stream.RegressionColumns;
import causal.stream.StreamOptions;
import causal.stream.StreamPass;
import causal.stream.StreamingRegression;
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
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Streamed OLS with HC1 standard errors ({@code causal.stream.StreamingRegression}) on n rows × 10 covariates held
 * as {@code double[]} columns and read through an {@link ArraySource} in batches of 65,536 rows (views, no copies).
 * {@code olsHc1} reads the data twice (cross products, then the scores' cross products given β);
 * {@code crossProducts} is the first pass alone; {@code effectHc1} is what an effect estimate runs (its second pass
 * sums one coefficient's variance). Bytes read: 12 columns × 8 bytes × n per pass, so 1.92 GB for
 * {@code olsHc1} at n = 10M; divide by the time for the bandwidth achieved.
 * {@code threads = 0} uses every available processor; results are identical for every thread count.
 * {@code readEveryColumn} is the yardstick: the same 12 columns read once by the same number of threads doing
 * nothing but summing their bits, the memory bandwidth a pass could reach (bench/results/latest.md compares them).
 * The fork runs as the launcher runs a script on large data: the JDK's vector module loaded and the heap in
 * transparent huge pages (12 column streams a chunk of 512 rows each, 4 kB per column: in 4 kB pages each chunk
 * starts 12 new pages; crossProducts 55.8 -> 46.5 ms, olsHc1 132.7 -> 111.9 ms in 15 runs each); {@code -jvmArgs
 * -Xmx6g} (which replaces the fork's arguments) measures the scalar loops in 4 kB pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "--add-modules", "jdk.incubator.vector", "-XX:+UseTransparentHugePages"})
public class StreamingOlsBenchmark {
    private static final int COVARIATES = 10;

    @Param({"10000000"})
    int rows;

    @Param({"0"})
    int threads;

    ArraySource source;
    double[][] every;
    RegressionColumns columns;
    EffectQuery effect;
    StreamOptions options;

    @Setup(Level.Trial)
    public void simulate() {
        RandomSource rng = new RandomSource(7);
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        double[][] x = new double[COVARIATES][rows];
        for (int j = 0; j < COVARIATES; j++) {
            new Normal().sample(rng.stream(j), new double[][] {{0}, {1}}, x[j]);
            names.add("x" + j);
            values.add(x[j]);
        }
        double[] noise = new double[rows];
        new Normal().sample(rng.stream(COVARIATES), new double[][] {{0}, {1}}, noise);
        RandomSource coin = rng.stream(COVARIATES + 1);
        double[] t = new double[rows];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            t[i] = coin.nextDouble() < 0.5 ? 1 : 0;
            double s = 0;
            for (int j = 0; j < COVARIATES; j++) {
                s += 0.1 * (j + 1) * x[j][i];
            }
            y[i] = 2.0 * t[i] + s + noise[i];
        }
        names.add("t");
        values.add(t);
        names.add("y");
        values.add(y);
        source = ArraySource.of("bench", names, values, 65_536);
        every = values.toArray(new double[0][]);
        List<String> regressors = new ArrayList<>(List.of("t"));
        regressors.addAll(names.subList(0, COVARIATES));
        columns = new RegressionColumns(regressors, "y");
        effect = new EffectQuery(Estimand.ATE, "t", "y", names.subList(0, COVARIATES), List.of());
        options = threads == 0 ? StreamOptions.DEFAULTS : new StreamOptions(threads);
    }

    @Benchmark
    public double olsHc1() {
        return StreamingRegression.fit(source, columns, StandardErrors.HC1, options).stdError(1);
    }

    /**
     * What {@code estimate ATE of t on y … using ols(se = hc1)} runs on streamed data: the same two passes, the
     * second summing the treatment's variance alone (two dot products a row, not the 78 products of the meat).
     */
    @Benchmark
    public double effectHc1() {
        return StreamingRegression.estimate(source, effect, StandardErrors.HC1, options).estimate().stdError();
    }

    /** One read of every column, split into batches across the threads, summing raw bits (a loop C2 vectorizes). */
    @Benchmark
    public long readEveryColumn() {
        int batch = 65_536;
        int batches = (rows + batch - 1) / batch;
        ForkJoinPool pool = threads == 0 ? ForkJoinPool.commonPool() : new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, batches).parallel().mapToLong(b -> {
                int from = b * batch;
                int to = Math.min(rows, from + batch);
                long bits = 0;
                for (double[] column : every) {
                    for (int i = from; i < to; i++) {
                        bits += Double.doubleToRawLongBits(column[i]);
                    }
                }
                return bits;
            }).sum()).join();
        } finally {
            if (pool != ForkJoinPool.commonPool()) {
                pool.shutdown();
            }
        }
    }

    @Benchmark
    public double crossProducts() {
        return StreamPass.run(source, () -> new CrossProducts(columns), options).value(1, 1);
    }
}
