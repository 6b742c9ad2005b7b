package causal.estimate;

import causal.data.Table;

/**
 * The logistic propensity score of each row of an estimate (the model ipw, psm, aipw and stratify fit: the treatment
 * on the adjustment set and controls), split by arm, for {@code plot overlap of e}: where the two arms' scores do not
 * overlap, the estimate extrapolates.
 */
public record PropensityOverlap(double[] treated, double[] control) {
    /**
     * The scores of {@code data}'s rows for {@code query}.
     *
     * @throws EstimationException when the treatment is not 0/1 or the model cannot be fitted
     */
    public static PropensityOverlap of(Table data, EffectQuery query) {
        EffectData effect = new EffectData(data, query, "overlap");
        double[] t = effect.binaryTreatment();
        double[] e = PropensityScore.fit(effect.covariateDesign(), t);
        int treatedCount = 0;
        for (double v : t) {
            treatedCount += (int) v;
        }
        double[] treated = new double[treatedCount];
        double[] control = new double[t.length - treatedCount];
        int a = 0;
        int b = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] == 1) {
                treated[a++] = e[i];
            } else {
                control[b++] = e[i];
            }
        }
        return new PropensityOverlap(treated, control);
    }
}
