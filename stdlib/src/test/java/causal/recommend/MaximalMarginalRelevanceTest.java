package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Item A has users 0–3, B users 0–2 (so cos(A, B) = 3/√12 ≈ 0.87), C users 3–4 (cos(A, C) = 1/√8 ≈ 0.35,
 * cos(B, C) = 0); user 5 has only D. Popularity ranks A, B, C for user 5.
 */
class MaximalMarginalRelevanceTest {
    private static final Interactions DATA = Interactions.events(
            new long[] {0, 1, 2, 3, 0, 1, 2, 3, 4, 5}, new long[] {'A', 'A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'D'},
            null, null);
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    @Test
    void lambdaOneKeepsTheBaseOrder() {
        TrainedRecommender mmr = new MaximalMarginalRelevance(new Popularity(), 1, 100).fit(DATA);
        assertThat(mmr.topK(5, 3, true)).containsExactly(A, B, C);
    }

    @Test
    void lambdaOneHalfPutsTheDissimilarItemBeforeTheNearDuplicate() {
        // Relevance scaled over the pool: A 1, B 0.5, C 0. After A: B scores 0.5·0.5 − 0.5·0.866 = −0.183,
        // C scores 0 − 0.5·0.354 = −0.177, so C comes second.
        TrainedRecommender mmr = new MaximalMarginalRelevance(new Popularity(), 0.5, 100).fit(DATA);
        assertThat(mmr.topK(5, 3, true)).containsExactly(A, C, B);
        assertThat(mmr.score(5, B)).isEqualTo(3.0);
    }

    @Test
    void reRankingRaisesTheDiversityOfListsOnSyntheticData() {
        Interactions likes = SyntheticData.likes(200, 60, 20, 2);
        java.util.List<Metric> diversity = java.util.List.of(Metric.parse("diversity@10"));
        Split split = Split.random(0.2, 1);
        double base = Evaluation.run(new Popularity(), likes, split, diversity).values().get(0).value();
        double reRanked = Evaluation.run(new MaximalMarginalRelevance(new Popularity(), 0.3, 50), likes, split,
                diversity).values().get(0).value();
        assertThat(reRanked).isGreaterThan(base);
    }
}
