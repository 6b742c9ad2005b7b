package causal.bench;

import causal.recommend.AlternatingLeastSquares;
import causal.recommend.Interactions;
import causal.spark.SparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One ALS iteration with 64 factors, causal.recommend's against Spark MLlib's ({@code local[*]}), on the same
 * synthetic ratings in the same JVM. The ratings are shaped like MovieLens-20M (138,000 users, 27,000 items,
 * skewed item popularity, stars 1-5) and scaled by the first argument: users and items shrink with the number of
 * ratings, so ratings per user and per item stay MovieLens-like. Each rating is a function of its index only
 * (SplitMix64), so both engines get the same data without shipping rows from the driver.
 *
 * <p>Timed: causal's {@code AlternatingLeastSquares.fit} with 1 iteration on prebuilt {@code Interactions}, as
 * {@code RecommenderBenchmark.alsOneIteration}; MLlib's {@code ALS.fit} with {@code maxIter = 1} on a cached,
 * counted DataFrame, which includes MLlib's partitioning of the ratings into blocks (every fit does it). After a
 * warm-up of both on a tenth of the data, each is timed {@code repeats} times and the best time reported, with the
 * load average before and after: other processes share the cores.
 *
 * <p>Usage: {@code SparkAlsSideBySide [ratings=20000000] [repeats=2] [master=local[*]]}; prints a Markdown row.
 */
public final class SparkAlsSideBySide {
    private static final int FULL_RATINGS = 20_000_000;
    private static final int FULL_USERS = 138_000;
    private static final int FULL_ITEMS = 27_000;
    private static final int FACTORS = 64;
    private static final double REGULARIZATION = 0.1;
    private static final long SEED = 20;

    private SparkAlsSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        int ratings = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : FULL_RATINGS;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String master = args.length > 2 ? args[2] : "local[*]";
        Shape shape = Shape.scaled(ratings);
        Shape warmUp = Shape.scaled(Math.max(ratings / 10, 10_000));
        try (SparkEngine engine = SparkEngine.open(SparkEngine.Options.DEFAULTS.withMaster(master), Path.of("."))) {
            time(engine, warmUp, 1);
            String before = load();
            double[] seconds = time(engine, shape, repeats);
            String after = load();
            System.out.println("| ratings | users x items | factors | causal ALS, 1 iteration | Spark MLlib ALS, "
                    + "maxIter 1 (" + master + ") | Spark / causal | load average before, after |");
            System.out.println("|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %,d | %,d x %,d | %d | %.2f s | %.2f s | %.1fx | %s; %s |%n", ratings,
                    shape.users, shape.items, FACTORS, seconds[0], seconds[1], seconds[1] / seconds[0], before, after);
        }
    }

    /** The best of {@code repeats} timings of causal's and MLlib's ALS on {@code shape}, in seconds. */
    private static double[] time(SparkEngine engine, Shape shape, int repeats) {
        Interactions interactions = shape.interactions();
        AlternatingLeastSquares causal = new AlternatingLeastSquares(
                new AlternatingLeastSquares.Options(FACTORS, REGULARIZATION, 1, SEED));
        double bestCausal = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            causal.fit(interactions);
            bestCausal = Math.min(bestCausal, (System.nanoTime() - start) / 1e9);
        }
        interactions = null;
        Dataset<Row> frame = shape.dataset(engine).cache();
        frame.count();
        ALS als = new ALS().setRank(FACTORS).setRegParam(REGULARIZATION).setMaxIter(1).setSeed(SEED)
                .setUserCol("user").setItemCol("item").setRatingCol("rating");
        double bestSpark = Double.POSITIVE_INFINITY;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            ALSModel model = als.fit(frame);
            model.userFactors().count();
            model.itemFactors().count();
            bestSpark = Math.min(bestSpark, (System.nanoTime() - start) / 1e9);
        }
        frame.unpersist();
        return new double[] {bestCausal, bestSpark};
    }

    private static String load() throws java.io.IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + ", " + parts[1] + ", " + parts[2];
    }

    /** {@code ratings} ratings over {@code users} x {@code items}. */
    private record Shape(int ratings, int users, int items) {
        static Shape scaled(int ratings) {
            double scale = (double) ratings / FULL_RATINGS;
            return new Shape(ratings, Math.max(100, (int) Math.round(FULL_USERS * scale)),
                    Math.max(100, (int) Math.round(FULL_ITEMS * scale)));
        }

        Interactions interactions() {
            long[] u = new long[ratings];
            long[] i = new long[ratings];
            double[] r = new double[ratings];
            for (int k = 0; k < ratings; k++) {
                u[k] = user(k, users);
                i[k] = item(k, items);
                r[k] = stars(k);
            }
            return Interactions.ratings(u, i, r, null);
        }

        Dataset<Row> dataset(SparkEngine engine) {
            StructType schema = DataTypes.createStructType(List.of(
                    DataTypes.createStructField("user", DataTypes.IntegerType, false),
                    DataTypes.createStructField("item", DataTypes.IntegerType, false),
                    DataTypes.createStructField("rating", DataTypes.FloatType, false)));
            int u = users;
            int i = items;
            MapFunction<Long, Row> rating = k -> RowFactory.create((int) user(k, u), (int) item(k, i),
                    (float) stars(k));
            int partitions = 4 * Runtime.getRuntime().availableProcessors();
            return engine.session().range(0, ratings, 1, partitions).map(rating, Encoders.row(schema));
        }
    }

    /** Uniform over users, as in RecommenderBenchmark. */
    static long user(long k, int users) {
        return Long.remainderUnsigned(mix(k * 3), users);
    }

    /** Item index ~ items × p², p uniform: a few items get most ratings, as in MovieLens. */
    static long item(long k, int items) {
        double p = (mix(k * 3 + 1) >>> 11) * 0x1.0p-53;
        return (long) (items * p * p);
    }

    static double stars(long k) {
        return 1 + Long.remainderUnsigned(mix(k * 3 + 2), 5);
    }

    /** SplitMix64's finalizer of {@code SEED}'s stream at position {@code x}. */
    static long mix(long x) {
        long z = SEED * 0x9E3779B97F4A7C15L + (x + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
