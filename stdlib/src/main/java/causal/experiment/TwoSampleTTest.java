package causal.experiment;

import causal.inference.TStatistic;
import java.util.LinkedHashMap;

/**
 * Two-sample t tests of treatment − control, equal to R's {@code t.test(treatment, control, var.equal = …)}:
 * <ul>
 *   <li>{@link #student}: pooled variance s² = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2), SE = s·√(1/n₁ + 1/n₂),
 *       ν = n₁ + n₂ − 2 ({@code var.equal = TRUE}; statsmodels {@code ttest_ind(usevar = "pooled")});</li>
 *   <li>{@link #welch}: SE = √(s₁²/n₁ + s₂²/n₂) with the Welch–Satterthwaite ν = SE⁴ / Σ (sᵢ²/nᵢ)²/(nᵢ − 1)
 *       ({@code var.equal = FALSE}; statsmodels {@code usevar = "unequal"}).</li>
 * </ul>
 * The interval is difference ± t_{1−α/2, ν}·SE, the p-value two-sided.
 */
public final class TwoSampleTTest {
    private TwoSampleTTest() {
    }

    public static ArmComparison student(double[] control, double[] treatment, double alpha) {
        return student(ArmSummary.of(control, "control"), ArmSummary.of(treatment, "treatment"), alpha);
    }

    public static ArmComparison student(ArmSummary control, ArmSummary treatment, double alpha) {
        Checks.openUnit(alpha, "alpha");
        double df = control.n() + treatment.n() - 2.0;
        double pooled = ((control.n() - 1) * control.variance() + (treatment.n() - 1) * treatment.variance()) / df;
        double se = Math.sqrt(pooled * (1.0 / control.n() + 1.0 / treatment.n()));
        LinkedHashMap<String, Double> statistics = Inference.armStatistics(control, treatment);
        statistics.put("pooled_sd", Math.sqrt(pooled));
        return test(control, treatment, se, df, alpha, statistics);
    }

    public static ArmComparison welch(double[] control, double[] treatment, double alpha) {
        return welch(ArmSummary.of(control, "control"), ArmSummary.of(treatment, "treatment"), alpha);
    }

    public static ArmComparison welch(ArmSummary control, ArmSummary treatment, double alpha) {
        Checks.openUnit(alpha, "alpha");
        double v1 = control.varianceOfMean();
        double v2 = treatment.varianceOfMean();
        double se = Math.sqrt(v1 + v2);
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (control.n() - 1) + v2 * v2 / (treatment.n() - 1));
        return test(control, treatment, se, df, alpha, Inference.armStatistics(control, treatment));
    }

    private static ArmComparison test(ArmSummary control, ArmSummary treatment, double se, double df,
                                      double alpha, LinkedHashMap<String, Double> statistics) {
        if (control.n() < 2 || treatment.n() < 2) {
            throw new ExperimentException("a t test needs at least 2 rows in each arm");
        }
        Inference.requireVariance(se);
        double difference = treatment.mean() - control.mean();
        double t = difference / se;
        statistics.put("t", t);
        statistics.put("df", df);
        return Inference.symmetric(difference, se, TStatistic.criticalForAlpha(alpha, df),
                TStatistic.pValue(t, df), alpha, statistics);
    }
}
