package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HybridTest {
    private static final Interactions DATA = Interactions.ratings(new long[] {0, 0, 1}, new long[] {0, 1, 2},
            new double[] {4, 2, 5}, null);

    /** A recommender whose every user gets {@code scores}. */
    private static Recommender fixed(double... scores) {
        return data -> new TrainedRecommender() {
            @Override
            public String method() {
                return "fixed";
            }

            @Override
            public Interactions training() {
                return data;
            }

            @Override
            public double score(int user, int item) {
                return scores[item];
            }
        };
    }

    @Test
    void blendsScoresStandardizedPerUser() {
        // a = (10, 20, 30): z = (−√1.5, 0, √1.5). b = (NaN, 5, 1): over its two scores z = (1, −1), NaN → −1.
        TrainedRecommender hybrid = new Hybrid(fixed(10, 20, 30), fixed(Double.NaN, 5, 1), 0.25).fit(DATA);
        double[] all = new double[3];
        hybrid.scores(1, all);
        double z = Math.sqrt(1.5);
        assertThat(all[0]).isCloseTo(0.25 * -z + 0.75 * -1, within(1e-12));
        assertThat(all[1]).isCloseTo(0.75 * 1, within(1e-12));
        assertThat(all[2]).isCloseTo(0.25 * z + 0.75 * -1, within(1e-12));
        assertThat(hybrid.topK(1, 3, false)).containsExactly(1, 2, 0);
    }

    @Test
    void predictsTheBlendOfTwoRatingModels() {
        Interactions ratings = SyntheticData.ratings(60, 20, 8, 1);
        Recommender als = new AlternatingLeastSquares(new AlternatingLeastSquares.Options(3, 0.1, 2, 0));
        Recommender knn = new NearestNeighbours(NearestNeighbours.Side.ITEMS, NearestNeighbours.Options.DEFAULTS);
        TrainedRecommender hybrid = new Hybrid(als, knn, 0.7).fit(ratings);
        double expected = 0.7 * als.fit(ratings).predict(3, 4) + 0.3 * knn.fit(ratings).predict(3, 4);
        assertThat(hybrid.predict(3, 4)).isCloseTo(expected, within(1e-12));
        TrainedRecommender withPopular = new Hybrid(als, new Popularity(), 0.5).fit(ratings);
        assertThatThrownBy(() -> withPopular.predict(0, 0)).hasMessageContaining("only when both do");
    }

    @Test
    void alphaMustBeAWeight() {
        assertThatThrownBy(() -> new Hybrid(new Popularity(), new Popularity(), 1.5))
                .isInstanceOf(RecommenderOptionException.class).hasMessage("alpha must be between 0 and 1, not 1.5");
    }
}
