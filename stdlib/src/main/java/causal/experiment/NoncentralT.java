package causal.experiment;

import causal.inference.SpecialFunctions;
import causal.inference.ZStatistic;

/**
 * The noncentral t distribution's CDF, which Commons Math lacks, by R. V. Lenth's series (1989, "Algorithm AS 243:
 * cumulative distribution function of the non-central t distribution", Applied Statistics 38, 185–189): with
 * x = t²/(t² + ν) and λ = δ², P(T ≤ t) = Φ(−δ) + Σⱼ [pⱼ·I_x(j + ½, ν/2) + qⱼ·I_x(j + 1, ν/2)] / 2, the Poisson
 * weights pⱼ, qⱼ of λ/2 updated by recursion together with the incomplete beta ratios.
 *
 * <p>It follows R's {@code pt(q, df, ncp)} (nmath/pnt.c), including where R leaves the series: for ν > 4·10⁵ or
 * δ² > 2·ln 2·1021 (where e^(−λ/2) underflows) both use Abramowitz and Stegun 26.7.10, a normal approximation.
 */
final class NoncentralT {
    private static final double ERROR_BOUND = 1e-12;
    private static final int MAX_TERMS = 1000;
    private static final double SQRT_TWO_OVER_PI = Math.sqrt(2 / Math.PI);
    /** R's limit −2·ln 2·DBL_MIN_EXP: beyond it e^(−δ²/2) is below the smallest normal double. */
    private static final double LARGEST_SERIES_LAMBDA = 2 * Math.log(2) * 1021;
    private static final double LARGEST_SERIES_DF = 4e5;

    private NoncentralT() {
    }

    /** P(T ≤ t) for T noncentral t with {@code df} > 0 degrees of freedom and noncentrality {@code ncp}. */
    static double cdf(double t, double df, double ncp) {
        // AS 243 needs t ≥ 0; the lower tail at t < 0 is the upper tail at −t with −δ.
        boolean mirrored = t < 0;
        double tt = mirrored ? -t : t;
        double delta = mirrored ? -ncp : ncp;
        double upToTt;
        if (df > LARGEST_SERIES_DF || delta * delta > LARGEST_SERIES_LAMBDA) {
            double s = 1 / (4 * df);
            upToTt = ZStatistic.cumulative((tt * (1 - s) - delta) / Math.sqrt(1 + tt * tt * 2 * s));
        } else {
            upToTt = Math.min(series(tt, df, delta) + ZStatistic.cumulative(-delta), 1);
        }
        return mirrored ? 1 - upToTt : upToTt;
    }

    /** P(T > t) = 1 − P(T ≤ t). */
    static double survival(double t, double df, double ncp) {
        return 1 - cdf(t, df, ncp);
    }

    /** The sum of AS 243 for t ≥ 0, without its Φ(−δ) term. */
    private static double series(double t, double df, double delta) {
        double x = t * t / (t * t + df);
        if (x <= 0) {
            return 0;
        }
        double lambda = delta * delta;
        double p = 0.5 * Math.exp(-0.5 * lambda);
        double q = SQRT_TWO_OVER_PI * p * delta;
        // What is left of the Poisson mass; expm1 keeps it accurate when λ is tiny.
        double remaining = 0.5 - p < 1e-7 ? -0.5 * Math.expm1(-0.5 * lambda) : 0.5 - p;
        double a = 0.5;
        double b = 0.5 * df;
        double oneMinusXToB = Math.pow(1 - x, b);
        double logBeta = SpecialFunctions.logBeta(a, b);
        double xOdd = SpecialFunctions.regularizedBeta(x, 1 - x, a, b);
        double gOdd = 2 * oneMinusXToB * Math.exp(a * Math.log(x) - logBeta);
        double bx = b * x;
        double xEven = bx < Math.ulp(1.0) ? bx : 1 - oneMinusXToB;
        double gEven = bx * oneMinusXToB;
        double sum = p * xOdd + q * xEven;
        for (int j = 1; j <= MAX_TERMS; j++) {
            a += 1;
            xOdd -= gOdd;
            xEven -= gEven;
            gOdd *= x * (a + b - 1) / a;
            gEven *= x * (a + b - 0.5) / (a + 0.5);
            p *= lambda / (2 * j);
            q *= lambda / (2 * j + 1);
            sum += p * xOdd + q * xEven;
            remaining -= p;
            if (remaining <= 0 && j > 1) {
                return sum;
            }
            if (Math.abs(2 * remaining * (xOdd - gOdd)) < ERROR_BOUND) {
                return sum;
            }
        }
        return sum;
    }
}
