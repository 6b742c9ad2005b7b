package causal.uplift;

import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A meta-learner's fitted CATE model: a function of the features built from fitted {@code causal.learn} models
 * (immutable, so the function is thread-safe), with the average effect computed once at fit time.
 */
final class FittedEffect implements FittedUplift {
    private final String learner;
    private final int featureCount;
    private final Function<double[][], double[]> effect;
    private final AverageEffect averageEffect;

    private FittedEffect(String learner, int featureCount, Function<double[][], double[]> effect,
            AverageEffect averageEffect) {
        this.learner = learner;
        this.featureCount = featureCount;
        this.effect = effect;
        this.averageEffect = averageEffect;
    }

    /** A model whose average effect is the mean CATE over {@code training}, without a standard error. */
    static FittedEffect averagedOver(double[][] training, String learner, Function<double[][], double[]> effect) {
        double[] cate = effect.apply(training);
        AverageEffect average = new AverageEffect(Rows.mean(cate), OptionalDouble.empty(), cate.length,
                "mean predicted CATE over the training rows");
        return new FittedEffect(learner, training.length, effect, average);
    }

    /** A model whose average effect is given (the doubly robust learner's mean pseudo-outcome). */
    static FittedEffect withAverage(int featureCount, String learner, Function<double[][], double[]> effect,
            AverageEffect average) {
        return new FittedEffect(learner, featureCount, effect, average);
    }

    @Override
    public String learner() {
        return learner;
    }

    @Override
    public int featureCount() {
        return featureCount;
    }

    @Override
    public double[] predict(double[][] features) {
        Checks.prediction(features, featureCount);
        return effect.apply(features);
    }

    @Override
    public AverageEffect averageEffect() {
        return averageEffect;
    }
}
