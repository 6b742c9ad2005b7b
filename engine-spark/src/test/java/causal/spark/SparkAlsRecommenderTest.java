package causal.spark;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import causal.options.OptionValue;
import causal.recommend.Evaluation;
import causal.recommend.Interactions;
import causal.recommend.Metric;
import causal.recommend.Recommendations;
import causal.recommend.Recommender;
import causal.recommend.RecommenderArguments;
import causal.recommend.RecommenderException;
import causal.recommend.RecommenderOptionException;
import causal.recommend.Recommenders;
import causal.recommend.SparseRows;
import causal.recommend.Split;
import causal.recommend.TrainTestSplit;
import causal.recommend.TrainedRecommender;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code als} fitted by MLlib on {@link LowRankRatings} (all of them, split 20% at random here), plus 30 users who
 * rate one item each so that the split leaves some without a training rating. The biases are solved here, MLlib
 * factors the residuals (twice), and the model should predict held-out ratings about as well as the in-memory
 * {@code als} with the same options.
 */
class SparkAlsRecommenderTest {
    private static final Map<String, OptionValue> OPTIONS = Map.of("factors", new OptionValue.Number(3),
            "reg", new OptionValue.Number(0.05), "iterations", new OptionValue.Number(10),
            "seed", new OptionValue.Number(3));
    private static final int LONELY_USERS = 30;

    private static TrainTestSplit parts;
    private static SparkAlsRecommender recommender;
    private static SparkAlsRecommender.Fit fit;
    private static TrainedRecommender model;

    @BeforeAll
    static void fitOnSpark() {
        parts = Split.random(0.2, 7).apply(ratings());
        recommender = (SparkAlsRecommender) SparkAlsRecommender.of(session(), "als", OPTIONS).orElseThrow();
        fit = recommender.fitParts(parts.training());
        model = fit.model(parts.training());
    }

    @Test
    void heldOutRmseIsNearTheNoiseAndWithinTenPercentOfTheInMemoryAls() {
        List<Metric> rmse = List.of(Metric.parse("rmse"));
        double spark = Evaluation.evaluate(model, parts.test(), rmse).value("rmse").orElseThrow();
        TrainedRecommender memory = Recommenders.create("als", RecommenderArguments.of(OPTIONS))
                .fit(parts.training());
        double inMemory = Evaluation.evaluate(memory, parts.test(), rmse).value("rmse").orElseThrow();
        String both = "MLlib " + spark + ", in memory " + inMemory + ", noise " + LowRankRatings.NOISE + "; "
                + fit.biases();
        assertThat(spark).as(both).isLessThan(1.3 * LowRankRatings.NOISE);
        assertThat(spark).as(both).isCloseTo(inMemory, within(0.1 * inMemory));
        // The biases are a real part of the fit: without the factors the baseline alone is far worse.
        TrainedRecommender baseline = new SparkAlsRecommender.Fit(fit.biases(), 3,
                new double[fit.userFactors().length], new double[fit.itemFactors().length]).model(parts.training());
        double baselineRmse = Evaluation.evaluate(baseline, parts.test(), rmse).value("rmse").orElseThrow();
        assertThat(baselineRmse).as(both).isGreaterThan(1.5 * spark);
    }

    @Test
    void aSecondRoundMovesTheBiasesAndFactorsTowardTheJointFit() {
        List<Metric> rmse = List.of(Metric.parse("rmse"));
        TrainedRecommender fixedFirst = new SparkAlsRecommender(session(), 3, 0.05, 10, 3, 1).fit(parts.training());
        double once = Evaluation.evaluate(fixedFirst, parts.test(), rmse).value("rmse").orElseThrow();
        double twice = Evaluation.evaluate(model, parts.test(), rmse).value("rmse").orElseThrow();
        assertThat(twice).as("held-out rmse after 1 round %s, after 2 %s", once, twice).isLessThan(once);
        assertThatThrownBy(() -> new SparkAlsRecommender(session(), 3, 0.05, 10, 3, 0))
                .isInstanceOf(RecommenderException.class);
    }

    @Test
    void factorsComeBackAsMllibsFloatsByDenseIndexAndZeroForUsersMllibNeverSaw() {
        Interactions training = parts.training();
        assertThat(fit.k()).isEqualTo(3);
        assertThat(fit.userFactors()).hasSize(training.userCount() * 3);
        assertThat(fit.itemFactors()).hasSize(training.itemCount() * 3);
        for (double v : fit.itemFactors()) {
            assertThat((double) (float) v).isEqualTo(v);
        }
        int unseen = 0;
        for (int u = 0; u < training.userCount(); u++) {
            double[] factors = java.util.Arrays.copyOfRange(fit.userFactors(), 3 * u, 3 * u + 3);
            if (training.byUser().length(u) == 0) {
                assertThat(factors).containsOnly(0);
                unseen++;
            } else {
                assertThat(factors).as("user %s", training.users().key(u)).isNotEqualTo(new double[3]);
            }
        }
        assertThat(unseen).as("lonely users whose one rating was held out").isPositive();
    }

    @Test
    void aUserWithoutTrainingRatingsScoresTheMeanPlusTheItemBias() {
        Interactions training = parts.training();
        int user = IntStream.range(0, training.userCount()).filter(u -> training.byUser().length(u) == 0)
                .findFirst().orElseThrow();
        for (int i = 0; i < training.itemCount(); i++) {
            assertThat(model.predict(user, i)).isCloseTo(fit.biases().mean() + fit.biases().itemBias(i),
                    within(1e-12));
        }
        // So its recommendations are the items of largest bias.
        Recommendations top = model.recommend(training.users().key(user), 5);
        List<String> largestBias = IntStream.range(0, training.itemCount()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -fit.biases().itemBias(i)))
                .limit(5).map(i -> training.items().key(i)).toList();
        assertThat(top.items()).extracting(Recommendations.Item::item).isEqualTo(largestBias);
        assertThat(top.method()).isEqualTo("als");
    }

    @Test
    void theResidualsTravelInChunksAndArriveWhole() {
        Interactions training = parts.training();
        assertThat(training.size()).as("more than one chunk on 2 threads").isGreaterThan(2);
        Row totals = recommender.residuals(training, fit.biases())
                .agg(count(lit(1)), sum("user"), sum("item"), sum("residual")).first();
        SparseRows rows = training.byUser();
        long users = 0;
        long items = 0;
        double residuals = 0;
        for (int u = 0; u < rows.rowCount(); u++) {
            for (int p = rows.start(u); p < rows.end(u); p++) {
                users += u;
                items += rows.column(p);
                residuals += rows.value(p) - fit.biases().predict(u, rows.column(p));
            }
        }
        assertThat(totals.getLong(0)).isEqualTo(training.size());
        assertThat(totals.getLong(1)).isEqualTo(users);
        assertThat(totals.getLong(2)).isEqualTo(items);
        assertThat(totals.getDouble(3)).isCloseTo(residuals, within(1e-9));
    }

    @Test
    void onlyAlsWithTheOptionsMllibHasRunsOnSpark() {
        assertThat(SparkAlsRecommender.supports("als", OPTIONS)).isTrue();
        assertThat(SparkAlsRecommender.supports("als", Map.of())).isTrue();
        assertThat(SparkAlsRecommender.of(session(), "als", Map.of("solver", new OptionValue.Word("cg"))))
                .isEmpty();
        assertThat(SparkAlsRecommender.of(session(), "als", Map.of("cg_steps", new OptionValue.Number(5))))
                .isEmpty();
        assertThat(SparkAlsRecommender.of(session(), "implicit_als", Map.of())).isEmpty();
        assertThat(SparkAlsRecommender.of(session(), "hybrid", Map.of())).isEmpty();
        // A wrong value gets the message it gets in memory.
        Map<String, OptionValue> noFactors = Map.of("factors", new OptionValue.Number(0));
        String inMemory = messageOf(() -> Recommenders.create("als", RecommenderArguments.of(noFactors)));
        assertThatThrownBy(() -> SparkAlsRecommender.of(session(), "als", noFactors))
                .isInstanceOf(RecommenderOptionException.class).hasMessage(inMemory);
        Recommender als = SparkAlsRecommender.of(session(), "als", Map.of()).orElseThrow();
        Interactions events = Interactions.events(new long[] {1, 2}, new long[] {1, 1}, null, null);
        assertThatThrownBy(() -> als.fit(events)).isInstanceOf(RecommenderException.class)
                .hasMessageContaining("models ratings, but the data has events");
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("no exception");
    }

    private static SparkSession session() {
        return LocalSpark.engine().session();
    }

    /** All of {@link LowRankRatings}, and users 400…429 who rate one item each. */
    private static Interactions ratings() {
        LowRankRatings simulated = LowRankRatings.simulate();
        List<double[]> all = new ArrayList<>(simulated.training());
        all.addAll(simulated.test());
        for (int u = 0; u < LONELY_USERS; u++) {
            all.add(new double[] {LowRankRatings.USERS + u, (7 * u) % LowRankRatings.ITEMS, 3.5});
        }
        long[] users = new long[all.size()];
        long[] items = new long[all.size()];
        double[] values = new double[all.size()];
        for (int r = 0; r < all.size(); r++) {
            users[r] = (long) all.get(r)[0];
            items[r] = (long) all.get(r)[1];
            values[r] = all.get(r)[2];
        }
        return Interactions.ratings(users, items, values, null);
    }
}
