package causal.bench;

import causal.data.CsvReader;
import causal.data.Table;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Reading a numeric CSV file shaped as the side-by-side OLS file (bench/side-by-side/gen.R ols): ten Gaussian
 * covariates rounded to 6 decimals, a 0/1 treatment and an outcome; 2M rows are about 210 MB. With the Serial
 * collector, as the launcher runs. Rates in MB/s are the file's size over the time per read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseSerialGC"})
public class CsvReadBenchmark {
    @Param({"2000000"})
    int rows;

    Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("causal-csv-bench", ".csv");
        SplittableRandom rng = new SplittableRandom(20261203);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("x0,x1,x2,x3,x4,x5,x6,x7,x8,x9,t,y\n");
            double[] x = new double[10];
            for (int i = 0; i < rows; i++) {
                double outcome = 0;
                for (int j = 0; j < 10; j++) {
                    x[j] = Math.round(rng.nextGaussian() * 1e6) / 1e6;
                    outcome += 0.1 * (j + 1) * x[j];
                    out.write(format(x[j]));
                    out.write(',');
                }
                int treated = rng.nextDouble() < 1 / (1 + Math.exp(-(0.3 * x[0] - 0.2 * x[1]))) ? 1 : 0;
                out.write(treated == 1 ? "1," : "0,");
                out.write(format(Math.round((2 * treated + outcome + rng.nextGaussian()) * 1e6) / 1e6));
                out.write('\n');
            }
        }
    }

    /** As R's write.csv prints a number rounded to 6 decimals: no trailing zeros. */
    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.6f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Table read() {
        return CsvReader.read(file, "bench.csv");
    }
}
