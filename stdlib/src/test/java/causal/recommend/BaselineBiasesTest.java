package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

/**
 * The baseline μ + b_u + b_i solves the ridge problem min Σ (r − μ − b_u − b_i)² + λ (Σ n_u b_u² + Σ n_i b_i²): the
 * sweeps land on the solution of its normal equations.
 */
class BaselineBiasesTest {
    /** Three users rate three items (users 1…3, items 1…3); user 1 rates all three. */
    private static final long[] USERS = {1, 1, 2, 2, 3, 3, 1};
    private static final long[] ITEMS = {1, 2, 1, 3, 2, 3, 3};
    private static final double[] RATINGS = {5, 3, 4, 1, 2, 2, 4};
    private static final double LAMBDA = 0.3;

    @Test
    void sweepsSolveTheNormalEquationsOfTheBiasOnlyRidgeProblem() {
        Interactions data = Interactions.ratings(USERS, ITEMS, RATINGS, null);
        BaselineBiases biases = BaselineBiases.fit(data, LAMBDA);
        double[] direct = directSolve(data, LAMBDA, new double[data.size()]);
        for (int u = 0; u < 3; u++) {
            assertThat(biases.userBias(u)).as("user %d", u + 1).isCloseTo(direct[u], within(1e-9));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(biases.itemBias(i)).as("item %d", i + 1).isCloseTo(direct[3 + i], within(1e-9));
        }
        assertThat(biases.mean()).isEqualTo(3.0);
        assertThat(biases.lastChange()).isLessThanOrEqualTo(BaselineBiases.TOLERANCE);
        assertThat(biases.sweeps()).isLessThan(BaselineBiases.MAX_SWEEPS);
    }

    @Test
    void biasesAgreeWithNumpysLeastSquaresOnTheAugmentedProblem() {
        // numpy 2.4.6: np.linalg.lstsq(vstack([X, diag(sqrt(0.3 * n))]), concatenate([r - r.mean(), zeros(6)]))
        // with X the 7 × 6 indicators of [user 1…3, item 1…3] and n their counts of ratings.
        double[] numpy = {0.7152406417112307, -0.6579582590611998, -0.4149027035056453, 1.131814468211527,
                -0.5001299762329166, -0.42112299465240666};
        BaselineBiases biases = BaselineBiases.fit(Interactions.ratings(USERS, ITEMS, RATINGS, null), LAMBDA);
        for (int j = 0; j < 3; j++) {
            assertThat(biases.userBias(j)).isCloseTo(numpy[j], within(1e-9));
            assertThat(biases.itemBias(j)).isCloseTo(numpy[3 + j], within(1e-9));
        }
        assertThat(biases.predict(1, 2)).isCloseTo(3.0 + numpy[1] + numpy[5], within(1e-9));
    }

    @Test
    void onManyRatingsAndASmallPenaltyTheSweepsConvergeAndTheCountWeightedBiasesSumToZero() {
        Interactions data = SyntheticData.ratings(300, 120, 25, 4);
        BaselineBiases biases = BaselineBiases.fit(data, 0.05);
        assertThat(biases.lastChange()).as(biases.toString()).isLessThanOrEqualTo(BaselineBiases.TOLERANCE);
        // The gradient of the ridge objective is 0 at every user and item.
        SparseRows byUser = data.byUser();
        double largestGradient = 0;
        double weightedUsers = 0;
        for (int u = 0; u < data.userCount(); u++) {
            double gradient = 0.05 * byUser.length(u) * biases.userBias(u);
            for (int p = byUser.start(u); p < byUser.end(u); p++) {
                gradient -= byUser.value(p) - biases.predict(u, byUser.column(p));
            }
            largestGradient = Math.max(largestGradient, Math.abs(gradient));
            weightedUsers += byUser.length(u) * biases.userBias(u);
        }
        SparseRows byItem = data.byItem();
        double weightedItems = 0;
        for (int i = 0; i < data.itemCount(); i++) {
            double gradient = 0.05 * byItem.length(i) * biases.itemBias(i);
            for (int p = byItem.start(i); p < byItem.end(i); p++) {
                gradient -= byItem.value(p) - biases.predict(byItem.column(p), i);
            }
            largestGradient = Math.max(largestGradient, Math.abs(gradient));
            weightedItems += byItem.length(i) * biases.itemBias(i);
        }
        assertThat(largestGradient).isLessThan(1e-9);
        assertThat(weightedUsers).isCloseTo(0, within(1e-9));
        assertThat(weightedItems).isCloseTo(0, within(1e-9));
    }

    @Test
    void withAPartExplainedElsewhereAndASmallPenaltyTheBiasesStillSolveTheNormalEquations() {
        // As after MLlib's factors: e_ui = p_u · q_i does not average 0, so users and items drift apart along the
        // direction only the penalty pins, which sweeps alone would take over a thousand sweeps to settle at λ 0.01.
        Interactions data = SyntheticData.ratings(200, 80, 20, 9);
        double[] explained = new double[data.size()];
        for (int p = 0; p < explained.length; p++) {
            explained[p] = 0.3 + 0.5 * Math.sin(p);
        }
        double lambda = 0.01;
        BaselineBiases biases = BaselineBiases.fit(data, lambda, explained);
        double[] direct = directSolve(data, lambda, explained);
        for (int u = 0; u < data.userCount(); u++) {
            assertThat(biases.userBias(u)).as("user %d", u).isCloseTo(direct[u], within(1e-9));
        }
        for (int i = 0; i < data.itemCount(); i++) {
            assertThat(biases.itemBias(i)).as("item %d", i).isCloseTo(direct[data.userCount() + i], within(1e-9));
        }
        assertThat(biases.sweeps()).as(biases.toString()).isLessThan(BaselineBiases.MAX_SWEEPS);
        assertThat(biases.mean()).isEqualTo(data.meanValue());
        assertThatThrownBy(() -> BaselineBiases.fit(data, lambda, new double[3]))
                .isInstanceOf(RecommenderException.class).hasMessageContaining("one explained part per rating");
    }

    @Test
    void aUserWithoutTrainingRatingsHasBiasZero() {
        // Users 10…19 rate one item each; half of all ratings held out leaves some of them with none to learn from.
        long[] users = new long[40];
        long[] items = new long[40];
        double[] ratings = new double[40];
        for (int r = 0; r < 40; r++) {
            users[r] = r < 30 ? r % 10 : r - 20;
            items[r] = r % 7;
            ratings[r] = 1 + (r * 3) % 5;
        }
        Interactions training = Split.random(0.5, 3).apply(Interactions.ratings(users, items, ratings, null))
                .training();
        BaselineBiases biases = BaselineBiases.fit(training, 0.1);
        int empty = 0;
        for (int u = 0; u < training.userCount(); u++) {
            if (training.byUser().length(u) == 0) {
                assertThat(biases.userBias(u)).isZero();
                empty++;
            }
        }
        assertThat(empty).isPositive();
    }

    @Test
    void eventsAndANonPositivePenaltyAreRefused() {
        Interactions events = Interactions.events(USERS, ITEMS, null, null);
        assertThatThrownBy(() -> BaselineBiases.fit(events, 0.1)).isInstanceOf(RecommenderException.class)
                .hasMessageContaining("models ratings, but the data has events");
        Interactions ratings = Interactions.ratings(USERS, ITEMS, RATINGS, null);
        assertThatThrownBy(() -> BaselineBiases.fit(ratings, 0)).isInstanceOf(RecommenderOptionException.class)
                .hasMessage("reg must be greater than 0, not 0.0");
    }

    /**
     * The normal equations of the ridge problem, assembled from the ratings and solved by LU: for user u,
     * {@code n_u (1 + λ) b_u + Σ_{i ∈ I_u} b_i = Σ_{i ∈ I_u} (r_ui − μ − e_ui)}, and the same for every item. Users
     * first.
     */
    private static double[] directSolve(Interactions data, double lambda, double[] explained) {
        int users = data.userCount();
        int d = users + data.itemCount();
        SimpleMatrix a = new SimpleMatrix(d, d);
        SimpleMatrix b = new SimpleMatrix(d, 1);
        double mean = data.meanValue();
        SparseRows rows = data.byUser();
        for (int u = 0; u < users; u++) {
            for (int p = rows.start(u); p < rows.end(u); p++) {
                int i = users + rows.column(p);
                double t = rows.value(p) - mean - explained[p];
                a.set(u, u, a.get(u, u) + 1 + lambda);
                a.set(i, i, a.get(i, i) + 1 + lambda);
                a.set(u, i, a.get(u, i) + 1);
                a.set(i, u, a.get(i, u) + 1);
                b.set(u, 0, b.get(u, 0) + t);
                b.set(i, 0, b.get(i, 0) + t);
            }
        }
        SimpleMatrix x = a.solve(b);
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            out[j] = x.get(j, 0);
        }
        return out;
    }
}
