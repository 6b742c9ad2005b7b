package causal.check;

import static causal.check.Wording.number;
import static causal.check.Wording.percent;

import causal.estimate.OptionException;
import java.util.Objects;

/**
 * The estimate under an unobserved confounder {@code kd} times as strong as the observed covariate {@code benchmark}
 * in explaining the treatment and {@code ky} times in explaining the outcome, Cinelli and Hazlett (2020) section 6.1
 * as R's {@code sensemakr::ovb_bounds}: with {@code r2dxj} the benchmark's partial R² with the treatment given the
 * other covariates and {@code r2yxj} its partial R² with the outcome given the treatment and the other covariates,
 * {@code r2dz = kd r2dxj / (1 - r2dxj)}, {@code r2zxj = kd r2dxj² / ((1 - kd r2dxj)(1 - r2dxj))} and
 * {@code r2yz = ((sqrt(ky) + sqrt(r2zxj)) / sqrt(1 - r2zxj))² r2yxj / (1 - r2yxj)}, capped at 1. The interval is
 * {@code adjustedEstimate ± t_{α/2, dof} adjustedStdError} (sensemakr's {@code qt(alpha / 2, df =
 * model$df.residual)}, although the adjusted standard error itself has dof - 1 degrees of freedom).
 */
public record ConfounderBound(String benchmark, double kd, double ky, double r2dz, double r2yz,
        double adjustedEstimate, double adjustedStdError, double adjustedT, double low, double high,
        String interpretation) {

    public ConfounderBound {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    /** The label sensemakr prints, e.g. {@code 2x female}. */
    public String label() {
        return number(kd) + "x " + benchmark;
    }

    /**
     * The bound for the estimate {@code estimate} with standard error {@code se} and {@code dof} residual degrees
     * of freedom; {@code alpha} sets the interval's level.
     *
     * @throws OptionException when {@code kd} is so large that the confounder would explain all of the treatment
     */
    public static ConfounderBound of(String benchmark, double r2dxj, double r2yxj, double kd, double ky,
            double estimate, double se, int dof, double alpha) {
        RefuterChecks.partialR2(r2dxj, "benchmark partial r² with the treatment", false);
        RefuterChecks.partialR2(r2yxj, "benchmark partial r² with the outcome", false);
        if (!(kd > 0) || !(ky > 0)) {
            throw new OptionException("kd", "the multipliers kd and ky must be greater than 0, not " + kd + " and " + ky);
        }
        double r2dz = kd * r2dxj / (1 - r2dxj);
        double r2zxj = kd * r2dxj * r2dxj / ((1 - kd * r2dxj) * (1 - r2dxj));
        if (!(r2dz < 1) || !(r2zxj < 1) || kd * r2dxj >= 1) {
            throw new OptionException("kd", "a confounder " + number(kd) + " times as strong as " + benchmark
                    + " would explain all of the treatment; try a smaller kd");
        }
        double root = (Math.sqrt(ky) + Math.sqrt(r2zxj)) / Math.sqrt(1 - r2zxj);
        double r2yz = Math.min(1, root * root * r2yxj / (1 - r2yxj));
        double adjusted = OmittedVariableBias.adjustedEstimate(estimate, se, dof, r2dz, r2yz);
        double adjustedSe = OmittedVariableBias.adjustedStdError(se, dof, r2dz, r2yz);
        double margin = OmittedVariableBias.criticalT(alpha, dof) * adjustedSe;
        String words = "a confounder " + number(kd) + "x as strong as " + benchmark + " (explaining "
                + percent(r2dz) + " of the treatment's and " + percent(r2yz)
                + " of the outcome's residual variance) would change the estimate to " + number(adjusted) + " ("
                + Wording.percent(1 - alpha) + " ci " + number(adjusted - margin) + " to " + number(adjusted + margin)
                + ")";
        return new ConfounderBound(benchmark, kd, ky, r2dz, r2yz, adjusted, adjustedSe, adjusted / adjustedSe,
                adjusted - margin, adjusted + margin, words);
    }
}
