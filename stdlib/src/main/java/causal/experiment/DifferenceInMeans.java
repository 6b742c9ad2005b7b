package causal.experiment;

import causal.inference.ZStatistic;
import java.util.LinkedHashMap;

/**
 * The difference in means with the unpooled standard error √(s₁²/n₁ + s₂²/n₂) and normal (z) interval and p-value:
 * the large-sample comparison experimentation platforms report (statsmodels' {@code CompareMeans(...).ztest_ind(
 * usevar = "unequal")} gives the same z; its SE equals R's Welch {@code t.test(...)$stderr}).
 */
public final class DifferenceInMeans {
    private DifferenceInMeans() {
    }

    /** At level 1 − alpha. Not modified: {@code control}, {@code treatment}. */
    public static ArmComparison compare(double[] control, double[] treatment, double alpha) {
        return compare(ArmSummary.of(control, "control"), ArmSummary.of(treatment, "treatment"), alpha);
    }

    public static ArmComparison compare(ArmSummary control, ArmSummary treatment, double alpha) {
        Checks.openUnit(alpha, "alpha");
        double difference = treatment.mean() - control.mean();
        double se = Math.sqrt(control.varianceOfMean() + treatment.varianceOfMean());
        Inference.requireVariance(se);
        double z = difference / se;
        LinkedHashMap<String, Double> statistics = Inference.armStatistics(control, treatment);
        statistics.put("z", z);
        return Inference.symmetric(difference, se, ZStatistic.criticalForAlpha(alpha),
                ZStatistic.pValue(z), alpha, statistics);
    }
}
