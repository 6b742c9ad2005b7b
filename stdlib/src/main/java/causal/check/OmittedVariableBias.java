package causal.check;

import causal.estimate.OptionException;
import causal.inference.TStatistic;

/**
 * The omitted-variable-bias formulas of Cinelli and Hazlett (2020), "Making sense of sensitivity: extending omitted
 * variable bias", J. R. Stat. Soc. B 82(1): 39–67, for the coefficient of a treatment D in an OLS regression of Y on D
 * and covariates X with {@code dof} residual degrees of freedom, written as R's {@code sensemakr} computes them. An
 * unobserved confounder Z is described by its partial R² with the treatment given X ({@code r2dz}, R²_{D~Z|X}) and
 * with the outcome given D and X ({@code r2yz}, R²_{Y~Z|D,X}).
 */
public final class OmittedVariableBias {
    private OmittedVariableBias() {
    }

    /** The treatment's partial R² with the outcome, {@code R²_{Y~D|X} = t² / (t² + dof)} (sensemakr::partial_r2). */
    public static double partialR2(double t, int dof) {
        return t * t / (t * t + dof);
    }

    /** The partial Cohen's f², {@code t² / dof} (sensemakr::partial_f2). */
    public static double partialF2(double t, int dof) {
        return t * t / dof;
    }

    /**
     * The robustness value {@code RV_{q,α}}: the partial R² a confounder would need with both treatment and outcome
     * to reduce the estimate by {@code 100 q}% ({@code alpha = 1}), or to make that reduced estimate not significant
     * at level {@code alpha}. With {@code f_q = q |t| / sqrt(dof)} and {@code f* = |t_{α/2, dof-1}| / sqrt(dof - 1)},
     * {@code f = f_q - f*}: 0 when {@code f < 0}; {@code (f_q² - f*²) / (1 + f_q²)} when {@code f_q > 1 / f*} (the
     * constraint {@code R²_{Y~Z|D,X} ≤ 1} binds); else {@code (sqrt(f⁴ + 4 f²) - f²) / 2} (Cinelli and Hazlett eq. 18
     * and 19; sensemakr::robustness_value).
     */
    public static double robustnessValue(double t, int dof, double q, double alpha) {
        checkDof(dof);
        if (!(q > 0)) {
            throw new OptionException("q", "q must be greater than 0, not " + q);
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new OptionException("alpha", "alpha must lie in (0, 1], not " + alpha);
        }
        double fq = q * Math.abs(t) / Math.sqrt(dof);
        double critical = alpha == 1 ? 0 : criticalT(alpha, dof - 1) / Math.sqrt(dof - 1);
        double f = fq - critical;
        if (f < 0) {
            return 0;
        }
        if (critical > 0 && fq > 1 / critical) {
            return (fq * fq - critical * critical) / (1 + fq * fq);
        }
        return 0.5 * (Math.sqrt(f * f * f * f + 4 * f * f) - f * f);
    }

    /** The size of the bias, {@code se sqrt(dof r2yz r2dz / (1 - r2dz))} (Cinelli and Hazlett eq. 14; sensemakr::bias). */
    public static double bias(double se, int dof, double r2dz, double r2yz) {
        checkStrength(r2dz, r2yz);
        return se * Math.sqrt(dof * r2yz * r2dz / (1 - r2dz));
    }

    /** The estimate moved towards 0 by the bias, {@code sign(b) (|b| - bias)} (sensemakr::adjusted_estimate). */
    public static double adjustedEstimate(double estimate, double se, int dof, double r2dz, double r2yz) {
        return Math.signum(estimate) * (Math.abs(estimate) - bias(se, dof, r2dz, r2yz));
    }

    /** {@code se sqrt((1 - r2yz) / (1 - r2dz)) sqrt(dof / (dof - 1))} (sensemakr::adjusted_se). */
    public static double adjustedStdError(double se, int dof, double r2dz, double r2yz) {
        checkStrength(r2dz, r2yz);
        checkDof(dof);
        return se * Math.sqrt((1 - r2yz) / (1 - r2dz)) * Math.sqrt(dof / (dof - 1.0));
    }

    /** The adjusted estimate over the adjusted standard error (sensemakr::adjusted_t with h0 = 0). */
    public static double adjustedT(double estimate, double se, int dof, double r2dz, double r2yz) {
        return adjustedEstimate(estimate, se, dof, r2dz, r2yz) / adjustedStdError(se, dof, r2dz, r2yz);
    }

    /** {@code |t|} with two-sided tail {@code alpha}: R's {@code abs(qt(alpha / 2, df))}. */
    static double criticalT(double alpha, int df) {
        return TStatistic.criticalForAlpha(alpha, df);
    }

    private static void checkStrength(double r2dz, double r2yz) {
        RefuterChecks.partialR2(r2dz, "on_treatment", false);
        RefuterChecks.partialR2(r2yz, "on_outcome", true);
    }

    private static void checkDof(int dof) {
        if (dof < 2) {
            throw new OptionException("dof", "the regression needs at least 2 residual degrees of freedom, not " + dof);
        }
    }
}
