package causal.uplift;

import causal.learn.Classifier;
import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.RowSubsets;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The DR-learner (Kennedy 2023, "Towards optimal doubly robust estimation of heterogeneous causal effects",
 * Electron. J. Statist. 17(2); arXiv 2004.14497, 2020), cross-fitted as EconML's {@code DRLearner} with one outcome
 * model per arm (its {@code MultiModelWrapper}, not its default single model with the treatment as a feature). In
 * each of {@code folds} folds, the outcome models {@code μ0}, {@code μ1} (fitted on each arm's rows outside the fold)
 * and the propensity {@code e} (fitted on all rows outside it) predict the rows inside it, which get the AIPW
 * pseudo-outcome
 * <pre>
 *   φ = μ1(x) - μ0(x) + t (y - μ1(x)) / e(x) - (1 - t)(y - μ0(x)) / (1 - e(x)),
 * </pre>
 * with {@code e} clipped to {@code [min_propensity, 1 - min_propensity]}. The CATE model is {@code φ} regressed on
 * the features over all rows, and the average effect is {@code mean(φ)} with standard error {@code sd(φ)/√n}: the
 * cross-fitted AIPW estimate of the ATE.
 */
public final class DoublyRobustLearner implements UpliftLearner {
    static final String KEYWORD = "drlearner";

    /**
     * @param learner the outcome regressions of each arm
     * @param effect the regression of the pseudo-outcomes on the features; empty: the same as {@code learner}
     * @param propensity the classifier of the treatment
     * @param folds the number of cross-fitting folds, at least 2
     * @param minPropensity the clipping bound of the propensity, in {@code (0, 0.5)}
     * @param seed the fold assignment's seed, also passed to every learner that takes one
     */
    public record Options(LearnerChoice learner, Optional<LearnerChoice> effect, LearnerChoice propensity, int folds,
            double minPropensity, long seed) {
        public static final Options DEFAULTS = new Options(LearnerChoice.of(MetaLearnerDefaults.LEARNER),
                Optional.empty(), LearnerChoice.of(MetaLearnerDefaults.PROPENSITY), MetaLearnerDefaults.FOLDS,
                MetaLearnerDefaults.MIN_PROPENSITY, 0);

        /** @throws UpliftOptionException naming the option that is out of range or names a wrong learner */
        public Options {
            learner.regressor(seed, "learner");
            effect.ifPresent(e -> e.regressor(seed, "effect"));
            propensity.classifier(seed, "propensity");
            Checks.atLeast(folds, 2, "folds");
            Checks.propensityBound(minPropensity, "min_propensity");
        }

        public Options withLearner(LearnerChoice l) {
            return new Options(l, effect, propensity, folds, minPropensity, seed);
        }

        public Options withEffect(LearnerChoice e) {
            return new Options(learner, Optional.of(e), propensity, folds, minPropensity, seed);
        }

        public Options withPropensity(LearnerChoice p) {
            return new Options(learner, effect, p, folds, minPropensity, seed);
        }

        public Options withFolds(int k) {
            return new Options(learner, effect, propensity, k, minPropensity, seed);
        }

        public Options withMinPropensity(double m) {
            return new Options(learner, effect, propensity, folds, m, seed);
        }

        public Options withSeed(long s) {
            return new Options(learner, effect, propensity, folds, minPropensity, s);
        }

        /** The learner of the pseudo-outcome regression. */
        public LearnerChoice effectLearner() {
            return effect.orElse(learner);
        }
    }

    private final Options options;

    public DoublyRobustLearner(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    @Override
    public FittedUplift fit(double[][] features, double[] treatment, double[] outcome) {
        int n = Checks.trainingSet(features, treatment, outcome);
        long seed = options.seed();
        CrossFitting folds = CrossFitting.stratified(treatment, options.folds(), seed, KEYWORD);
        double[] pseudo = pseudoOutcomes(features, treatment, outcome, folds);
        FittedModel effect = LearnerChoice.fit(options.effectLearner().regressor(seed, "effect"), features, pseudo,
                "effect model of the pseudo-outcomes");
        AverageEffect average = new AverageEffect(Rows.mean(pseudo),
                OptionalDouble.of(Rows.standardDeviation(pseudo) / Math.sqrt(n)), n,
                "mean of the cross-fitted AIPW pseudo-outcomes");
        return FittedEffect.withAverage(features.length, KEYWORD, effect::predict, average);
    }

    /** The cross-fitted pseudo-outcome {@code φ} of every row. */
    private double[] pseudoOutcomes(double[][] features, double[] treatment, double[] outcome, CrossFitting folds) {
        long seed = options.seed();
        Learner learner = options.learner().regressor(seed, "learner");
        Classifier classifier = options.propensity().classifier(seed, "propensity");
        double[] pseudo = new double[outcome.length];
        for (int k = 0; k < folds.folds(); k++) {
            String fold = " (fold " + (k + 1) + " of " + folds.folds() + ")";
            FittedModel control = fitOn(learner, folds.outside(k, treatment, 0), features, outcome,
                    "outcome model of the control rows" + fold);
            FittedModel treated = fitOn(learner, folds.outside(k, treatment, 1), features, outcome,
                    "outcome model of the treated rows" + fold);
            FittedModel propensity = fitOn(classifier, folds.outside(k), features, treatment,
                    "propensity model" + fold);
            int[] inside = folds.inside(k);
            double[][] x = RowSubsets.select(features, inside);
            double[] m0 = control.predict(x);
            double[] m1 = treated.predict(x);
            double[] e = propensity.conditionalMean(x);
            for (int c = 0; c < inside.length; c++) {
                int i = inside[c];
                pseudo[i] = Aipw.score(treatment[i], outcome[i], m0[c], m1[c], e[c], options.minPropensity());
            }
        }
        return pseudo;
    }

    private static FittedModel fitOn(Learner learner, int[] rows, double[][] features, double[] target, String model) {
        return LearnerChoice.fit(learner, RowSubsets.select(features, rows), RowSubsets.select(target, rows), model);
    }
}
