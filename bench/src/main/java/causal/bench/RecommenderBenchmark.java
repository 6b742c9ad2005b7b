package causal.bench;

import causal.options.OptionValue;
import causal.recommend.Interactions;
import causal.recommend.RecommenderArguments;
import causal.recommend.Recommenders;
import causal.recommend.TrainedRecommender;
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

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Issue 7's recommender targets on synthetic data: one iteration of explicit ALS with 64 factors on 20M ratings
 * shaped like MovieLens-20M (138,000 users, 27,000 items, popularity skewed; target under 3 s), and item-kNN top-10
 * for 10,000 users on 1M ratings (target under 5 s, fit included). For information, one iteration of each ALS solver
 * on a tenth of the users, items and ratings, measured under the same load as the target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// The vector module: what the launcher adds to a script that fits als (causal.recommend.VectorKernels).
@Fork(value = 1, jvmArgs = {"-Xmx16g", "--add-modules", "jdk.incubator.vector"})
public class RecommenderBenchmark {
    Interactions movieLensShaped;
    Interactions million;

    @Setup(Level.Trial)
    public void simulate() {
        movieLensShaped = ratings(20_000_000, 138_000, 27_000, 1);
        million = ratings(1_000_000, 10_000, 5_000, 2);
    }

    /** Ratings of skewed popularity: item index ~ items × u², so a few items get most ratings, as in MovieLens. */
    private static Interactions ratings(int count, int users, int items, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] u = new long[count];
        long[] i = new long[count];
        double[] r = new double[count];
        for (int k = 0; k < count; k++) {
            u[k] = rng.nextInt(users);
            double p = rng.nextDouble();
            i[k] = (long) (items * p * p);
            r[k] = 1 + rng.nextInt(5);
        }
        return Interactions.ratings(u, i, r, null);
    }

    @Benchmark
    public TrainedRecommender alsOneIteration() {
        return Recommenders.create("als", RecommenderArguments.of(Map.of("factors", new OptionValue.Number(64),
                "iterations", new OptionValue.Number(1)))).fit(movieLensShaped);
    }

    /**
     * Three iterations: with {@link #alsOneIteration} the cost of one more iteration, (three − one) / 2, without the
     * fit's set-up (indexing the ratings both ways, the mean, the first factors) and without the first half-step,
     * which starts from zero user factors and so skips a pass.
     */
    @Benchmark
    public TrainedRecommender alsThreeIterations() {
        return Recommenders.create("als", RecommenderArguments.of(Map.of("factors", new OptionValue.Number(64),
                "iterations", new OptionValue.Number(3)))).fit(movieLensShaped);
    }

    /** A tenth of the MovieLens-shaped set, to compare the solvers of {@code als} side by side. */
    @State(Scope.Benchmark)
    public static class TenthOfMovieLens {
        @Param({"cg", "cholesky"})
        String solver;
        Interactions ratings;

        @Setup(Level.Trial)
        public void simulate() {
            ratings = ratings(2_000_000, 13_800, 2_700, 3);
        }
    }

    @Benchmark
    public TrainedRecommender alsOneIterationOnATenthBySolver(TenthOfMovieLens tenth) {
        return Recommenders.create("als", RecommenderArguments.of(Map.of("factors", new OptionValue.Number(64),
                "iterations", new OptionValue.Number(1), "solver", new OptionValue.Word(tenth.solver))))
                .fit(tenth.ratings);
    }

    @Benchmark
    public int itemKnnTop10For10000Users() {
        TrainedRecommender model = Recommenders.create("item_knn", RecommenderArguments.of(Map.of()))
                .fit(million);
        int total = 0;
        for (int user = 0; user < 10_000; user++) {
            total += model.topK(user, 10, true).length;
        }
        return total;
    }
}
