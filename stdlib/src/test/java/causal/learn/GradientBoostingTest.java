package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Boosting is deterministic without subsampling, so on the data of {@link RandomForestTest} it is held to
 * scikit-learn's accuracy closely; the algorithm itself is checked on small cases worked by hand from Friedman
 * (2001).
 */
class GradientBoostingTest {
    private static final LearnData SIGNAL = LearnData.load("signal_train");
    private static final LearnData SIGNAL_TEST = LearnData.load("signal_test");
    private static final LearnData CLASSES = LearnData.load("classes_train");
    private static final LearnData CLASSES_TEST = LearnData.load("classes_test");

    /*
     * scikit-learn 1.2.1, defaults (100 trees, depth 3, learning rate 0.1), mean over random_state 0-4 (min 0.87309,
     * max 0.87332: scikit-learn breaks ties between equal splits at random):
     *   np.mean([r2_score(yt, GradientBoostingRegressor(random_state=s).fit(X, y).predict(Xt)) for s in range(5)])
     * with load() as in RandomForestTest, on signal_train / signal_test.
     */
    private static final double SKLEARN_R2 = 0.873211349228382;

    /* The same with GradientBoostingRegressor(subsample=0.5, random_state=s): min 0.87168, max 0.87457. */
    private static final double SKLEARN_SUBSAMPLED_R2 = 0.8728794201700006;

    /*
     * scikit-learn 1.2.1, GradientBoostingClassifier(random_state=s), mean AUC over s = 0-4 (min 0.91521, max
     * 0.91532) of roc_auc_score(yt, model.predict_proba(Xt)[:, 1]) on classes_train / classes_test.
     */
    private static final double SKLEARN_AUC = 0.915252175343301;

    @Test
    void oneStumpAtFullLearningRateFitsAStepExactly() {
        double[][] x = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}};
        double[] y = {3, 3, 3, 3, 7, 7, 7, 7, 7, 7};
        GradientBoosting.Options stump = GradientBoosting.Options.DEFAULTS.withTrees(1).withMaxDepth(1)
                .withLearningRate(1);
        double[] fitted = new GradientBoosting(stump).fit(x, y).predict(x);
        for (int i = 0; i < y.length; i++) {
            assertThat(fitted[i]).isCloseTo(y[i], within(1e-12));
        }
    }

    @Test
    void takesTheNewtonStepOfFriedmansLogLossBoostingInEachLeaf() {
        // F0 = log(4/2); p = 2/3 everywhere; the stump splits at 2.5. Left leaf: Σ(y - p) / Σ p(1 - p) =
        // (-4/3) / (4/9) = -3; right leaf: (4/3) / (8/9) = 1.5 (Friedman 2001, algorithm 5, L2_TreeBoost).
        double[][] x = {{1, 2, 3, 4, 5, 6}};
        double[] y = {0, 0, 1, 1, 1, 1};
        GradientBoosting.Options stump = GradientBoosting.Options.DEFAULTS.withTrees(1).withMaxDepth(1)
                .withLearningRate(1);
        double[] p = new GradientBoostingClassifier(stump).fit(x, y).predictProbability(new double[][] {{1, 6}});
        assertThat(p[0]).isCloseTo(1 / (1 + Math.exp(-(Math.log(2) - 3))), within(1e-12));
        assertThat(p[1]).isCloseTo(1 / (1 + Math.exp(-(Math.log(2) + 1.5))), within(1e-12));
    }

    @Test
    void matchesTheAccuracyOfScikitLearnsGradientBoostingRegressor() {
        FittedModel model = new GradientBoosting(GradientBoosting.Options.DEFAULTS).fit(SIGNAL.features,
                SIGNAL.target);
        double r2 = LearnData.rSquared(SIGNAL_TEST.target, model.predict(SIGNAL_TEST.features));
        assertThat(r2).isGreaterThan(0.85);
        assertThat(r2).isCloseTo(SKLEARN_R2, within(0.005));
    }

    @Test
    void withHalfTheRowsPerTreeStillMatchesScikitLearn() {
        GradientBoosting.Options half = GradientBoosting.Options.DEFAULTS.withSubsample(0.5).withSeed(3);
        double r2 = LearnData.rSquared(SIGNAL_TEST.target,
                new GradientBoosting(half).fit(SIGNAL.features, SIGNAL.target).predict(SIGNAL_TEST.features));
        assertThat(r2).isCloseTo(SKLEARN_SUBSAMPLED_R2, within(0.01));
    }

    @Test
    void matchesTheAccuracyOfScikitLearnsGradientBoostingClassifier() {
        FittedClassifier model = new GradientBoostingClassifier(GradientBoosting.Options.DEFAULTS)
                .fit(CLASSES.features, CLASSES.target);
        double auc = LearnData.auc(CLASSES_TEST.target, model.predictProbability(CLASSES_TEST.features));
        assertThat(auc).isGreaterThan(0.89);
        assertThat(auc).isCloseTo(SKLEARN_AUC, within(0.005));
    }

    @Test
    void subsamplesTheSameRowsForASeedWhateverTheThreadCount() {
        GradientBoosting learner = new GradientBoosting(GradientBoosting.Options.DEFAULTS.withSubsample(0.5)
                .withTrees(20).withSeed(11));
        double[] one = Pools.withThreads(1, () -> learner.fit(SIGNAL.features, SIGNAL.target)
                .predict(SIGNAL_TEST.features));
        double[] four = Pools.withThreads(4, () -> learner.fit(SIGNAL.features, SIGNAL.target)
                .predict(SIGNAL_TEST.features));
        assertThat(four).containsExactly(one);
    }

    @Test
    void subsamplesOtherRowsForAnotherSeed() {
        GradientBoosting.Options half = GradientBoosting.Options.DEFAULTS.withSubsample(0.5).withTrees(20);
        double[] a = new GradientBoosting(half.withSeed(1)).fit(SIGNAL.features, SIGNAL.target)
                .predict(SIGNAL_TEST.features);
        double[] b = new GradientBoosting(half.withSeed(2)).fit(SIGNAL.features, SIGNAL.target)
                .predict(SIGNAL_TEST.features);
        assertThat(b).isNotEqualTo(a);
    }

    @Test
    void withoutSubsamplingIgnoresTheSeed() {
        GradientBoosting.Options all = GradientBoosting.Options.DEFAULTS.withTrees(20);
        double[] a = new GradientBoosting(all.withSeed(1)).fit(SIGNAL.features, SIGNAL.target)
                .predict(SIGNAL_TEST.features);
        double[] b = new GradientBoosting(all.withSeed(2)).fit(SIGNAL.features, SIGNAL.target)
                .predict(SIGNAL_TEST.features);
        assertThat(b).containsExactly(a);
    }
}
