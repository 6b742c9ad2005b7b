package causal.design;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Sample size and power of a two-arm experiment, as R's {@code power.prop.test} and {@code power.t.test} compute
 * them (their default {@code strict = FALSE}: only the tail in the direction of the effect counts towards power).
 *
 * <ul>
 *   <li>Two proportions p1 (control) and p2: power = Φ((|p2 − p1| − z·sqrt(p̄q̄(1/n₁ + 1/n₂))) /
 *       sqrt(p1q1/n₁ + p2q2/n₂)), z = Φ⁻¹(1 − α/sides), p̄ the planned pooled proportion; with equal arms this is
 *       exactly {@code power.prop.test}'s formula.</li>
 *   <li>Two means with common sd: power = P(T > t_{1−α/sides, ν} | ν = n₁ + n₂ − 2, ncp = δ / (sd·sqrt(1/n₁ +
 *       1/n₂))) under the noncentral t, exactly {@code power.t.test} for equal arms.</li>
 * </ul>
 * The sample size is the n solving power(n) = target (Brent's method, as R's {@code uniroot}), reported exactly and
 * rounded up. {@code ratio} is treatment units per control unit. For cluster randomization the design effect
 * 1 + (m − 1)·ICC multiplies the sample size (Donner & Klar 2000).
 */
public final class SampleSize {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    /** The effect to detect and how: a change in a proportion or in a mean (with the metric's sd). */
    public sealed interface Metric {
        /** A conversion rate moving from {@code baseline} to {@code baseline + mde}. */
        record Proportion(double baseline, double mde) implements Metric {}

        /** A mean moving by {@code mde}, the metric having standard deviation {@code sd} in each arm. */
        record Mean(double mde, double sd) implements Metric {}
    }

    /** What is planned: significance level, sides (1 or 2), allocation ratio (treatment per control). */
    public record Plan(Metric metric, double alpha, int sides, double ratio) {
        public Plan {
            if (!(alpha > 0.0 && alpha < 1.0)) {
                throw new DesignException("alpha must lie strictly between 0 and 1");
            }
            if (sides != 1 && sides != 2) {
                throw new DesignException("sides is 1 or 2");
            }
            if (!(ratio > 0.0) || Double.isInfinite(ratio)) {
                throw new DesignException("the allocation ratio must be a positive number");
            }
            if (metric instanceof Metric.Proportion p) {
                double p2 = p.baseline() + p.mde();
                if (!(p.baseline() > 0.0 && p.baseline() < 1.0 && p2 > 0.0 && p2 < 1.0)) {
                    throw new DesignException("the baseline and baseline + mde must be proportions strictly between"
                            + " 0 and 1");
                }
                if (p.mde() == 0.0) {
                    throw new DesignException("the mde cannot be 0");
                }
            } else if (metric instanceof Metric.Mean m) {
                if (m.mde() == 0.0 || !(m.sd() > 0.0)) {
                    throw new DesignException("a mean needs a non-zero mde and a positive sd");
                }
            }
        }
    }

    /** The units per arm: exact (as R prints it) and rounded up. */
    public record Result(double exactControl, long control, long treatment, double designEffect) {
        public long total() {
            return control + treatment;
        }
    }

    private SampleSize() {
    }

    /** Power with {@code nControl} control units (and ratio × that many treated). */
    public static double power(Plan plan, double nControl) {
        double n1 = nControl;
        double n2 = plan.ratio() * nControl;
        double tail = plan.alpha() / plan.sides();
        if (plan.metric() instanceof Metric.Proportion p) {
            double p1 = p.baseline();
            double p2 = p.baseline() + p.mde();
            double pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
            double null0 = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
            double alt = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
            double z = STANDARD_NORMAL.inverseCumulativeProbability(1.0 - tail);
            return STANDARD_NORMAL.cumulativeProbability((Math.abs(p2 - p1) - z * null0) / alt);
        }
        Metric.Mean m = (Metric.Mean) plan.metric();
        double df = n1 + n2 - 2.0;
        double ncp = Math.abs(m.mde()) / (m.sd() * Math.sqrt(1 / n1 + 1 / n2));
        double critical = new TDistribution(null, df).inverseCumulativeProbability(1.0 - tail);
        return 1.0 - NoncentralT.cdf(critical, df, ncp);
    }

    /**
     * The control-arm size reaching {@code power}, times the design effect of clusters of {@code clusterSize} units
     * with intra-cluster correlation {@code icc} (pass 1 and 0 for individual randomization).
     */
    public static Result forPower(Plan plan, double power, double clusterSize, double icc) {
        if (!(power > 0.0 && power < 1.0)) {
            throw new DesignException("power must lie strictly between 0 and 1");
        }
        if (power <= plan.alpha() / plan.sides()) {
            throw new DesignException("power must exceed alpha" + (plan.sides() == 2 ? "/2" : ""));
        }
        if (!(clusterSize >= 1.0) || !(icc >= 0.0 && icc <= 1.0)) {
            throw new DesignException("a cluster has at least 1 unit and the ICC lies between 0 and 1");
        }
        UnivariateFunction gap = n -> power(plan, n) - power;
        double low = 2.0;
        double high = 1e4;
        while (gap.value(high) < 0) {
            high *= 10;
            if (high > 1e13) {
                throw new DesignException("the effect is too small to detect with any practical sample size");
            }
        }
        double n = gap.value(low) >= 0 ? low : new BrentSolver(1e-14, 1e-9).solve(1000, gap, low, high);
        double effect = 1.0 + (clusterSize - 1.0) * icc;
        double control = n * effect;
        return new Result(control, (long) Math.ceil(control - 1e-9), (long) Math.ceil(plan.ratio() * control - 1e-9),
                effect);
    }
}
