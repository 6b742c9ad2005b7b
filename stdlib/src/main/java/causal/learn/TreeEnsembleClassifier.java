package causal.learn;

/**
 * A fitted tree ensemble read as a probability: a forest's average of leaf shares of ones as it is, a boosted
 * model's log-odds through the logistic function.
 */
final class TreeEnsembleClassifier implements FittedClassifier {
    enum Link { SHARE, LOGIT }

    private final TreeEnsemble ensemble;
    private final Link link;

    TreeEnsembleClassifier(TreeEnsemble ensemble, Link link) {
        this.ensemble = ensemble;
        this.link = link;
    }

    TreeEnsemble ensemble() {
        return ensemble;
    }

    @Override
    public int featureCount() {
        return ensemble.featureCount();
    }

    @Override
    public double[] predictProbability(double[][] features) {
        double[] score = ensemble.predict(features);
        if (link == Link.LOGIT) {
            for (int i = 0; i < score.length; i++) {
                score[i] = 1 / (1 + Math.exp(-score[i]));
            }
        }
        return score;
    }
}
