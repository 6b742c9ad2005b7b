package causal.estimate;

import causal.data.DataLocation;
import causal.learn.DesignMatrix;
import java.util.List;

/**
 * The arrays of one {@code dml} estimate: the outcome, the treatment, the covariates as learner features (categorical
 * ones expanded to dummies, named as in a design matrix) and the effect modifiers centred at their means.
 * Built once, then only read; the folds of a split read it in parallel.
 */
final class DoubleMachineLearningData {
    final double[] outcome;
    final double[] treatment;
    /** Column-major: {@code features[j][i]} is feature j in row i. */
    final double[][] features;
    final List<String> featureNames;
    /** Column-major, each modifier minus its mean. */
    final double[][] modifiers;
    final List<String> modifierNames;

    private DoubleMachineLearningData(double[] outcome, double[] treatment, double[][] features,
            List<String> featureNames, double[][] modifiers, List<String> modifierNames) {
        this.outcome = outcome;
        this.treatment = treatment;
        this.features = features;
        this.featureNames = List.copyOf(featureNames);
        this.modifiers = modifiers;
        this.modifierNames = List.copyOf(modifierNames);
    }

    /**
     * The arrays of {@code effect} with the treatment {@code treatment} as already checked by the caller;
     * {@code source} names the data in errors.
     *
     * @throws EstimationException when there are no covariates to learn from, or a value is not finite
     */
    static DoubleMachineLearningData of(EffectData effect, double[] treatment, String source) {
        EffectQuery query = effect.query();
        DesignMatrix design = effect.covariateDesign();
        if (design.columns() < 2) {
            throw new EstimationException("dml learns the outcome and the treatment from the covariates, and there "
                    + "are none; with no confounders to adjust for, use ols (the difference in means)");
        }
        double[][] features = new double[design.columns() - 1][];
        List<String> featureNames = design.names().subList(1, design.columns());
        for (int j = 1; j < design.columns(); j++) {
            features[j - 1] = requireFinite(design.column(j), featureNames.get(j - 1), source);
        }
        double[][] modifiers = new double[query.modifiers().size()][];
        for (int k = 0; k < modifiers.length; k++) {
            modifiers[k] = centred(effect.numeric(query.modifiers().get(k), "effect modifier"));
        }
        return new DoubleMachineLearningData(requireFinite(effect.outcome(), query.outcome(), source),
                requireFinite(treatment, query.treatment(), source), features, featureNames, modifiers,
                query.modifiers());
    }

    int rows() {
        return outcome.length;
    }

    boolean hasModifiers() {
        return modifiers.length > 0;
    }

    /** The values, after checking each is finite (learners need finite numbers). */
    private static double[] requireFinite(double[] values, String column, String source) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new EstimationException(column + " is " + values[i] + " in row " + (i + 1) + "; dml's "
                        + "learners need finite numbers", DataLocation.cell(source, i + 1, column));
            }
        }
        return values;
    }

    private static double[] centred(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] - mean;
        }
        return out;
    }
}
