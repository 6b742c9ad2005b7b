package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every metric on lists fixed by hand. Training: item 0 has users 0–3, item 1 users 1–2, item 5 users 2–3, items 3,
 * 4, 6, 7, 8 user 3 only, items 2 and 9 nobody. Test: user 0 has items 2, 5, 9 (ratings 4, 1, 5), user 1 item 3
 * (rating 2). The stand-in recommender shows user 0 the list [5, 1, 9, 3] and user 1 [3, 7], and predicts 3 always.
 */
class EvaluationTest {
    private static final int[][] TRAINING = {{0, 0}, {1, 0}, {1, 1}, {2, 0}, {2, 1}, {2, 5}, {3, 0}, {3, 3}, {3, 4},
        {3, 5}, {3, 6}, {3, 7}, {3, 8}};
    private static final int[][] TEST = {{0, 2, 4}, {0, 5, 1}, {0, 9, 5}, {1, 3, 2}};
    private static final TrainTestSplit PARTS = parts();

    private static TrainTestSplit parts() {
        int n = TRAINING.length + TEST.length;
        long[] users = new long[n];
        long[] items = new long[n];
        double[] ratings = new double[n];
        for (int r = 0; r < TRAINING.length; r++) {
            users[r] = TRAINING[r][0];
            items[r] = TRAINING[r][1];
            ratings[r] = 3;
        }
        for (int r = 0; r < TEST.length; r++) {
            users[TRAINING.length + r] = TEST[r][0];
            items[TRAINING.length + r] = TEST[r][1];
            ratings[TRAINING.length + r] = TEST[r][2];
        }
        Interactions all = Interactions.ratings(users, items, ratings, null);
        SparseRows rows = all.byUser();
        boolean[] test = new boolean[rows.size()];
        for (int[] t : TEST) {
            test[rows.position(t[0], t[1])] = true;
        }
        boolean[] train = new boolean[test.length];
        for (int p = 0; p < test.length; p++) {
            train[p] = !test[p];
        }
        return new TrainTestSplit(all.withRows(rows.subset(train)), all.withRows(rows.subset(test)));
    }

    /** Shows fixed lists and predicts 3 for every pair. */
    private static final TrainedRecommender FIXED = new TrainedRecommender() {
        @Override
        public String method() {
            return "fixed";
        }

        @Override
        public Interactions training() {
            return PARTS.training();
        }

        @Override
        public double score(int user, int item) {
            return 0;
        }

        @Override
        public int[] topK(int user, int k, boolean excludeSeen) {
            int[] list = user == 0 ? new int[] {5, 1, 9, 3} : new int[] {3, 7};
            return java.util.Arrays.copyOf(list, Math.min(k, list.length));
        }

        @Override
        public boolean predictsRatings() {
            return true;
        }

        @Override
        public double predict(int user, int item) {
            return 3;
        }
    };

    private static double metric(String name) {
        EvaluationResult result = Evaluation.evaluate(FIXED, PARTS.test(), List.of(Metric.parse(name)));
        assertThat(result.testUsers()).isEqualTo(2);
        return result.values().get(0).value();
    }

    @Test
    void ratingErrorsCompareEveryTestRating() {
        // Errors 3 − (4, 1, 5, 2) = (−1, 2, −2, 1).
        assertThat(metric("rmse")).isCloseTo(Math.sqrt(10 / 4.0), within(1e-15));
        assertThat(metric("mae")).isCloseTo(1.5, within(1e-15));
    }

    @Test
    void precisionDividesByKAndRecallByTheRelevantItems() {
        assertThat(metric("precision@4")).isCloseTo((2 / 4.0 + 1 / 4.0) / 2, within(1e-15));
        assertThat(metric("precision@1")).isCloseTo((1 + 1) / 2.0, within(1e-15));
        assertThat(metric("recall@4")).isCloseTo((2 / 3.0 + 1) / 2, within(1e-15));
        assertThat(metric("recall@2")).isCloseTo((1 / 3.0 + 1) / 2, within(1e-15));
    }

    @Test
    void ndcgDiscountsHitsByTheLogOfTheirRank() {
        double user0 = (1 + 1 / log2(4)) / (1 + 1 / log2(3) + 1 / log2(4));
        assertThat(metric("ndcg@4")).isCloseTo((user0 + 1) / 2, within(1e-15));
    }

    @Test
    void mapAveragesThePrecisionAtEachHit() {
        double user0 = (1 / 1.0 + 2 / 3.0) / 3;
        assertThat(metric("map@4")).isCloseTo((user0 + 1) / 2, within(1e-15));
        // At k = 2, user 0 can have at most 2 hits, so the sum is over min(3, 2).
        assertThat(metric("map@2")).isCloseTo((1 / 2.0 + 1) / 2, within(1e-15));
    }

    @Test
    void hitCountsUsersWithAnyRelevantItem() {
        assertThat(metric("hit@1")).isEqualTo(1.0);
    }

    @Test
    void coverageIsTheShareOfTheCatalogueShownToAnyone() {
        // Shown: 5, 1, 9, 3, 7 of the ten items.
        assertThat(metric("coverage@4")).isCloseTo(0.5, within(1e-15));
        assertThat(metric("coverage@1")).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void noveltyIsTheMeanSelfInformationOfTheItemsShown() {
        // Four training users; items 5 and 1 have two each, 3 and 7 one, 9 none (counted as one).
        double user0 = (1 + 1 + 2 + 2) / 4.0;
        double user1 = (2 + 2) / 2.0;
        assertThat(metric("novelty@4")).isCloseTo((user0 + user1) / 2, within(1e-15));
    }

    @Test
    void diversityIsOneMinusTheMeanCosineOfPairsInTheList() {
        // User 0: cos(5, 1) = 1/2, cos(5, 3) = 1/√2, item 9 has no users, cos(1, 3) = 0.
        double user0 = (0.5 + 1 + (1 - 1 / Math.sqrt(2)) + 1 + 1 + 1) / 6;
        // User 1: items 3 and 7 have the same single user.
        double user1 = 0;
        assertThat(metric("diversity@4")).isCloseTo((user0 + user1) / 2, within(1e-15));
    }

    @Test
    void listMetricsWithoutKUseTheLongestKAsked() {
        EvaluationResult result = Evaluation.evaluate(FIXED, PARTS.test(),
                List.of(Metric.parse("precision@2"), Metric.parse("coverage")));
        assertThat(result.values().get(1).name()).isEqualTo("coverage@2");
        assertThat(result.value("coverage").orElseThrow()).isCloseTo(4 / 10.0, within(1e-15));
    }

    @Test
    void ratingMetricsNeedARatingModelAndRatings() {
        TrainedRecommender popular = new Popularity().fit(PARTS.training());
        assertThatThrownBy(() -> Evaluation.evaluate(popular, PARTS.test(), List.of(Metric.parse("rmse"))))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("popular ranks items but does not predict ratings");
        Interactions clicks = SyntheticData.likes(50, 20, 8, 1);
        assertThatThrownBy(() -> Evaluation.run(new Popularity(), clicks, Split.random(0.2, 1),
                List.of(Metric.parse("mae")))).isInstanceOf(RecommenderException.class)
                .hasMessageContaining("the data has events");
    }

    @Test
    void unknownMetricsAndBadKsAreNamed() {
        assertThatThrownBy(() -> Metric.parse("auc")).hasMessageContaining("there is no metric auc");
        assertThatThrownBy(() -> Metric.parse("ndcg")).hasMessageContaining("ndcg@10");
        assertThatThrownBy(() -> Metric.parse("rmse@5")).hasMessageContaining("takes no @k");
        assertThatThrownBy(() -> Metric.parse("hit@x")).hasMessageContaining("whole number");
    }

    @Test
    void popularBeatsRandomOnSkewedDataAndTheResultIsTheSameOnAnyThreadCount() {
        Interactions data = SyntheticData.ratings(300, 100, 12, 2);
        Split split = Split.random(0.2, 7);
        List<Metric> metrics = List.of(Metric.parse("precision@10"), Metric.parse("ndcg@10"),
                Metric.parse("novelty"));
        EvaluationResult popular = Evaluation.run(new Popularity(), data, split, metrics);
        EvaluationResult random = Evaluation.run(new RandomRanking(1), data, split, metrics);
        assertThat(popular.value("ndcg@10").orElseThrow()).isGreaterThan(random.value("ndcg@10").orElseThrow());
        assertThat(popular.value("novelty").orElseThrow()).isLessThan(random.value("novelty").orElseThrow());
        EvaluationResult oneThread = SyntheticData.onThreads(1,
                () -> Evaluation.run(new RandomRanking(1), data, split, metrics));
        assertThat(oneThread).isEqualTo(random);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
