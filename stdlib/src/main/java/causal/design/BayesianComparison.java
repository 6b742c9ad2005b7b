package causal.design;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Beta;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bayesian A/B comparisons.
 *
 * <p>Conversion metrics: a beta(a, b) prior per arm, so the posterior of each rate is beta(a + conversions, b +
 * non-conversions). P(treatment better) is exact: for an integer first shape of the treatment posterior, Evan
 * Miller's closed form Σᵢ B(α₀ + i, β₀ + β₁) / ((β₁ + i) B(1 + i, β₁) B(α₀, β₀)) summed in log space; otherwise the
 * integral ∫ f₁(y) F₀(y) dy by Gauss-Legendre quadrature. The expected loss of choosing treatment,
 * E[max(p₀ − p₁, 0)], is ∫ f₁(y) (μ₀ (1 − I_y(α₀ + 1, β₀)) − y (1 − I_y(α₀, β₀))) dy by quadrature (and the same
 * with the arms swapped for control). The estimate is the difference of posterior means; its interval is the
 * normal approximation of the posterior difference (posterior sd as the standard error).
 *
 * <p>Continuous metrics: a flat prior and normal likelihood, so the difference is N(d, se²) with the unpooled
 * se; P(better) = Φ(d / se), expected loss se·φ(d/se) − d·Φ(−d/se).
 */
public final class BayesianComparison {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private BayesianComparison() {
    }

    public static ArmComparison conversion(double[] control, double[] treatment, double priorA, double priorB,
            double alpha) {
        if (!(priorA > 0.0 && priorB > 0.0)) {
            throw new DesignException("a beta prior needs two positive shapes, as in beta(1, 1)");
        }
        TwoArmTests.requireBinary(control, "control");
        TwoArmTests.requireBinary(treatment, "treatment");
        if (control.length == 0 || treatment.length == 0) {
            throw new DesignException("each arm needs at least one row");
        }
        double c0 = sum(control);
        double c1 = sum(treatment);
        double a0 = priorA + c0;
        double b0 = priorB + control.length - c0;
        double a1 = priorA + c1;
        double b1 = priorB + treatment.length - c1;
        double better = probabilityBetter(a0, b0, a1, b1);
        double mean0 = a0 / (a0 + b0);
        double mean1 = a1 / (a1 + b1);
        double sd = Math.sqrt(betaVariance(a0, b0) + betaVariance(a1, b1));
        double q = STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("prob_better", better);
        s.put("expected_loss", expectedLoss(a0, b0, a1, b1));
        s.put("expected_loss_control", expectedLoss(a1, b1, a0, b0));
        s.put("control_rate", c0 / control.length);
        s.put("treatment_rate", c1 / treatment.length);
        s.put("control_n", (double) control.length);
        s.put("treatment_n", (double) treatment.length);
        double d = mean1 - mean0;
        return new ArmComparison(d, sd, d - q * sd, d + q * sd, Double.NaN, s);
    }

    public static ArmComparison continuous(double[] control, double[] treatment, double alpha) {
        TwoArmTests.Arms a = TwoArmTests.Arms.of(control, treatment);
        double d = a.difference();
        double se = a.unpooledSe();
        if (!(se > 0.0)) {
            throw new DesignException("the metric does not vary within the arms: its standard error is 0");
        }
        double z = d / se;
        double q = STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("prob_better", STANDARD_NORMAL.cumulativeProbability(z));
        s.put("expected_loss", se * STANDARD_NORMAL.density(z) - d * STANDARD_NORMAL.cumulativeProbability(-z));
        s.put("expected_loss_control", se * STANDARD_NORMAL.density(z) + d * STANDARD_NORMAL.cumulativeProbability(z));
        s.putAll(a.statistics());
        return new ArmComparison(d, se, d - q * se, d + q * se, Double.NaN, s);
    }

    /** P(p₁ > p₀) for p₀ ~ beta(a0, b0), p₁ ~ beta(a1, b1). */
    static double probabilityBetter(double a0, double b0, double a1, double b1) {
        if (a1 == Math.rint(a1) && a1 <= 1_000_000) {
            double total = 0.0;
            double logBeta0 = Beta.logBeta(a0, b0);
            for (int i = 0; i < (int) a1; i++) {
                total += Math.exp(Beta.logBeta(a0 + i, b0 + b1) - Math.log(b1 + i) - Beta.logBeta(1 + i, b1)
                        - logBeta0);
            }
            return total;
        }
        BetaDistribution f1 = new BetaDistribution(null, a1, b1);
        return integrate(f1, y -> f1.density(y) * Beta.regularizedBeta(y, a0, b0));
    }

    /** E[max(p₀ − p₁, 0)]: what choosing arm 1 loses on average if arm 0 is in fact better. */
    static double expectedLoss(double a0, double b0, double a1, double b1) {
        BetaDistribution f1 = new BetaDistribution(null, a1, b1);
        double mean0 = a0 / (a0 + b0);
        return integrate(f1, y -> f1.density(y) * (mean0 * (1 - Beta.regularizedBeta(y, a0 + 1, b0))
                - y * (1 - Beta.regularizedBeta(y, a0, b0))));
    }

    /** ∫ over the bulk of f's support, split in pieces so the quadrature sees a smooth peak. */
    private static double integrate(BetaDistribution f, org.apache.commons.math3.analysis.UnivariateFunction g) {
        double low = f.inverseCumulativeProbability(1e-15);
        double high = f.inverseCumulativeProbability(1 - 1e-15);
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(32, 1e-12, 1e-16);
        int pieces = 16;
        double total = 0.0;
        for (int k = 0; k < pieces; k++) {
            double from = low + (high - low) * k / pieces;
            double to = low + (high - low) * (k + 1) / pieces;
            total += integrator.integrate(100_000, g, from, to);
        }
        return total;
    }

    private static double betaVariance(double a, double b) {
        return a * b / ((a + b) * (a + b) * (a + b + 1));
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
