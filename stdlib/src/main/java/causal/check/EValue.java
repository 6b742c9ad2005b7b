package causal.check;

import static causal.check.Wording.number;

import causal.data.Table;
import causal.estimate.Estimate;
import causal.estimate.EstimationException;
import causal.estimate.OptionException;
import java.util.Objects;

/**
 * The E-value of VanderWeele and Ding (2017, Ann. Intern. Med. 167(4): 268–274): the smallest risk ratio an unobserved
 * confounder would need with both the treatment and the outcome, above the measured covariates, to explain away the
 * estimate, {@code E = RR + sqrt(RR (RR - 1))} for {@code RR ≥ 1} (for {@code RR < 1} the same of {@code 1 / RR}).
 * {@code point} is the E-value of the estimate, {@code interval} that of the confidence limit nearer the null (1 when
 * the interval already includes the null, NaN when no interval was given), as R's {@code EValue::evalues.RR} and its
 * siblings report them. Other measures are first converted to the risk-ratio scale ({@code riskRatio},
 * {@code riskRatioLow}, {@code riskRatioHigh}) as EValue converts them:
 * <ul>
 *   <li>odds ratio: {@code RR ≈ OR} for a rare outcome (under 15%), {@code RR ≈ sqrt(OR)} for a common one
 *       ({@code evalues.OR});</li>
 *   <li>hazard ratio: {@code RR ≈ HR} when rare, {@code RR ≈ (1 - 0.5^sqrt(HR)) / (1 - 0.5^sqrt(1/HR))} when common
 *       ({@code evalues.HR});</li>
 *   <li>a standardized mean difference {@code d} with standard error {@code se}: {@code RR ≈ exp(0.91 d)}, interval
 *       {@code exp(0.91 d ∓ 1.78 se)} (VanderWeele and Ding's approximation, after Chinn 2000, of the odds ratio of
 *       the outcome dichotomised; {@code evalues.MD});</li>
 *   <li>a mean difference of a continuous outcome: {@code d = difference / sd(outcome)}, {@code se / sd(outcome)},
 *       then as above ({@code evalues.OLS} with {@code delta = 1}).</li>
 * </ul>
 */
public record EValue(String measure, double estimate, double riskRatio, double riskRatioLow, double riskRatioHigh,
        double point, double interval, String interpretation) {

    public EValue {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    /** For a risk (or rate) ratio and its confidence limits ({@code EValue::evalues.RR(est, lo, hi)}). */
    public static EValue riskRatio(double rr, double low, double high) {
        return onRiskRatioScale("risk ratio", rr, rr, low, high);
    }

    /** For a risk ratio without an interval ({@code EValue::evalues.RR(est)}); {@code interval} is NaN. */
    public static EValue riskRatio(double rr) {
        return riskRatio(rr, Double.NaN, Double.NaN);
    }

    /** For an odds ratio; {@code rareOutcome}: the outcome occurs in under 15% ({@code evalues.OR(…, rare)}). */
    public static EValue oddsRatio(double or, double low, double high, boolean rareOutcome) {
        checkRatio(or, low, high);
        return rareOutcome
                ? onRiskRatioScale("odds ratio, rare outcome", or, or, low, high)
                : onRiskRatioScale("odds ratio, common outcome", or, Math.sqrt(or), Math.sqrt(low), Math.sqrt(high));
    }

    /** For a hazard ratio; {@code rareOutcome}: the outcome occurs in under 15% ({@code evalues.HR(…, rare)}). */
    public static EValue hazardRatio(double hr, double low, double high, boolean rareOutcome) {
        checkRatio(hr, low, high);
        return rareOutcome
                ? onRiskRatioScale("hazard ratio, rare outcome", hr, hr, low, high)
                : onRiskRatioScale("hazard ratio, common outcome", hr, commonHazardToRisk(hr),
                        commonHazardToRisk(low), commonHazardToRisk(high));
    }

    /** For a standardized mean difference (Cohen's d) and its standard error ({@code evalues.MD(est, se)}). */
    public static EValue standardizedDifference(double d, double se) {
        if (!Double.isFinite(d)) {
            throw new OptionException("estimate", "the standardized difference must be a finite number, not " + d);
        }
        if (!(se > 0) || !Double.isFinite(se)) {
            throw new OptionException("std_error", "the standard error must be a positive number, not " + se);
        }
        // 1.78 = 0.91 × 1.96, as in VanderWeele and Ding (2017) and evalues.MD.
        return onRiskRatioScale("standardized mean difference", d, Math.exp(0.91 * d), Math.exp(0.91 * d - 1.78 * se),
                Math.exp(0.91 * d + 1.78 * se));
    }

    /**
     * For a difference in means of a continuous outcome with standard deviation {@code outcomeSd}: {@code
     * evalues.OLS(est, se, sd = outcomeSd, delta = 1)}.
     */
    public static EValue meanDifference(double difference, double se, double outcomeSd) {
        if (!(outcomeSd > 0) || !Double.isFinite(outcomeSd)) {
            throw new OptionException("sd", "the outcome's standard deviation must be a positive number, not "
                    + outcomeSd);
        }
        EValue standardized = standardizedDifference(difference / outcomeSd, se / outcomeSd);
        return new EValue("mean difference", difference, standardized.riskRatio(), standardized.riskRatioLow(),
                standardized.riskRatioHigh(), standardized.point(), standardized.interval(),
                standardized.interpretation());
    }

    /**
     * For an estimated average effect on a numeric outcome, a difference in means: {@link #meanDifference} with the
     * sample standard deviation (R's {@code sd}) of the outcome in {@code data}. Not modified: data.
     */
    public static EValue of(Estimate estimate, Table data) {
        if (!data.has(estimate.outcome())) {
            throw new EstimationException("there is no column " + estimate.outcome() + " in " + data.source());
        }
        return meanDifference(estimate.value(), estimate.stdError(), ColumnSpread.standardDeviation(data.column(estimate.outcome()), "the e-value"));
    }

    /** {@code RR + sqrt(RR (RR - 1))} of {@code rr} or, below 1, of {@code 1 / rr}. */
    static double ofRiskRatio(double rr) {
        double r = rr < 1 ? 1 / rr : rr;
        return r + Math.sqrt(r * (r - 1));
    }

    private static EValue onRiskRatioScale(String measure, double estimate, double rr, double low, double high) {
        checkRatio(rr, low, high);
        double point = ofRiskRatio(rr);
        double interval = Double.isNaN(low) && Double.isNaN(high) ? Double.NaN
                : rr > 1 ? (low <= 1 ? 1 : ofRiskRatio(low))
                : rr < 1 ? (high >= 1 ? 1 : ofRiskRatio(high))
                : 1;
        return new EValue(measure, estimate, rr, low, high, point, interval, interpret(point, interval));
    }

    private static void checkRatio(double ratio, double low, double high) {
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            throw new OptionException("estimate", "a ratio must be a positive number, not " + ratio);
        }
        boolean noInterval = Double.isNaN(low) && Double.isNaN(high);
        if (!noInterval && !(low > 0 && low <= ratio && ratio <= high)) {
            throw new OptionException("interval", "the confidence limits must be positive and surround the estimate "
                    + ratio + ", not " + low + " and " + high);
        }
    }

    private static double commonHazardToRisk(double hr) {
        return (1 - Math.pow(0.5, Math.sqrt(hr))) / (1 - Math.pow(0.5, Math.sqrt(1 / hr)));
    }

    private static String interpret(double point, double interval) {
        if (point == 1) {
            return "the estimate is at the null: no confounding is needed to explain it away";
        }
        String words = "an unobserved confounder would need a risk ratio of " + number(point)
                + " with both the treatment and the outcome, above the measured covariates, to explain away the estimate";
        if (Double.isNaN(interval)) {
            return words;
        }
        return interval == 1
                ? words + "; the confidence interval already includes the null"
                : words + ", and of " + number(interval) + " to move the confidence interval to include the null";
    }
}
