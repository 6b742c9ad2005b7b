package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.random.RandomSource;
import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

class ImplicitAlternatingLeastSquaresTest {
    private static final int K = 3;
    private static final double REG = 0.1;
    private static final double ALPHA = 2;
    /** Play counts of four users on five items. */
    private static final Interactions PLAYS = Interactions.events(
            new long[] {0, 0, 1, 1, 1, 2, 3, 3}, new long[] {0, 3, 1, 2, 4, 0, 2, 3},
            new double[] {3, 1, 2, 5, 1, 4, 1, 2}, null);

    private static double[] randomFactors(int rows, long seed) {
        RandomSource random = new RandomSource(seed);
        double[] f = new double[rows * K];
        for (int p = 0; p < f.length; p++) {
            f[p] = random.nextDouble() - 0.5;
        }
        return f;
    }

    /**
     * The exact solution of Hu, Koren and Volinsky's equation (4) for every user, written out over all items, dense
     * and solved by EJML: x_u = (Σ_i c_ui y_i y_iᵀ + λI)⁻¹ Σ_i c_ui p_ui y_i, c_ui = 1 + α r_ui.
     */
    private static double[] exactUsers(double[] items) {
        double[] users = new double[PLAYS.userCount() * K];
        for (int u = 0; u < PLAYS.userCount(); u++) {
            SimpleMatrix a = SimpleMatrix.identity(K).scale(REG);
            SimpleMatrix b = new SimpleMatrix(K, 1);
            for (int i = 0; i < PLAYS.itemCount(); i++) {
                int p = PLAYS.byUser().position(u, i);
                double strength = p >= 0 ? PLAYS.byUser().value(p) : 0;
                double confidence = 1 + ALPHA * strength;
                SimpleMatrix y = new SimpleMatrix(K, 1, true, java.util.Arrays.copyOfRange(items, i * K, i * K + K));
                a = a.plus(y.mult(y.transpose()).scale(confidence));
                if (p >= 0) {
                    b = b.plus(y.scale(confidence));
                }
            }
            SimpleMatrix x = a.solve(b);
            for (int c = 0; c < K; c++) {
                users[u * K + c] = x.get(c, 0);
            }
        }
        return users;
    }

    private static ImplicitAlternatingLeastSquares withCgSteps(int steps) {
        return new ImplicitAlternatingLeastSquares(new ImplicitAlternatingLeastSquares.Options(K, REG, ALPHA, 1, steps,
                0));
    }

    @Test
    void conjugateGradientWithAsManyStepsAsFactorsReachesTheExactSolve() {
        double[] items = randomFactors(PLAYS.itemCount(), 1);
        double[] users = randomFactors(PLAYS.userCount(), 2);
        withCgSteps(K).solveSide(PLAYS.byUser(), items, users);
        double[] exact = exactUsers(items);
        for (int p = 0; p < users.length; p++) {
            assertThat(users[p]).isCloseTo(exact[p], within(1e-9));
        }
    }

    @Test
    void eachConjugateGradientStepMovesTowardsTheExactSolve() {
        double[] items = randomFactors(PLAYS.itemCount(), 3);
        double[] start = randomFactors(PLAYS.userCount(), 4);
        double[] exact = exactUsers(items);
        double previous = distance(start, exact);
        for (int steps = 1; steps < K; steps++) {
            double[] users = start.clone();
            withCgSteps(steps).solveSide(PLAYS.byUser(), items, users);
            double now = distance(users, exact);
            assertThat(now).isLessThan(previous);
            previous = now;
        }
    }

    @Test
    void ranksHeldOutLikesFarAboveRandomAndTheSameOnAnyThreadCount() {
        Interactions likes = SyntheticData.likes(300, 80, 20, 6);
        Recommender als = new ImplicitAlternatingLeastSquares(new ImplicitAlternatingLeastSquares.Options(8, 0.1, 2,
                5, 3, 1));
        List<Metric> ndcg = List.of(Metric.parse("ndcg@10"));
        Split split = Split.random(0.2, 3);
        double model = Evaluation.run(als, likes, split, ndcg).value("ndcg@10").orElseThrow();
        double random = Evaluation.run(new RandomRanking(3), likes, split, ndcg).value("ndcg@10").orElseThrow();
        assertThat(model).isGreaterThan(1.5 * random);
        double[] one = SyntheticData.onThreads(1, () -> SyntheticData.allScores(als.fit(likes)));
        double[] three = SyntheticData.onThreads(3, () -> SyntheticData.allScores(als.fit(likes)));
        assertThat(three).containsExactly(one);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int p = 0; p < a.length; p++) {
            s += (a[p] - b[p]) * (a[p] - b[p]);
        }
        return Math.sqrt(s);
    }
}
