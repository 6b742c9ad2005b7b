package causal.uplift;

import causal.learn.Classifier;
import causal.learn.FittedModel;
import causal.learn.Learner;
import causal.learn.RowSubsets;
import java.util.Optional;

/**
 * The X-learner (Künzel, Sekhon, Bickel and Yu 2019, "Metalearners for estimating heterogeneous treatment effects
 * using machine learning", PNAS 116(10), §3). Stage 1 fits the outcome in each arm, {@code μ0} and {@code μ1}, as
 * the T-learner. Stage 2 imputes each row's effect from the other arm's model, {@code D1 = Y - μ0(X)} for treated
 * rows and {@code D0 = μ1(X) - Y} for control rows, and regresses them on the features ({@code τ1} on the treated,
 * {@code τ0} on the controls). The two are blended by the propensity score {@code e(x) = P(T = 1 | x)}:
 * {@code τ̂(x) = e(x) τ0(x) + (1 - e(x)) τ1(x)}, the paper's choice {@code g = e}, as CausalML's
 * {@code BaseXRegressor} (whose default propensity model is an elastic-net logistic regression).
 */
public final class XLearner implements UpliftLearner {
    static final String KEYWORD = "xlearner";

    /**
     * @param learner the outcome regressions of stage 1
     * @param effect the regressions of the imputed effects in stage 2; empty: the same as {@code learner}
     * @param propensity the classifier of the treatment that blends the two effect models
     * @param seed passed to every learner that takes one
     */
    public record Options(LearnerChoice learner, Optional<LearnerChoice> effect, LearnerChoice propensity, long seed) {
        public static final Options DEFAULTS = new Options(LearnerChoice.of(MetaLearnerDefaults.LEARNER),
                Optional.empty(), LearnerChoice.of(MetaLearnerDefaults.PROPENSITY), 0);

        /** @throws UpliftOptionException naming the option whose learner is unknown or of the wrong kind */
        public Options {
            learner.regressor(seed, "learner");
            effect.ifPresent(e -> e.regressor(seed, "effect"));
            propensity.classifier(seed, "propensity");
        }

        public Options withLearner(LearnerChoice l) {
            return new Options(l, effect, propensity, seed);
        }

        public Options withEffect(LearnerChoice e) {
            return new Options(learner, Optional.of(e), propensity, seed);
        }

        public Options withPropensity(LearnerChoice p) {
            return new Options(learner, effect, p, seed);
        }

        public Options withSeed(long s) {
            return new Options(learner, effect, propensity, s);
        }

        /** The learner of stage 2. */
        public LearnerChoice effectLearner() {
            return effect.orElse(learner);
        }
    }

    private final Options options;

    public XLearner(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    @Override
    public FittedUplift fit(double[][] features, double[] treatment, double[] outcome) {
        Checks.trainingSet(features, treatment, outcome);
        Checks.armSizes(treatment, 2, KEYWORD);
        long seed = options.seed();
        ArmModels arms = ArmModels.fit(options.learner().regressor(seed, "learner"), features, treatment, outcome);
        Learner effectLearner = options.effectLearner().regressor(seed, "effect");
        FittedModel treatedEffect = imputedEffectModel(effectLearner, arms, features, treatment, outcome, 1);
        FittedModel controlEffect = imputedEffectModel(effectLearner, arms, features, treatment, outcome, 0);
        Classifier classifier = options.propensity().classifier(seed, "propensity");
        FittedModel propensity = LearnerChoice.fit(classifier, features, treatment, "propensity model");
        return FittedEffect.averagedOver(features, KEYWORD,
                x -> blend(propensity.conditionalMean(x), controlEffect.predict(x), treatedEffect.predict(x)));
    }

    /**
     * Stage 2 for one arm: the imputed effects of its rows, {@code Y - μ0(X)} for the treated and
     * {@code μ1(X) - Y} for the controls, regressed on their features.
     */
    private static FittedModel imputedEffectModel(Learner learner, ArmModels arms, double[][] features,
            double[] treatment, double[] outcome, int arm) {
        int[] rows = Rows.inArm(treatment, arm);
        double[][] x = RowSubsets.select(features, rows);
        double[] y = RowSubsets.select(outcome, rows);
        double[] imputed = (arm == 1 ? arms.control() : arms.treated()).predict(x);
        for (int k = 0; k < rows.length; k++) {
            imputed[k] = arm == 1 ? y[k] - imputed[k] : imputed[k] - y[k];
        }
        return LearnerChoice.fit(learner, x, imputed,
                "effect model of the " + (arm == 1 ? "treated" : "control") + " rows");
    }

    /** {@code e τ0 + (1 - e) τ1}. Modified: controlEffect (returned). */
    private static double[] blend(double[] propensity, double[] controlEffect, double[] treatedEffect) {
        for (int i = 0; i < controlEffect.length; i++) {
            double e = propensity[i];
            controlEffect[i] = e * controlEffect[i] + (1 - e) * treatedEffect[i];
        }
        return controlEffect;
    }
}
