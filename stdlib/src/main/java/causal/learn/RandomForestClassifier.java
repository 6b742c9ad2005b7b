package causal.learn;

import java.util.List;

/**
 * A classification random forest for a 0/1 target: the trees of {@link RandomForest}, grown with Gini splits
 * (which on a 0/1 target are the variance splits) and by default {@code mtry = max(1, floor(√p))} and leaves of one
 * row, as R's randomForest. {@code P(y = 1 | x)} is the mean over trees of the share of ones in the leaf, as
 * scikit-learn's {@code RandomForestClassifier.predict_proba} (randomForest's votes count each tree's majority
 * instead).
 */
public final class RandomForestClassifier implements Classifier {
    private final RandomForest.Options options;

    public RandomForestClassifier(RandomForest.Options options) {
        this.options = options;
    }

    public RandomForest.Options options() {
        return options;
    }

    @Override
    public FittedClassifier fit(double[][] features, double[] target) {
        Checks.binaryTrainingSet(features, target);
        int defaultMtry = Math.max(1, (int) Math.floor(Math.sqrt(features.length)));
        List<RegressionTree> trees = RandomForest.grow(features, target, options,
                options.shape(features.length, defaultMtry));
        TreeEnsemble forest = new TreeEnsemble(0, 1.0 / trees.size(), trees, features.length);
        return new TreeEnsembleClassifier(forest, TreeEnsembleClassifier.Link.SHARE);
    }
}
