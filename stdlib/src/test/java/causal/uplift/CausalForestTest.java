package causal.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The causal forest on {@link SimulatedUplift} (2,000 confounded rows, {@code τ = 1 + 2 x1}, noise sd 0.5, seed 11),
 * with 500 trees and linear nuisance models to keep the test fast.
 */
class CausalForestTest {
    private static final SimulatedUplift TRAIN = SimulatedUplift.draw(2000, 0.5, 11);
    private static final CausalForest.Options FAST = CausalForest.Options.DEFAULTS.withTrees(500)
            .withOutcome(LearnerChoice.of("linear")).withPropensity(LearnerChoice.of("logistic"));
    private static final FittedCausalForest FOREST = new CausalForest(FAST).fit(TRAIN.x(), TRAIN.t(), TRAIN.y());

    @Test
    void confidenceIntervalsCoverTheTrueEffectAtMostPoints() {
        // 50 points with x1 evenly from 0.2 to 0.8 (forests are biased towards the middle at the edges of x1).
        double[][] points = SimulatedUplift.grid(50, 8);
        double[] truth = new double[50];
        for (int i = 0; i < 50; i++) {
            points[0][i] = 0.2 + 0.6 * i / 49;
            truth[i] = SimulatedUplift.effect(points[0][i]);
        }
        EffectPredictions predictions = FOREST.predictWithStandardErrors(points);

        int covered = 0;
        for (int i = 0; i < 50; i++) {
            covered += predictions.ciLow(i) <= truth[i] && truth[i] <= predictions.ciHigh(i) ? 1 : 0;
            assertThat(predictions.stdError().get(i)).isBetween(0.03, 0.3);
        }
        // Nominal 95%; over training seeds 11-18 this simulation covered 41 to 50 of these 50 points.
        assertThat(covered).isGreaterThanOrEqualTo(40);
        assertThat(SimulatedUplift.correlation(predictions.effect().toArray(), truth)).isGreaterThan(0.95);
        assertThat(predictions.effect().toArray()).containsExactly(FOREST.predict(points));
    }

    @Test
    void recoversTheEffectOnFreshRows() {
        SimulatedUplift test = SimulatedUplift.draw(200, 0.5, 1011);
        double[] predicted = FOREST.predict(test.x());

        assertThat(SimulatedUplift.correlation(predicted, test.tau())).isGreaterThan(0.9);
        assertThat(SimulatedUplift.rootMeanSquaredError(predicted, test.tau())).isLessThan(0.3);
    }

    @Test
    void averageEffectIsTheAipwMeanWithAStandardErrorThatCoversTheTruth() {
        AverageEffect ate = FOREST.averageEffect();

        assertThat(ate.n()).isEqualTo(2000);
        assertThat(ate.stdError().getAsDouble()).isBetween(0.015, 0.04);
        assertThat(Rows.mean(TRAIN.tau())).isBetween(ate.ciLow().getAsDouble(), ate.ciHigh().getAsDouble());
    }

    @Test
    void withItsDefaultNuisanceForestsTheAverageEffectCoversTheTruth() {
        FittedCausalForest forest = new CausalForest(CausalForest.Options.DEFAULTS.withTrees(200))
                .fit(TRAIN.x(), TRAIN.t(), TRAIN.y());
        AverageEffect ate = forest.averageEffect();

        assertThat(Rows.mean(TRAIN.tau())).isBetween(ate.ciLow().getAsDouble(), ate.ciHigh().getAsDouble());
        assertThat(ate.method()).contains("average_treatment_effect");
    }

    @Test
    void growsTheSameForestForASeedWhateverTheThreadCount() {
        SimulatedUplift small = SimulatedUplift.draw(400, 0.5, 3);
        CausalForest learner = new CausalForest(FAST.withTrees(60).withSeed(9)
                .withOutcome(new LearnerChoice("forest", Map.of("trees", 20.0))));
        double[][] points = SimulatedUplift.grid(20, 4);

        EffectPredictions one = Threads.run(1, () -> learner.fit(small.x(), small.t(), small.y())
                .predictWithStandardErrors(points));
        EffectPredictions three = Threads.run(3, () -> learner.fit(small.x(), small.t(), small.y())
                .predictWithStandardErrors(points));
        double oneAte = Threads.run(1, () -> learner.fit(small.x(), small.t(), small.y()).averageEffect().value());
        double threeAte = Threads.run(3, () -> learner.fit(small.x(), small.t(), small.y()).averageEffect().value());

        assertThat(three.effect().toArray()).containsExactly(one.effect().toArray());
        assertThat(three.stdError().toArray()).containsExactly(one.stdError().toArray());
        assertThat(threeAte).isEqualTo(oneAte);
    }

    @Test
    void anotherSeedGrowsAnotherForest() {
        SimulatedUplift small = SimulatedUplift.draw(400, 0.5, 3);
        double[][] points = SimulatedUplift.grid(5, 4);
        double[] seed1 = new CausalForest(FAST.withTrees(20).withSeed(1)).fit(small.x(), small.t(), small.y())
                .predict(points);
        double[] seed2 = new CausalForest(FAST.withTrees(20).withSeed(2)).fit(small.x(), small.t(), small.y())
                .predict(points);

        assertThat(seed2).isNotEqualTo(seed1);
    }

    @Test
    void treesComeInWholeGroupsOfTheCiGroupSize() {
        SimulatedUplift small = SimulatedUplift.draw(200, 0.5, 3);
        assertThat(new CausalForest(FAST.withTrees(5)).fit(small.x(), small.t(), small.y()).treeCount()).isEqualTo(6);
        assertThat(new CausalForest(FAST.withTrees(5).withCiGroupSize(3)).fit(small.x(), small.t(), small.y())
                .treeCount()).isEqualTo(6);
    }

    @Test
    void anHonestTreeSplitsWhereTheEffectChanges() {
        // 400 rows on a grid of x; treatment alternates (ê = 0.5, so w̃ = ±0.5); the effect is 0 below x = 0.5 and 2
        // above, without noise: ỹ = w̃ τ(x). The leaves' local effects must be exactly 0 and 2.
        int n = 400;
        double[][] x = new double[1][n];
        double[] w = new double[n];
        double[] y = new double[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = (i + 0.5) / n;
            w[i] = i % 2 == 0 ? 0.5 : -0.5;
            y[i] = w[i] * (x[0][i] < 0.5 ? 0 : 2);
            rows[i] = i;
        }
        int[] localOf = new int[n];
        Arrays.fill(localOf, -1);
        CausalTree tree = new CausalTreeGrower(x, w, y, new int[][] {rows}, rows, localOf, 1, 5, 0.05,
                new causal.random.RandomSource(1)).grow(rows);

        double[][] probes = {{0.1, 0.3, 0.49, 0.51, 0.7, 0.95}};
        double[] expected = {0, 0, 0, 2, 2, 2};
        for (int i = 0; i < expected.length; i++) {
            int leaf = tree.leaf(probes, i);
            double mw = tree.mean(leaf, CausalTree.W);
            double effect = (tree.mean(leaf, CausalTree.WY) - mw * tree.mean(leaf, CausalTree.Y))
                    / (tree.mean(leaf, CausalTree.WW) - mw * mw);
            assertThat(effect).as("x = " + probes[0][i]).isCloseTo(expected[i], within(1e-9));
        }
        assertThat(localOf).containsOnly(-1);
    }

    @Test
    void littleBagsRemoveTheWithinGroupNoise() {
        // ψ = (1, 3 | -1, -3): between = (2² + 2²)/2 = 4, total = 20/4 = 5, noise = (5 - 4)/1 = 1, raw 3; spread
        // max(4, 1) √(2/2) = 4. Python 3.11: 3 + 4 φ(0.75)/Φ(0.75) with math.exp and math.erfc.
        assertThat(LittleBags.variance(new double[] {1, 3, -1, -3}, 2, 2)).isCloseTo(4.557528226943708,
                within(1e-12));
        // Group means all 0: between 0, noise 1.75, raw -1.75 < 0; the posterior mean stays positive.
        // Python: r = -1.75/(1.75 √(2/3)); -1.75 + 1.75 √(2/3) φ(r)/Φ(r).
        assertThat(LittleBags.variance(new double[] {1, -1, 2, -2, 0.5, -0.5}, 3, 2)).isCloseTo(0.6904260033284308,
                within(1e-12));
    }

    @Test
    void optionsOutsideGrfsRangesAreRefusedByName() {
        assertThatThrownBy(() -> FAST.withSampleFraction(0.6)).isInstanceOf(UpliftOptionException.class)
                .hasMessage("sample_fraction must be greater than 0.0 and at most 0.5, not 0.6");
        assertThatThrownBy(() -> FAST.withCiGroupSize(1))
                .satisfies(e -> assertThat(((UpliftOptionException) e).option()).isEqualTo("ci_group_size"));
        assertThatThrownBy(() -> FAST.withAlpha(0.3))
                .satisfies(e -> assertThat(((UpliftOptionException) e).option()).isEqualTo("alpha"));
    }

    @Test
    void tooFewRowsForHonestTreesAreReported() {
        double[][] x = {{1, 2, 3, 4, 5, 6}};
        double[] t = {1, 0, 1, 0, 1, 0};
        double[] y = {1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> new CausalForest(FAST.withSampleFraction(0.2).withFolds(2)).fit(x, t, y))
                .isInstanceOf(UpliftException.class).hasMessageStartingWith("too few rows for honest trees");
    }
}
