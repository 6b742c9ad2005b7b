package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import causal.options.OptionValue;
import causal.random.RandomSource;
import causal.recommend.AlternatingLeastSquares.Solver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlternatingLeastSquaresTest {
    /** Users 10…13 rate items 100…102; the test set holds one more rating of each of three users. */
    private static final Interactions TRAIN = Interactions.ratings(
            new long[] {10, 10, 11, 11, 12, 12, 13, 13, 13}, new long[] {100, 101, 100, 102, 101, 102, 100, 101, 102},
            new double[] {5, 3, 4, 1, 2, 5, 1, 4, 3}, null);
    private static final long[][] TEST = {{10, 102, 2}, {11, 101, 3}, {12, 100, 4}};
    private static final double[] INITIAL_ITEMS = {0.1, -0.2, 0.3, 0.05, -0.15, 0.25};

    /*
     * Reference: an independent solve of the same ridge problems by least squares on the stacked system
     * [Y; sqrt(λ n_u) I] x = [t; 0], Python 3.11, numpy 2.4.6, numpy.linalg.lstsq (an SVD, not normal equations):
     * mu = mean(train); each user: Y = rows [q_i, 1], t = r - mu - b_i, x = lstsq(...); then each item the same way
     * from the new users. Script: test resource causal/recommend/als_reference.py, values printed with 17 digits
     * after one and two iterations from Q0 = [[0.1, -0.2], [0.3, 0.05], [-0.15, 0.25]], λ = 0.1, k = 2.
     */
    private static final double[][] USERS_AFTER_ONE = {{-0.633133894466417, -1.0677947276669522},
        {1.1367249904185128, -2.0364362176458775}, {-2.075094781076552, 0.988310094364298},
        {0.5862763164812181, 1.265396779468667}};
    private static final double[] USER_BIAS_AFTER_ONE = {0.8503918756428646, -0.4834382553722739,
        0.3602495302863503, -0.4868006334546984};
    private static final double[][] ITEMS_AFTER_ONE = {{-0.2898467925848139, -0.9092768591495604},
        {0.9362401989055964, 0.437597791951313}, {-0.47288038588475945, 0.510633531815819}};
    private static final double[] ITEM_BIAS_AFTER_ONE = {-0.17260639428133318, 0.12440316857510064,
        -0.00023871371445611};
    private static final double RMSE_AFTER_ONE = 1.1467483914637462;
    private static final double RMSE_AFTER_TWO = 0.9981258042795883;

    private static FactorModel fitFromKnownStart(int iterations) {
        return fitFromKnownStart(iterations, Solver.CHOLESKY, 1);
    }

    private static FactorModel fitFromKnownStart(int iterations, Solver solver, int cgSteps) {
        return new AlternatingLeastSquares(new AlternatingLeastSquares.Options(2, 0.1, iterations, solver, cgSteps, 0))
                .fit(TRAIN, INITIAL_ITEMS.clone());
    }

    private static Interactions testRatings() {
        long[] u = new long[TEST.length];
        long[] i = new long[TEST.length];
        double[] r = new double[TEST.length];
        for (int t = 0; t < TEST.length; t++) {
            u[t] = TEST[t][0];
            i[t] = TEST[t][1];
            r[t] = TEST[t][2];
        }
        // The same ids as the training data: every test user and item also appears there.
        int[] users = new int[TEST.length];
        int[] items = new int[TEST.length];
        for (int t = 0; t < TEST.length; t++) {
            users[t] = TRAIN.users().find(u[t]).getAsInt();
            items[t] = TRAIN.items().find(i[t]).getAsInt();
        }
        return Interactions.of(TRAIN.users(), users, TRAIN.items(), items, r, null, Interactions.Feedback.RATINGS);
    }

    @Test
    void oneIterationSolvesEveryUserThenEveryItemExactly() {
        assertMatchesTheReferenceAfterOneIteration(fitFromKnownStart(1));
    }

    @Test
    void conjugateGradientWithEnoughStepsIsTheExactSolve() {
        // Each system is 3 × 3 (k = 2 plus the bias): conjugate gradient solves it in 3 steps up to rounding.
        assertMatchesTheReferenceAfterOneIteration(fitFromKnownStart(1, Solver.CONJUGATE_GRADIENT, 10));
        List<Metric> rmse = List.of(Metric.parse("rmse"));
        assertThat(Evaluation.evaluate(fitFromKnownStart(2, Solver.CONJUGATE_GRADIENT, 10), testRatings(), rmse)
                .value("rmse").orElseThrow()).isCloseTo(RMSE_AFTER_TWO, withinPercentage(1e-6));
    }

    @Test
    void conjugateGradientWithManyStepsEqualsTheCholeskyHalfStepWithEightFactors() {
        // Users with 13 ratings and items with any number: the four-row groups of the products and their tails.
        Interactions data = SyntheticData.ratings(50, 30, 13, 2);
        int k = 8;
        RandomSource random = new RandomSource(9);
        double[] items = new double[data.itemCount() * k];
        double[] itemBias = new double[data.itemCount()];
        for (int p = 0; p < items.length; p++) {
            items[p] = random.nextDouble() - 0.5;
        }
        for (int i = 0; i < itemBias.length; i++) {
            itemBias[i] = random.nextDouble() - 0.5;
        }
        double[] exact = new double[data.userCount() * k];
        double[] exactBias = new double[data.userCount()];
        new AlternatingLeastSquares(new AlternatingLeastSquares.Options(k, 0.1, 1, Solver.CHOLESKY, 1, 0))
                .solveSide(data.byUser(), items, itemBias, data.meanValue(), exact, exactBias);
        double[] gradient = new double[data.userCount() * k];
        double[] gradientBias = new double[data.userCount()];
        new AlternatingLeastSquares(new AlternatingLeastSquares.Options(k, 0.1, 1, Solver.CONJUGATE_GRADIENT, 30, 0))
                .solveSide(data.byUser(), items, itemBias, data.meanValue(), gradient, gradientBias);
        for (int p = 0; p < exact.length; p++) {
            assertThat(gradient[p]).isCloseTo(exact[p], within(1e-9));
        }
        for (int u = 0; u < exactBias.length; u++) {
            assertThat(gradientBias[u]).isCloseTo(exactBias[u], within(1e-9));
        }
    }

    @Test
    void oneConjugateGradientStepIsNotTheExactSolve() {
        FactorModel model = fitFromKnownStart(1, Solver.CONJUGATE_GRADIENT, 1);
        assertThat(Math.abs(model.userFactor(0, 0) - USERS_AFTER_ONE[0][0])).isGreaterThan(1e-3);
    }

    private static void assertMatchesTheReferenceAfterOneIteration(FactorModel model) {
        for (int u = 0; u < 4; u++) {
            assertThat(model.userBias(u)).isCloseTo(USER_BIAS_AFTER_ONE[u], withinPercentage(1e-6));
            for (int a = 0; a < 2; a++) {
                assertThat(model.userFactor(u, a)).isCloseTo(USERS_AFTER_ONE[u][a], withinPercentage(1e-6));
            }
        }
        for (int i = 0; i < 3; i++) {
            assertThat(model.itemBias(i)).isCloseTo(ITEM_BIAS_AFTER_ONE[i], withinPercentage(1e-6));
            for (int a = 0; a < 2; a++) {
                assertThat(model.itemFactor(i, a)).isCloseTo(ITEMS_AFTER_ONE[i][a], withinPercentage(1e-6));
            }
        }
    }

    @Test
    void testRmseMatchesTheIndependentLeastSquaresSolveAfterOneAndTwoIterations() {
        List<Metric> rmse = List.of(Metric.parse("rmse"));
        assertThat(Evaluation.evaluate(fitFromKnownStart(1), testRatings(), rmse).value("rmse").orElseThrow())
                .isCloseTo(RMSE_AFTER_ONE, withinPercentage(1e-6));
        assertThat(Evaluation.evaluate(fitFromKnownStart(2), testRatings(), rmse).value("rmse").orElseThrow())
                .isCloseTo(RMSE_AFTER_TWO, withinPercentage(1e-6));
    }

    @Test
    void predictionIsTheMeanPlusBothBiasesPlusTheFactorProduct() {
        FactorModel model = fitFromKnownStart(1);
        double expected = TRAIN.meanValue() + USER_BIAS_AFTER_ONE[2] + ITEM_BIAS_AFTER_ONE[0]
                + USERS_AFTER_ONE[2][0] * ITEMS_AFTER_ONE[0][0] + USERS_AFTER_ONE[2][1] * ITEMS_AFTER_ONE[0][1];
        assertThat(model.predict(2, 0)).isCloseTo(expected, withinPercentage(1e-6));
    }

    @Test
    void sameSeedGivesTheSameModelOnOneThreadAndOnFourWithEitherSolver() {
        Interactions data = SyntheticData.ratings(400, 120, 15, 3);
        for (Solver solver : List.of(Solver.CHOLESKY, Solver.CONJUGATE_GRADIENT)) {
            Recommender als = new AlternatingLeastSquares(new AlternatingLeastSquares.Options(8, 0.05, 3, solver, 3,
                    11));
            double[] oneThread = SyntheticData.onThreads(1, () -> SyntheticData.allScores(als.fit(data)));
            double[] fourThreads = SyntheticData.onThreads(4, () -> SyntheticData.allScores(als.fit(data)));
            assertThat(fourThreads).as(solver.keyword()).containsExactly(oneThread);
        }
    }

    /*
     * Conjugate gradient only improves each user's (item's) factors from the previous ones, but the fixed points of
     * the iteration are those of the exact solve: after enough iterations the held-out error is the same. Here they
     * differ by 3e-6 after 25 iterations (2.5e-4 after 5); on the larger synthetic sets of docs/language.md ("als")
     * by less than 1e-4 after 10 iterations with reg 0.05 or more.
     */
    @Test
    void conjugateGradientReachesTheHeldOutErrorOfTheExactSolve() {
        Interactions data = SyntheticData.ratings(600, 150, 25, 8);
        Split split = Split.random(0.2, 4);
        List<Metric> rmse = List.of(Metric.parse("rmse"));
        double exact = Evaluation.run(new AlternatingLeastSquares(new AlternatingLeastSquares.Options(24, 0.1, 25,
                Solver.CHOLESKY, 3, 5)), data, split, rmse).value("rmse").orElseThrow();
        double gradient = Evaluation.run(new AlternatingLeastSquares(new AlternatingLeastSquares.Options(24, 0.1, 25,
                Solver.CONJUGATE_GRADIENT, 3, 5)), data, split, rmse).value("rmse").orElseThrow();
        assertThat(gradient).isCloseTo(exact, within(1e-4));
    }

    @Test
    void autoSolvesExactlyUpToSixteenFactorsAndByConjugateGradientAbove() {
        assertThat(Solver.AUTO.forFactors(16)).isEqualTo(Solver.CHOLESKY);
        assertThat(Solver.AUTO.forFactors(17)).isEqualTo(Solver.CONJUGATE_GRADIENT);
        assertThat(Solver.CHOLESKY.forFactors(64)).isEqualTo(Solver.CHOLESKY);
        assertThat(Solver.CONJUGATE_GRADIENT.forFactors(2)).isEqualTo(Solver.CONJUGATE_GRADIENT);
    }

    @Test
    void moreIterationsLowerTheTrainingErrorWithEitherSolver() {
        Interactions data = SyntheticData.ratings(300, 80, 12, 5);
        List<Metric> rmse = List.of(Metric.parse("rmse"));
        for (Solver solver : List.of(Solver.CHOLESKY, Solver.CONJUGATE_GRADIENT)) {
            double[] errors = new double[3];
            for (int it = 1; it <= 3; it++) {
                TrainedRecommender model = new AlternatingLeastSquares(
                        new AlternatingLeastSquares.Options(4, 0.05, it, solver, 2, 1)).fit(data);
                errors[it - 1] = Evaluation.evaluate(model, data, rmse).value("rmse").orElseThrow();
            }
            assertThat(errors[1]).as(solver.keyword()).isLessThan(errors[0]);
            assertThat(errors[2]).as(solver.keyword()).isLessThan(errors[1]);
        }
    }

    @Test
    void scriptsChooseTheSolverAndItsSteps() {
        Recommender als = Recommenders.create("als", RecommenderArguments.of(Map.of("solver",
                new OptionValue.Word("cg"), "cg_steps", new OptionValue.Number(5))));
        assertThat(als).isInstanceOf(AlternatingLeastSquares.class);
        assertThat(((AlternatingLeastSquares) als).options().solver()).isEqualTo(Solver.CONJUGATE_GRADIENT);
        assertThat(((AlternatingLeastSquares) als).options().cgSteps()).isEqualTo(5);
        assertThat(((AlternatingLeastSquares) Recommenders.create("als", RecommenderArguments.of(Map.of())))
                .options()).isEqualTo(AlternatingLeastSquares.Options.DEFAULTS);
    }

    @Test
    void refusesEventsAndBadOptions() {
        Interactions clicks = Interactions.events(new String[] {"a", "b"}, new String[] {"x", "y"}, null, null);
        assertThatThrownBy(() -> new AlternatingLeastSquares(AlternatingLeastSquares.Options.DEFAULTS).fit(clicks))
                .isInstanceOf(RecommenderException.class).hasMessageContaining("implicit_als");
        assertThatThrownBy(() -> new AlternatingLeastSquares.Options(0, 0.1, 10, 0))
                .isInstanceOf(RecommenderOptionException.class).hasMessageContaining("factors must be at least 1");
        assertThatThrownBy(() -> new AlternatingLeastSquares.Options(8, 0.1, 10, Solver.CONJUGATE_GRADIENT, 0, 0))
                .isInstanceOf(RecommenderOptionException.class).hasMessageContaining("cg_steps must be at least 1");
        assertThatThrownBy(() -> Recommenders.create("als", RecommenderArguments.of(Map.of("solver",
                new OptionValue.Word("qr"))))).isInstanceOf(RecommenderOptionException.class)
                .hasMessage("als option solver must be auto, cholesky or cg, not qr");
    }
}
