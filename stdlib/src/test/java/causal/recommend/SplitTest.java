package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SplitTest {
    private static final Interactions DATA = SyntheticData.ratings(200, 60, 10, 4);

    @Test
    void randomHoldsOutTheRoundedFractionOfAllInteractions() {
        TrainTestSplit parts = Split.random(0.2, 7).apply(DATA);
        assertThat(parts.test().size()).isEqualTo(400);
        assertThat(parts.training().size()).isEqualTo(1600);
        // The parts are disjoint and together give the data back.
        for (int u = 0; u < DATA.userCount(); u++) {
            SparseRows all = DATA.byUser();
            for (int p = all.start(u); p < all.end(u); p++) {
                boolean inTraining = parts.training().byUser().position(u, all.column(p)) >= 0;
                boolean inTest = parts.test().byUser().position(u, all.column(p)) >= 0;
                assertThat(inTraining).isNotEqualTo(inTest);
            }
        }
    }

    @Test
    void theSeedFixesTheSplit() {
        TrainTestSplit first = Split.random(0.2, 7).apply(DATA);
        TrainTestSplit again = Split.random(0.2, 7).apply(DATA);
        TrainTestSplit other = Split.random(0.2, 8).apply(DATA);
        assertThat(SyntheticData.allScores(new Popularity().fit(again.training())))
                .containsExactly(SyntheticData.allScores(new Popularity().fit(first.training())));
        assertThat(SyntheticData.allScores(new Popularity().fit(other.training())))
                .isNotEqualTo(SyntheticData.allScores(new Popularity().fit(first.training())));
    }

    @Test
    void byTimeHoldsOutEachUsersLatestAndKeepsOneForTraining() {
        // User a: times 5, 1, 9, 3, 7 → the latest 2 of 5 (0.4 · 5) are at times 9 and 7. User b has one rating.
        Interactions data = Interactions.ratings(new String[] {"a", "a", "a", "a", "a", "b"},
                new String[] {"p", "q", "r", "s", "t", "p"}, new double[] {1, 2, 3, 4, 5, 3},
                new double[] {5, 1, 9, 3, 7, 4});
        TrainTestSplit parts = new Split(Split.Order.BY_TIME, 0.4, 0).apply(data);
        SparseRows test = parts.test().byUser();
        int a = data.users().index("a");
        assertThat(test.length(a)).isEqualTo(2);
        assertThat(test.position(a, data.items().index("r"))).isNotNegative();
        assertThat(test.position(a, data.items().index("t"))).isNotNegative();
        assertThat(test.length(data.users().index("b"))).isZero();
    }

    @Test
    void byUserHoldsOutTheFractionOfEveryUser() {
        TrainTestSplit parts = new Split(Split.Order.BY_USER, 0.3, 2).apply(DATA);
        for (int u = 0; u < DATA.userCount(); u++) {
            assertThat(parts.test().byUser().length(u)).isEqualTo(3);
        }
    }

    @Test
    void splitsThatCannotWorkSayWhy() {
        assertThatThrownBy(() -> new Split(Split.Order.BY_TIME, 0.2, 0).apply(DATA))
                .hasMessageContaining("needs a time column");
        assertThatThrownBy(() -> Split.random(1.5, 0)).hasMessageContaining("between 0 and 1");
        Interactions single = Interactions.ratings(new long[] {1}, new long[] {1}, new double[] {3}, null);
        assertThatThrownBy(() -> new Split(Split.Order.BY_USER, 0.2, 0).apply(single))
                .hasMessageContaining("nothing to test");
    }
}
