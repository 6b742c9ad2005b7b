package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BayesianPersonalizedRankingTest {
    private static final Interactions LIKES = SyntheticData.likes(300, 80, 20, 9);
    private static final TrainTestSplit PARTS = Split.random(0.2, 4).apply(LIKES);

    /**
     * The AUC of Rendle et al. (2009), eq. 17, on held-out likes: for each test user, the share of (held-out item,
     * item the user never had) pairs the model orders correctly, averaged over users.
     */
    private static double auc(TrainedRecommender model) {
        SparseRows train = PARTS.training().byUser();
        SparseRows test = PARTS.test().byUser();
        double sum = 0;
        int users = 0;
        double[] scores = new double[LIKES.itemCount()];
        for (int u = 0; u < LIKES.userCount(); u++) {
            if (test.length(u) == 0) {
                continue;
            }
            model.scores(u, scores);
            long right = 0;
            long pairs = 0;
            for (int p = test.start(u); p < test.end(u); p++) {
                for (int j = 0; j < LIKES.itemCount(); j++) {
                    if (train.position(u, j) < 0 && test.position(u, j) < 0) {
                        pairs++;
                        right += scores[test.column(p)] > scores[j] ? 1 : 0;
                    }
                }
            }
            sum += (double) right / pairs;
            users++;
        }
        return sum / users;
    }

    private static BayesianPersonalizedRanking bpr(int iterations) {
        return new BayesianPersonalizedRanking(new BayesianPersonalizedRanking.Options(8, 0.05, 0.01, iterations, 5));
    }

    @Test
    void trainingRaisesTheHeldOutAucWellAboveOnePassAndPopularity() {
        double once = auc(bpr(1).fit(PARTS.training()));
        double trained = auc(bpr(30).fit(PARTS.training()));
        double popular = auc(new Popularity().fit(PARTS.training()));
        assertThat(once).isBetween(0.4, 0.7);
        assertThat(trained).isGreaterThan(0.75);
        assertThat(trained).isGreaterThan(once + 0.15);
        assertThat(trained).isGreaterThan(popular + 0.15);
    }

    @Test
    void theSeedFixesTheModel() {
        assertThat(SyntheticData.allScores(bpr(3).fit(LIKES)))
                .containsExactly(SyntheticData.allScores(bpr(3).fit(LIKES)));
    }
}
