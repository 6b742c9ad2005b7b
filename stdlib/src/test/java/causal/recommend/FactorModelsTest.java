package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rating model from factors computed elsewhere scores μ + b_u + b_i + p_u · q_i and recommends as als does. */
class FactorModelsTest {
    // Users 1, 2 and items 10, 20, 30; user 1 rated item 10, user 2 items 20 and 30.
    private static final Interactions DATA = Interactions.ratings(new long[] {1, 2, 2}, new long[] {10, 20, 30},
            new double[] {4, 2, 5}, null);
    private static final double[] USER_FACTORS = {1, 0, 0.5, -1};
    private static final double[] ITEM_FACTORS = {0.2, 0.1, -0.4, 0.3, 0.6, 0.6};
    private static final double[] USER_BIAS = {0.25, -0.5};
    private static final double[] ITEM_BIAS = {0.1, 0, -0.2};

    private static TrainedRecommender model() {
        return FactorModels.ratings("als", DATA, 2, USER_FACTORS, ITEM_FACTORS, USER_BIAS, ITEM_BIAS, 3.5);
    }

    @Test
    void scoresAreTheMeanPlusBothBiasesPlusTheDotProductOfTheFactors() {
        TrainedRecommender model = model();
        // user 2 (index 1), item 30 (index 2): 3.5 − 0.5 − 0.2 + (0.5 · 0.6 − 1 · 0.6)
        assertThat(model.score(1, 2)).isCloseTo(3.5 - 0.5 - 0.2 + 0.3 - 0.6, within(1e-12));
        assertThat(model.predict(0, 1)).isCloseTo(3.5 + 0.25 + 0 - 0.4, within(1e-12));
        assertThat(model.predictsRatings()).isTrue();
        assertThat(model.method()).isEqualTo("als");
        assertThat(model.training()).isSameAs(DATA);
    }

    @Test
    void recommendationsLeaveOutSeenItemsAndRankByScore() {
        Recommendations list = model().recommend("1", 2);
        // user 1 saw item 10; item 20 scores 3.5 + 0.25 + 0 − 0.4 = 3.35, item 30 3.5 + 0.25 − 0.2 + 0.6 = 4.15
        assertThat(list.items()).extracting(Recommendations.Item::item).isEqualTo(List.of("30", "20"));
        assertThat(list.items().get(0).score()).isCloseTo(4.15, within(1e-12));
    }

    @Test
    void theModelKeepsItsOwnCopyOfTheArrays() {
        double[] users = USER_FACTORS.clone();
        TrainedRecommender model = FactorModels.ratings("als", DATA, 2, users, ITEM_FACTORS, USER_BIAS, ITEM_BIAS,
                3.5);
        double before = model.score(0, 0);
        users[0] = 100;
        assertThat(model.score(0, 0)).isEqualTo(before);
    }

    @Test
    void arraysThatDoNotFitTheUsersItemsAndFactorsAreRefused() {
        assertThatThrownBy(() -> FactorModels.ratings("als", DATA, 3, USER_FACTORS, ITEM_FACTORS, USER_BIAS,
                ITEM_BIAS, 3.5)).isInstanceOf(RecommenderException.class)
                .hasMessage("a factor model needs 6 user factors, not 4");
        assertThatThrownBy(() -> FactorModels.ratings("als", DATA, 2, USER_FACTORS, ITEM_FACTORS, USER_BIAS,
                new double[] {0, 0}, 3.5)).hasMessage("a factor model needs 3 item biases, not 2");
        assertThatThrownBy(() -> FactorModels.ratings("als", DATA, 2, new double[] {1, Double.NaN, 0, 0},
                ITEM_FACTORS, USER_BIAS, ITEM_BIAS, 3.5))
                .hasMessageContaining("entry 1 of the user factors of a factor model is NaN");
        Interactions events = Interactions.events(new long[] {1}, new long[] {10}, null, null);
        assertThatThrownBy(() -> FactorModels.ratings("als", events, 1, new double[1], new double[1], new double[1],
                new double[1], 0)).hasMessageContaining("als models ratings, but the data has events");
    }

    @Test
    void baselineBiasesWithZeroFactorsPredictTheBaseline() {
        Interactions data = SyntheticData.ratings(40, 30, 8, 2);
        BaselineBiases biases = BaselineBiases.fit(data, 0.1);
        int k = 3;
        TrainedRecommender model = FactorModels.ratings("als", data, k, new double[data.userCount() * k],
                new double[data.itemCount() * k], biases.userBiases(), biases.itemBiases(), biases.mean());
        for (int u = 0; u < data.userCount(); u += 7) {
            for (int i = 0; i < data.itemCount(); i += 5) {
                assertThat(model.predict(u, i)).isEqualTo(biases.predict(u, i));
            }
        }
    }
}
