package causal.experiment;

import causal.inference.ZStatistic;
import java.util.LinkedHashMap;

/**
 * The two-proportion z test of conversion rates p̂₂ − p̂₁ (treatment − control).
 *
 * <p>The p-value uses the pooled standard error √(p̄q̄(1/n₁ + 1/n₂)), p̄ = (x₁ + x₂)/(n₁ + n₂), the standard error
 * under the null of equal rates: z² is the statistic of R's {@code prop.test(x, n, correct = FALSE)} and z that of
 * statsmodels' {@code proportions_ztest} (whose default also pools), so the p-values agree. The reported standard
 * error and the interval use the unpooled √(p̂₁q̂₁/n₁ + p̂₂q̂₂/n₂), the Wald interval R's {@code prop.test} prints:
 * the rates need not be equal there. For 100/1000 against 120/1000: 0.02, SE 0.01399, p 0.1529,
 * CI [−0.0074, 0.0474].
 */
public final class TwoProportionZTest {
    private TwoProportionZTest() {
    }

    public static ArmComparison compare(long controlConversions, long controlUnits, long treatmentConversions,
                                        long treatmentUnits, double alpha) {
        Checks.counts(controlConversions, controlUnits, "control");
        Checks.counts(treatmentConversions, treatmentUnits, "treatment");
        Checks.openUnit(alpha, "alpha");
        double n1 = controlUnits;
        double n2 = treatmentUnits;
        double p1 = controlConversions / n1;
        double p2 = treatmentConversions / n2;
        double pooled = (controlConversions + treatmentConversions) / (n1 + n2);
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        if (!(pooledSe > 0)) {
            throw new ExperimentException(pooled == 0
                    ? "no unit converted in either arm, so the rates cannot be compared"
                    : "every unit converted in both arms, so the rates cannot be compared");
        }
        double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double difference = p2 - p1;
        double z = difference / pooledSe;
        LinkedHashMap<String, Double> statistics = Inference.armStatistics("rate", p1, p2, controlUnits,
                treatmentUnits);
        statistics.put("control_conversions", (double) controlConversions);
        statistics.put("treatment_conversions", (double) treatmentConversions);
        statistics.put("z", z);
        statistics.put("pooled_std_error", pooledSe);
        return Inference.symmetric(difference, se, ZStatistic.criticalForAlpha(alpha),
                ZStatistic.pValue(z), alpha, statistics);
    }

    /** From rows of 0 (not converted) and 1 (converted). Not modified: {@code control}, {@code treatment}. */
    public static ArmComparison compare(double[] control, double[] treatment, double alpha) {
        return compare(conversions(control, "control"), control.length, conversions(treatment, "treatment"),
                treatment.length, alpha);
    }

    static long conversions(double[] values, String arm) {
        Checks.arm(values, 1, arm);
        long conversions = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 1) {
                conversions++;
            } else if (values[i] != 0) {
                throw new ExperimentException("the " + arm + " arm has " + values[i] + " at row " + (i + 1)
                        + "; a conversion metric holds only 0 and 1");
            }
        }
        return conversions;
    }
}
