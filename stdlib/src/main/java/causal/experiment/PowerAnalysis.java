package causal.experiment;

import causal.inference.BrentRoot;
import causal.inference.TStatistic;
import causal.inference.ZStatistic;
import java.util.ArrayList;
import java.util.List;


/**
 * Power and sample size of a two-arm experiment with n₁ control and n₂ = k·n₁ treatment units, d = |mde|,
 * z = Φ⁻¹(1 − α/sides) (sides from {@link Alternative}):
 * <ul>
 *   <li>two proportions p₁ → p₂, p̄ = (p₁ + k·p₂)/(1 + k): power = Φ((d − z·√(p̄q̄(1/n₁ + 1/n₂))) /
 *       √(p₁q₁/n₁ + p₂q₂/n₂)). With k = 1 this is R's {@code power.prop.test} formula exactly, and the sample size
 *       equals its n (10% → 12%, α 0.05, power 0.8: 3840.85, so 3841 per arm);</li>
 *   <li>two means with common sd: power = P(T > t_{1−α/sides, ν}) for T noncentral t with ν = n₁ + n₂ − 2 and
 *       ncp = d / (sd·√(1/n₁ + 1/n₂)), which is R's {@code power.t.test(type = "two.sample")} for k = 1;</li>
 *   <li>ratio metrics: power = Φ(d / √(v/n₁ + v/n₂) − z), v the delta-method variance per unit.</li>
 * </ul>
 * With {@code strict} (two-sided only) the rejections in the other tail are added, as R's {@code strict = TRUE}.
 * Power counts the planned direction: a one-sided plan with a negative mde tests for a decrease. With cluster
 * randomization the units above are effective units: the n needed is multiplied by the design effect.
 *
 * <p>The sample size solves power(n₁) = target by Brent's method to ~1e-10 relative; R's {@code uniroot} stops at
 * its {@code tol = .Machine$double.eps^0.25}, so R's printed n can differ from the exact root in about the 7th digit
 * for small n.
 */
public final class PowerAnalysis {
    private static final double LARGEST_SAMPLE = 1e15;

    private PowerAnalysis() {
    }

    /** The units per arm that reach {@code power} (strictly between 0 and 1). Not modified: {@code plan}. */
    public static SampleSize sampleSize(PowerPlan plan, double power) {
        Checks.openUnit(power, "power");
        double effective = solve(plan, power);
        double designEffect = plan.cluster().designEffect();
        double exactControl = effective * designEffect;
        long control = roundUp(exactControl);
        long treatment = roundUp(exactControl * plan.allocationRatio());
        double m = plan.cluster().meanSize();
        return new SampleSize(exactControl, control, treatment, designEffect, roundUp(control / m),
                roundUp(treatment / m), power, power(plan, control));
    }

    /**
     * The power with {@code control} control units (and allocation ratio × as many treatment units), counting
     * units, not clusters, under cluster randomization.
     */
    public static double power(PowerPlan plan, double control) {
        Checks.positive(control, "the number of control units");
        return effectivePower(plan, control / plan.cluster().designEffect());
    }

    /** Power at each control-arm size, the planned effect fixed. Not modified: {@code controlSizes}. */
    public static List<PowerPoint> powerCurve(PowerPlan plan, double[] controlSizes) {
        List<PowerPoint> points = new ArrayList<>(controlSizes.length);
        for (double n : controlSizes) {
            points.add(new PowerPoint(n, plan.effect().mde(), power(plan, n)));
        }
        return List.copyOf(points);
    }

    /** Power at each effect size, the control-arm size fixed. Not modified: {@code mdes}. */
    public static List<PowerPoint> effectCurve(PowerPlan plan, double control, double[] mdes) {
        List<PowerPoint> points = new ArrayList<>(mdes.length);
        for (double mde : mdes) {
            PowerPlan other = plan.withEffect(plan.effect().withMde(mde));
            points.add(new PowerPoint(control, mde, power(other, control)));
        }
        return List.copyOf(points);
    }

    private static double effectivePower(PowerPlan plan, double n1) {
        double n2 = n1 * plan.allocationRatio();
        int sides = plan.alternative().sides();
        boolean otherTail = plan.strict() && sides == 2;
        Effect effect = plan.effect();
        if (effect instanceof Effect.TwoMeans means) {
            return meansPower(means, plan.alpha() / sides, n1, n2, otherTail);
        }
        double z = ZStatistic.quantile(1 - plan.alpha() / sides);
        double d = Math.abs(effect.mde());
        double nullSe;
        double alternativeSe;
        if (effect instanceof Effect.TwoProportions rates) {
            double p1 = rates.baseline();
            double p2 = rates.treatmentRate();
            double pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
            nullSe = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
            alternativeSe = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        } else {
            double v = ((Effect.RatioMetric) effect).perUnitVariance();
            nullSe = Math.sqrt(v * (1 / n1 + 1 / n2));
            alternativeSe = nullSe;
        }
        double power = ZStatistic.cumulative((d - z * nullSe) / alternativeSe);
        if (otherTail) {
            power += ZStatistic.cumulative((-d - z * nullSe) / alternativeSe);
        }
        return power;
    }

    private static double meansPower(Effect.TwoMeans means, double tailAlpha, double n1, double n2,
                                      boolean otherTail) {
        // R keeps ν positive the same way: nu <- pmax(1e-07, n - 1) * tsample.
        double df = Math.max(1e-7, n1 + n2 - 2);
        double ncp = Math.abs(means.mde()) / (means.sd() * Math.sqrt(1 / n1 + 1 / n2));
        // t_{1−tailAlpha} is the two-sided critical value at 2·tailAlpha.
        double critical = TStatistic.criticalForAlpha(2 * tailAlpha, df);
        double power = NoncentralT.survival(critical, df, ncp);
        if (otherTail) {
            power += NoncentralT.cdf(-critical, df, ncp);
        }
        return power;
    }

    /** The effective control units n₁ with power(n₁) = target; the search starts where R's uniroot does. */
    private static double solve(PowerPlan plan, double target) {
        double low = plan.effect() instanceof Effect.TwoMeans ? 2 : 1;
        if (effectivePower(plan, low) >= target) {
            return low;
        }
        double high = 1e7;
        while (effectivePower(plan, high) < target) {
            high *= 10;
            if (high > LARGEST_SAMPLE) {
                throw new ExperimentException("the effect " + plan.effect().mde()
                        + " is too small to reach power " + target + " with fewer than 1e15 units per arm");
            }
        }
        return BrentRoot.find(n -> effectivePower(plan, n) - target, low, high,
                new BrentRoot.Tolerance(1e-13, 1e-10, 1e-15), 1000);
    }

    private static long roundUp(double units) {
        return (long) Math.ceil(units);
    }
}
