package causal.design;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Frequentist comparisons of a treatment arm with a control arm, each agreeing with R 4.2.2:
 * <ul>
 *   <li>{@link #difference}: difference in means, unpooled SE sqrt(s₁²/n₁ + s₀²/n₀), normal CI and p-value;</li>
 *   <li>{@link #ztest}: two proportions; the CI uses the unpooled SE, the test the pooled one, as
 *       {@code prop.test(correct = FALSE)} and statsmodels' {@code proportions_ztest} do;</li>
 *   <li>{@link #ttest}: Student's t with pooled variance, {@code t.test(var.equal = TRUE)};</li>
 *   <li>{@link #welch}: Welch's t with Welch–Satterthwaite df, {@code t.test()}.</li>
 * </ul>
 * Confidence level 1 − alpha, two-sided.
 */
public final class TwoArmTests {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private TwoArmTests() {
    }

    /** Means and sample variances of both arms, checked once. */
    record Arms(double meanControl, double meanTreatment, double varControl, double varTreatment, int nControl,
                int nTreatment) {
        static Arms of(double[] control, double[] treatment) {
            if (control.length < 2 || treatment.length < 2) {
                throw new DesignException("each arm needs at least 2 rows; control has " + control.length
                        + " and treatment " + treatment.length);
            }
            return new Arms(mean(control), mean(treatment), variance(control), variance(treatment), control.length,
                    treatment.length);
        }

        double difference() {
            return meanTreatment - meanControl;
        }

        double unpooledSe() {
            return Math.sqrt(varControl / nControl + varTreatment / nTreatment);
        }

        Map<String, Double> statistics() {
            Map<String, Double> s = new LinkedHashMap<>();
            s.put("control_mean", meanControl);
            s.put("treatment_mean", meanTreatment);
            s.put("control_n", (double) nControl);
            s.put("treatment_n", (double) nTreatment);
            if (meanControl != 0.0) {
                s.put("relative_lift", difference() / meanControl);
            }
            return s;
        }
    }

    public static ArmComparison difference(double[] control, double[] treatment, double alpha) {
        Arms a = Arms.of(control, treatment);
        return normal(a.difference(), a.unpooledSe(), a.unpooledSe(), alpha, a.statistics());
    }

    /** Two proportions: every value must be 0 or 1. */
    public static ArmComparison ztest(double[] control, double[] treatment, double alpha) {
        requireBinary(control, "control");
        requireBinary(treatment, "treatment");
        int n0 = control.length;
        int n1 = treatment.length;
        if (n0 == 0 || n1 == 0) {
            throw new DesignException("each arm needs at least one row");
        }
        double p0 = mean(control);
        double p1 = mean(treatment);
        double pooled = (p0 * n0 + p1 * n1) / (n0 + n1);
        double testSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / n0 + 1.0 / n1));
        double se = Math.sqrt(p0 * (1 - p0) / n0 + p1 * (1 - p1) / n1);
        if (testSe == 0.0) {
            throw new DesignException("every row has the same value in both arms: there is nothing to test");
        }
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("control_rate", p0);
        s.put("treatment_rate", p1);
        s.put("control_n", (double) n0);
        s.put("treatment_n", (double) n1);
        if (p0 > 0) {
            s.put("relative_lift", (p1 - p0) / p0);
        }
        s.put("z_pooled", (p1 - p0) / testSe);
        return normal(p1 - p0, se, testSe, alpha, s);
    }

    public static ArmComparison ttest(double[] control, double[] treatment, double alpha) {
        Arms a = Arms.of(control, treatment);
        double df = a.nControl() + a.nTreatment() - 2.0;
        double pooled = ((a.nControl() - 1) * a.varControl() + (a.nTreatment() - 1) * a.varTreatment()) / df;
        double se = Math.sqrt(pooled * (1.0 / a.nControl() + 1.0 / a.nTreatment()));
        return student(a, se, df, alpha);
    }

    public static ArmComparison welch(double[] control, double[] treatment, double alpha) {
        Arms a = Arms.of(control, treatment);
        double v0 = a.varControl() / a.nControl();
        double v1 = a.varTreatment() / a.nTreatment();
        double df = (v0 + v1) * (v0 + v1) / (v0 * v0 / (a.nControl() - 1) + v1 * v1 / (a.nTreatment() - 1));
        return student(a, Math.sqrt(v0 + v1), df, alpha);
    }

    private static ArmComparison student(Arms a, double se, double df, double alpha) {
        if (!(se > 0.0)) {
            throw new DesignException("the metric does not vary within the arms: its standard error is 0");
        }
        TDistribution t = new TDistribution(null, df);
        double stat = a.difference() / se;
        double q = t.inverseCumulativeProbability(1 - alpha / 2);
        Map<String, Double> s = a.statistics();
        s.put("t", stat);
        s.put("df", df);
        return new ArmComparison(a.difference(), se, a.difference() - q * se, a.difference() + q * se,
                2 * t.cumulativeProbability(-Math.abs(stat)), s);
    }

    private static ArmComparison normal(double d, double se, double testSe, double alpha, Map<String, Double> s) {
        if (!(se > 0.0)) {
            throw new DesignException("the metric does not vary within the arms: its standard error is 0");
        }
        double q = STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        double p = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(d / testSe));
        return new ArmComparison(d, se, d - q * se, d + q * se, p, s);
    }

    static void requireBinary(double[] values, String arm) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0.0 && values[i] != 1.0) {
                throw new DesignException("a conversion metric is 0 or 1, but the " + arm + " arm has " + values[i]);
            }
        }
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }
}
