package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PopularityAndRandomTest {
    private static final Interactions DATA = Interactions.events(new String[] {"a", "b", "c", "a", "b", "c"},
            new String[] {"x", "x", "x", "y", "y", "z"}, new double[] {1, 1, 1, 9, 9, 1}, null);

    @Test
    void popularCountsUsersNotStrengthAndLeavesOutWhatTheUserHas() {
        TrainedRecommender popular = new Popularity().fit(DATA);
        assertThat(popular.score(0, DATA.items().index("x"))).isEqualTo(3.0);
        assertThat(popular.score(0, DATA.items().index("y"))).isEqualTo(2.0);
        assertThat(popular.recommend("c", 5).items()).extracting(Recommendations.Item::item).containsExactly("y");
        assertThat(popular.topK(2, 5, false)).containsExactly(0, 1, 2);
    }

    @Test
    void randomIsFixedByTheSeedAndDiffersBetweenSeedsAndUsers() {
        TrainedRecommender first = new RandomRanking(4).fit(DATA);
        TrainedRecommender again = new RandomRanking(4).fit(DATA);
        TrainedRecommender other = new RandomRanking(5).fit(DATA);
        assertThat(SyntheticData.allScores(again)).containsExactly(SyntheticData.allScores(first));
        assertThat(other.score(0, 0)).isNotEqualTo(first.score(0, 0));
        assertThat(first.score(1, 0)).isNotEqualTo(first.score(0, 0));
        assertThat(first.score(2, 1)).isBetween(0.0, 1.0);
    }
}
