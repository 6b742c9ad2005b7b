package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Predictions checked by hand on four users and three items:
 * <pre>
 *        x  y  z
 *   a    5  3  4
 *   b    3  1  2
 *   c    4  3  .
 *   d    .  2  5
 * </pre>
 */
class NearestNeighboursTest {
    private static final Interactions RATINGS = Interactions.ratings(
            new String[] {"a", "a", "a", "b", "b", "b", "c", "c", "d", "d"},
            new String[] {"x", "y", "z", "x", "y", "z", "x", "y", "y", "z"},
            new double[] {5, 3, 4, 3, 1, 2, 4, 3, 2, 5}, null);
    private static final int C = 2;
    private static final int D = 3;
    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;

    private static TrainedRecommender fit(NearestNeighbours.Side side, int k, Similarity similarity,
            double shrinkage, boolean center) {
        return new NearestNeighbours(side, new NearestNeighbours.Options(k, similarity, shrinkage, center))
                .fit(RATINGS);
    }

    @Test
    void itemBasedCosineAveragesTheUsersRatingsOfTheNeighboursWeightedBySimilarity() {
        // Item vectors over users (a, b, c, d): x = (5, 3, 4, 0), y = (3, 1, 3, 2), z = (4, 2, 0, 5).
        double zx = 26 / Math.sqrt(50 * 45);
        double zy = 24 / Math.sqrt(23 * 45);
        double expected = (zx * 4 + zy * 3) / (zx + zy);
        TrainedRecommender knn = fit(NearestNeighbours.Side.ITEMS, 2, Similarity.COSINE, 0, false);
        assertThat(knn.predict(C, Z)).isCloseTo(expected, within(1e-12));
        assertThat(knn.score(C, Z)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void withOneNeighbourOnlyTheMostSimilarItemCounts() {
        // cos(z, y) = 0.746 beats cos(z, x) = 0.548, and cos(x, y) = 0.885 beats cos(x, z).
        TrainedRecommender knn = fit(NearestNeighbours.Side.ITEMS, 1, Similarity.COSINE, 0, false);
        assertThat(knn.predict(C, Z)).isEqualTo(3.0);
        assertThat(knn.predict(D, X)).isEqualTo(2.0);
    }

    @Test
    void meanCenteringCompareAndPredictsDeviationsFromItemMeans() {
        // Item means 4, 9/4, 11/3; centered x = (1, -1, 0, 0), y = (3/4, -5/4, 3/4, -1/4), z = (1/3, -5/3, 0, 4/3).
        double normX = Math.sqrt(2);
        double normY = Math.sqrt(9 / 16.0 + 25 / 16.0 + 9 / 16.0 + 1 / 16.0);
        double normZ = Math.sqrt(1 / 9.0 + 25 / 9.0 + 16 / 9.0);
        double zx = (1 / 3.0 + 5 / 3.0) / (normX * normZ);
        double zy = (3 / 4.0 / 3.0 + 25 / 12.0 - 1 / 3.0) / (normY * normZ);
        double expected = 11 / 3.0 + (zx * (4 - 4) + zy * (3 - 9 / 4.0)) / (zx + zy);
        TrainedRecommender knn = fit(NearestNeighbours.Side.ITEMS, 2, Similarity.COSINE, 0, true);
        assertThat(knn.predict(C, Z)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void pearsonUsesCommonUsersAndShrinkageDiscountsFewOfThem() {
        // Over common users: r(z, x) = 1 on (a, b); r(z, y) = 2 / sqrt(2 · 42/9) on (a, b, d).
        // Shrinkage 2: × 2/4 and × 3/5.
        double zx = 1.0 * 2 / 4;
        double zy = 2 / Math.sqrt(2 * 42 / 9.0) * 3 / 5;
        double expected = (zx * 4 + zy * 3) / (zx + zy);
        TrainedRecommender knn = fit(NearestNeighbours.Side.ITEMS, 2, Similarity.PEARSON, 2, false);
        assertThat(knn.predict(C, Z)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void userBasedAveragesTheMostSimilarUsersRatingsOfTheItem() {
        // User vectors over (x, y, z): a = (5, 3, 4), b = (3, 1, 2), c = (4, 3, 0), d = (0, 2, 5).
        double ca = 29 / Math.sqrt(50 * 25);
        double cb = 15 / Math.sqrt(14 * 25);
        double cd = 6 / Math.sqrt(25 * 29);
        TrainedRecommender two = fit(NearestNeighbours.Side.USERS, 2, Similarity.COSINE, 0, false);
        assertThat(two.predict(C, Z)).isCloseTo((ca * 4 + cb * 2) / (ca + cb), within(1e-12));
        TrainedRecommender three = fit(NearestNeighbours.Side.USERS, 3, Similarity.COSINE, 0, false);
        assertThat(three.predict(C, Z)).isCloseTo((ca * 4 + cb * 2 + cd * 5) / (ca + cb + cd), within(1e-12));
    }

    @Test
    void scoringAllItemsAtOnceGivesTheSameNumbersAsOneAtATime() {
        Interactions data = SyntheticData.ratings(120, 40, 10, 8);
        for (NearestNeighbours.Side side : NearestNeighbours.Side.values()) {
            TrainedRecommender knn = new NearestNeighbours(side, new NearestNeighbours.Options(5,
                    Similarity.PEARSON, 3, true)).fit(data);
            double[] all = new double[data.itemCount()];
            for (int u = 0; u < 20; u++) {
                knn.scores(u, all);
                for (int i = 0; i < all.length; i++) {
                    assertThat(Double.valueOf(knn.score(u, i))).isEqualTo(Double.valueOf(all[i]));
                }
            }
        }
    }

    @Test
    void anItemWithoutAnyRatedNeighbourIsNotRecommendedButPredictsItsMean() {
        // x and y share user a; z, user b's only item, shares no user with anything, so it has no neighbours and
        // nothing can be scored for b.
        Interactions lonely = Interactions.ratings(new String[] {"a", "a", "b"}, new String[] {"x", "y", "z"},
                new double[] {4, 2, 5}, null);
        TrainedRecommender knn = new NearestNeighbours(NearestNeighbours.Side.ITEMS,
                NearestNeighbours.Options.DEFAULTS).fit(lonely);
        assertThat(knn.score(1, 0)).isNaN();
        assertThat(knn.topK(1, 3, true)).isEmpty();
        assertThat(knn.predict(1, 0)).isEqualTo(4.0);
    }

    @Test
    void forEventsTheScoreIsTheSumOfSimilaritiesToTheUsersItems() {
        Interactions clicks = Interactions.events(new String[] {"a", "a", "b", "b", "c"},
                new String[] {"x", "y", "x", "z", "x"}, null, null);
        // Binary item vectors over (a, b, c): x = (1, 1, 1), y = (1, 0, 0), z = (0, 1, 0).
        TrainedRecommender knn = new NearestNeighbours(NearestNeighbours.Side.ITEMS,
                NearestNeighbours.Options.DEFAULTS).fit(clicks);
        assertThat(knn.score(2, 1)).isCloseTo(1 / Math.sqrt(3), within(1e-12));
        assertThat(knn.score(0, 2)).isCloseTo(1 / Math.sqrt(3), within(1e-12));
        assertThat(knn.predictsRatings()).isFalse();
    }
}
