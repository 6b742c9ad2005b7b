package causal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import causal.data.BooleanColumn;
import causal.data.Column;
import causal.data.CsvReader;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.random.Normal;
import causal.random.RandomSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The data the streaming tests share: LaLonde's NSW sample and a seeded simulation with missing values. */
final class Fixtures {
    static final List<String> LALONDE_COVARIATES =
            List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75");

    private Fixtures() {
    }

    /** LaLonde's data (614 rows, as shipped with R's MatchIt), read by the project's CSV reader. */
    static Table lalonde() {
        Path copy = Path.of("src/test/resources/causal/data/lalonde.csv");
        return Files.exists(copy) ? CsvReader.read(copy, "lalonde.csv") : shared("lalonde.csv");
    }

    /** A file of the shared data folder next to the repository (/work/shared/data). */
    static Table shared(String file) {
        return CsvReader.read(sharedPath(file), file);
    }

    /** The absolute path of a file of the shared data folder. */
    static Path sharedPath(String file) {
        Path path = Path.of("../../shared/data", file);
        if (!Files.exists(path)) {
            path = Path.of("/work/shared/data", file);
        }
        return path.toAbsolutePath().normalize();
    }

    /**
     * {@code rows} simulated rows: normal covariates x1, x2, a true/false x3, a treatment t whose probability rises
     * with x1, a weight w in [0.5, 2], a cluster id g (43 clusters), a post flag, and an outcome y with an effect of 2
     * and noise whose spread grows with |x1|. About {@code missingShare} of x1, y and x3 values are missing.
     */
    static Table simulated(int rows, long seed, double missingShare) {
        RandomSource rng = new RandomSource(seed);
        double[] x1 = normal(rng.stream(1), rows, 1.0, 2.0);
        double[] x2 = normal(rng.stream(2), rows, -3.0, 0.5);
        double[] noise = normal(rng.stream(3), rows, 0.0, 1.0);
        RandomSource draws = rng.stream(4);
        double[] t = new double[rows];
        double[] w = new double[rows];
        double[] g = new double[rows];
        double[] post = new double[rows];
        double[] y = new double[rows];
        BitSet x3 = new BitSet(rows);
        for (int i = 0; i < rows; i++) {
            double p = 1 / (1 + Math.exp(-(0.3 * x1[i] - 0.4)));
            t[i] = draws.nextDouble() < p ? 1 : 0;
            w[i] = 0.5 + 1.5 * draws.nextDouble();
            g[i] = draws.nextInt(43);
            post[i] = draws.nextDouble() < 0.5 ? 1 : 0;
            if (draws.nextDouble() < 0.4) {
                x3.set(i);
            }
            y[i] = 1 + 2 * t[i] + 0.5 * x1[i] - x2[i] + (x3.get(i) ? 0.7 : 0) + 0.8 * t[i] * post[i] + 0.3 * post[i]
                    + (1 + Math.abs(x1[i])) * noise[i];
        }
        BitSet x3Missing = new BitSet(rows);
        RandomSource holes = rng.stream(5);
        for (int i = 0; i < rows; i++) {
            if (holes.nextDouble() < missingShare) {
                x1[i] = Double.NaN;
            }
            if (holes.nextDouble() < missingShare) {
                y[i] = Double.NaN;
            }
            if (holes.nextDouble() < missingShare) {
                x3Missing.set(i);
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(NumericColumn.of("x1", x1));
        columns.add(NumericColumn.of("x2", x2));
        columns.add(new BooleanColumn("x3", x3, x3Missing, rows));
        columns.add(NumericColumn.of("t", t));
        columns.add(NumericColumn.of("w", w));
        columns.add(NumericColumn.of("g", g));
        columns.add(NumericColumn.of("post", post));
        columns.add(NumericColumn.of("y", y));
        return Table.of("simulated", rows, columns);
    }

    /** The rows of {@code table} with a value in every one of {@code columns}, as the interpreter passes them. */
    static Table complete(Table table, List<String> columns) {
        return table.filter(table.completeRows(columns));
    }

    static double[] normal(RandomSource rng, int rows, double mean, double sd) {
        double[] out = new double[rows];
        new Normal().sample(rng, new double[][] {{mean}, {sd}}, out);
        return out;
    }

    /** |actual − expected| ≤ tolerance · |expected|; NaN (a Bayesian comparison's p-value) only against NaN. */
    static void assertRelative(double expected, double actual, double tolerance) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as("NaN expected").isNaN();
            return;
        }
        assertThat(Math.abs(actual - expected)).as("%s against %s", actual, expected)
                .isLessThanOrEqualTo(tolerance * Math.abs(expected));
    }
}
