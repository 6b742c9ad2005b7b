package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Forests cannot match another library bit for bit (the random draws differ), so they are held to the accuracy of
 * randomForest and scikit-learn on the same data: {@code y = sin(x1) + x2² + N(0, 0.5²)} with eight noise features
 * (signal_*.csv), and {@code P(y = 1) = logistic(2 (sin(x1) + x2² - 1.3))} (classes_*.csv); 2,000 rows to train
 * and 2,000 to test, written by the R script in src/test/resources/learn/README. The oracle R² is about 0.885.
 */
class RandomForestTest {
    private static final LearnData SIGNAL = LearnData.load("signal_train");
    private static final LearnData SIGNAL_TEST = LearnData.load("signal_test");
    private static final LearnData CLASSES = LearnData.load("classes_train");
    private static final LearnData CLASSES_TEST = LearnData.load("classes_test");

    /*
     * Out-of-sample R², mean over seeds 0-4 (min 0.8188, max 0.8271). scikit-learn 1.2.1:
     *   import numpy as np
     *   from sklearn.ensemble import RandomForestRegressor
     *   from sklearn.metrics import r2_score
     *   def load(n): d = np.loadtxt(n + '.csv', delimiter=',', skiprows=1); return d[:, :-1], d[:, -1]
     *   (X, y), (Xt, yt) = load('signal_train'), load('signal_test')
     *   np.mean([r2_score(yt, RandomForestRegressor(n_estimators=100, max_features=3, min_samples_leaf=5,
     *       random_state=s).fit(X, y).predict(Xt)) for s in range(5)])
     */
    private static final double SKLEARN_R2 = 0.8233796046049342;

    /*
     * R 4.2.2, randomForest 4.7-1.1, defaults (mtry = 3, nodesize = 5) with 100 trees; mean over seeds 1-5
     * (min 0.8381, max 0.8437):
     *   r2 <- function(y, f) 1 - sum((y - f)^2) / sum((y - mean(y))^2)
     *   mean(sapply(1:5, function(s) { set.seed(s)
     *     r2(te$y, predict(randomForest(y ~ ., data = tr, ntree = 100), te)) }))
     */
    private static final double RANDOM_FOREST_R2 = 0.8400066;

    /*
     * Out-of-sample AUC, mean over seeds 0-4 (min 0.9037, max 0.9070). scikit-learn 1.2.1, as above with
     *   RandomForestClassifier(n_estimators=100, max_features=3, min_samples_leaf=1, random_state=s)
     *   and roc_auc_score(yt, model.predict_proba(Xt)[:, 1]) on classes_train / classes_test.
     */
    private static final double SKLEARN_AUC = 0.9051342715357984;

    @Test
    void explainsMostOfTheVarianceOfANonlinearSignalOutOfSample() {
        double r2 = LearnData.rSquared(SIGNAL_TEST.target, regressionForest(0).predict(SIGNAL_TEST.features));
        assertThat(r2).isGreaterThan(0.80);
        assertThat(r2).isCloseTo(SKLEARN_R2, within(0.03));
        assertThat(r2).isCloseTo(RANDOM_FOREST_R2, within(0.03));
    }

    @Test
    void ranksTheClassesAsWellAsScikitLearnDoes() {
        FittedClassifier forest = new RandomForestClassifier(RandomForest.Options.CLASSIFICATION.withMtry(3))
                .fit(CLASSES.features, CLASSES.target);
        double auc = LearnData.auc(CLASSES_TEST.target, forest.predictProbability(CLASSES_TEST.features));
        assertThat(auc).isGreaterThan(0.88);
        assertThat(auc).isCloseTo(SKLEARN_AUC, within(0.02));
    }

    @Test
    void givesProbabilitiesBetweenZeroAndOneAndClassesByThem() {
        FittedClassifier forest = new RandomForestClassifier(RandomForest.Options.CLASSIFICATION.withTrees(20))
                .fit(CLASSES.features, CLASSES.target);
        double[] p = forest.predictProbability(CLASSES_TEST.features);
        double[] classes = forest.predict(CLASSES_TEST.features);
        for (int i = 0; i < p.length; i++) {
            assertThat(p[i]).isBetween(0.0, 1.0);
            assertThat(classes[i]).isEqualTo(p[i] > 0.5 ? 1.0 : 0.0);
        }
    }

    @Test
    void growsTheSameForestForASeedWhateverTheThreadCount() {
        double[] oneThread = Pools.withThreads(1, () -> regressionForest(7).predict(SIGNAL_TEST.features));
        double[] fourThreads = Pools.withThreads(4, () -> regressionForest(7).predict(SIGNAL_TEST.features));
        assertThat(fourThreads).containsExactly(oneThread);
    }

    @Test
    void growsAnotherForestForAnotherSeed() {
        double[] seven = regressionForest(7).predict(SIGNAL_TEST.features);
        double[] eight = regressionForest(8).predict(SIGNAL_TEST.features);
        assertThat(eight).isNotEqualTo(seven);
    }

    @Test
    void losesNoAccuracyWhenTheTargetHasALargeMean() {
        // Rounding makes y + 1e6 a slightly different target, so the trees may differ, but not the fit.
        double[] shifted = SIGNAL.target.clone();
        double[] shiftedTest = SIGNAL_TEST.target.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 1e6;
            shiftedTest[i] += 1e6;
        }
        RandomForest learner = new RandomForest(RandomForest.Options.REGRESSION.withTrees(20));
        double before = LearnData.rSquared(SIGNAL_TEST.target,
                learner.fit(SIGNAL.features, SIGNAL.target).predict(SIGNAL_TEST.features));
        double after = LearnData.rSquared(shiftedTest, learner.fit(SIGNAL.features, shifted)
                .predict(SIGNAL_TEST.features));
        assertThat(after).isCloseTo(before, within(0.01));
    }

    @Test
    void keepsEveryTreeWithinTheDepthAsked() {
        RandomForest.Options shallow = RandomForest.Options.REGRESSION.withTrees(5).withMaxDepth(4);
        TreeEnsemble forest = (TreeEnsemble) new RandomForest(shallow).fit(SIGNAL.features, SIGNAL.target);
        for (int t = 0; t < forest.treeCount(); t++) {
            assertThat(forest.tree(t).depth()).isEqualTo(4);
            assertThat(forest.tree(t).leafCount()).isLessThanOrEqualTo(16);
        }
    }

    private static FittedModel regressionForest(long seed) {
        return new RandomForest(RandomForest.Options.REGRESSION.withSeed(seed)).fit(SIGNAL.features, SIGNAL.target);
    }
}
