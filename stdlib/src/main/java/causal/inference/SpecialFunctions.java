package causal.inference;

import java.util.function.DoubleUnaryOperator;

/**
 * The special functions behind the t and normal tails and quantiles: log-gamma, log-beta, the regularized incomplete
 * beta and gamma functions and erfc, in double precision on {@link Math} alone.
 *
 * <p>Why not commons-math's: its versions load about 50 classes compiled for Java 5, which the JVM's class-data
 * archive cannot hold, and fill FastMath's tables through their old verifier, 35-60 ms of every run that prints a
 * confidence interval (examples/jobs 0.55 -> 0.49 s, bench/results/startup.md). The methods are the textbook ones:
 * Stirling's series with the argument shifted past 15, the continued fractions of Numerical Recipes (§6.2, §6.4) by
 * the modified Lentz method, and Cody's split of {@code exp(-x²)}. Tests hold them to R's {@code pt}, {@code qt},
 * {@code pnorm}, {@code qnorm}, {@code pchisq} and to commons-math over grids (about 1e-14 relative).
 */
public final class SpecialFunctions {
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double EPSILON = 0x1p-53;
    /** A continued fraction's factor this close to 1 no longer moves its double-double value's leading double. */
    private static final double CONVERGED = 0x1p-80;
    /**
     * From this a on (the fraction's first shape parameter, after the swap to the side where it converges), the beta
     * continued fraction runs in double-double. Its recurrence cancels more as a grows, whatever b: over 200,000
     * random (a, b, x) within 5 sd of the mean, plain doubles stayed within 3.6e-14 of the double-double value for
     * a below 256, 5.2e-13 below 2^12, but 1e-11 below 2^16 and 1.4e-10 beyond (3e-10 for a t tail on 1e7 degrees
     * of freedom). Double-double costs 5 to 7 times as much, which the many tails of a Bayesian interval (2,048
     * quadrature nodes per evaluation) or a quantile feel (bench/results/startup.md, "Afternoon of 2026-12-04").
     */
    private static final double DOUBLE_DOUBLE_FROM = 0x1p12;
    private static final double TINY = 1e-300;
    /** Where Stirling's series alone reaches full precision with the seven terms of {@link #stirlingRemainder}. */
    private static final double STIRLING_FROM = 15;

    private SpecialFunctions() {
    }

    /** {@code ln Γ(x)} for {@code x > 0}; NaN otherwise. */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x >= STIRLING_FROM) {
            return stirling(x);
        }
        // Γ(x) = Γ(x + n) / (x (x+1) … (x+n-1)): the product of at most 15 factors below 15 cannot overflow.
        double product = 1;
        double shifted = x;
        while (shifted < STIRLING_FROM) {
            product *= shifted;
            shifted += 1;
        }
        return stirling(shifted) - Math.log(product);
    }

    /** {@code ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)} for positive {@code a}, {@code b}. */
    public static double logBeta(double a, double b) {
        double small = Math.min(a, b);
        double large = Math.max(a, b);
        if (!(small > 0)) {
            return Double.NaN;
        }
        if (large < STIRLING_FROM) {
            return logGamma(small) + logGamma(large) - logGamma(a + b);
        }
        // ln Γ(large) − ln Γ(large + small) by Stirling's series term by term: the two are each far larger than their
        // difference (ln Γ(5e6) ≈ 7e7 against a difference of about 8 for t tests on 10M rows).
        double sum = large + small;
        double difference = (large - 0.5) * Math.log1p(-small / sum) - small * Math.log(sum) + small
                + stirlingRemainder(large) - stirlingRemainder(sum);
        return logGamma(small) + difference;
    }

    /**
     * The regularized incomplete beta function {@code I_x(a, b)}, given {@code x} and {@code y = 1 − x} (each computed
     * directly by the caller: {@code 1 − x} by subtraction would lose the digits of the upper tail).
     */
    public static double regularizedBeta(double x, double y, double a, double b) {
        if (Double.isNaN(x) || Double.isNaN(y) || !(a > 0) || !(b > 0)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 0;
        }
        if (y <= 0) {
            return 1;
        }
        // The continued fraction converges quickly below the mean; above it, I_x(a, b) = 1 − I_y(b, a).
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - regularizedBeta(y, x, b, a);
        }
        double logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
        double logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
        double front = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
        if (a < DOUBLE_DOUBLE_FROM) {
            return front * betaContinuedFraction(x, a, b);
        }
        // x to 106 bits: near 1 it is 1 − y, where y carries the digits.
        return front * extendedBetaContinuedFraction(x <= 0.5 ? new DoubleDouble(x) : DoubleDouble.sum(1, -y), a, b);
    }

    /** The regularized lower incomplete gamma function {@code P(a, x)}, for {@code a > 0}, {@code x ≥ 0}. */
    public static double regularizedGammaP(double a, double x) {
        if (Double.isNaN(x) || !(a > 0) || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return 0;
        }
        if (x < a + 1) {
            return gammaSeries(a, x) * gammaFront(a, x);
        }
        return 1 - gammaContinuedFraction(a, x) * gammaFront(a, x);
    }

    /** The regularized upper incomplete gamma function {@code Q(a, x) = 1 − P(a, x)}, accurate in the upper tail. */
    public static double regularizedGammaQ(double a, double x) {
        if (Double.isNaN(x) || !(a > 0) || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return 1;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (x < a + 1) {
            return 1 - gammaSeries(a, x) * gammaFront(a, x);
        }
        return gammaContinuedFraction(a, x) * gammaFront(a, x);
    }

    /** {@code erfc(x) = 1 − erf(x) = Q(1/2, x²)}, with full relative precision far into the upper tail. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x < 0 ? 2 - gaussianTail(-x, 1, SQRT_PI) : gaussianTail(x, 1, SQRT_PI);
    }

    /**
     * The standard normal upper tail {@code 1 − Φ(z) = erfc(z/√2)/2}, without rounding {@code z/√2} first: that
     * rounding alone costs {@code z²·2^-53} of relative error (1e-13 at z = 30), R's {@code pnorm} none.
     */
    public static double normalUpperTail(double z) {
        if (Double.isNaN(z)) {
            return z;
        }
        return z < 0 ? 1 - gaussianTail(-z, 0.5, SQRT_2PI) / 2 : gaussianTail(z, 0.5, SQRT_2PI) / 2;
    }

    /**
     * {@code Q(1/2, s·v²) = erfc(v·√s)} for {@code v ≥ 0}, given {@code root = √(π/s)}: {@code v e^(−s·v²)/root}
     * times the continued fraction, or 1 − the same front times the series near 0; 0 below the smallest subnormal.
     */
    private static double gaussianTail(double v, double scale, double root) {
        double w = scale * v * v;
        if (w > 746) {
            return 0;
        }
        return halfGammaQ(w, gaussian(v, scale) * v / root);
    }

    /** {@code Q(1/2, w)} given its front factor {@code w^(1/2) e^(−w) / Γ(1/2)}. */
    private static double halfGammaQ(double w, double front) {
        return w < 1.5 ? 1 - gammaSeries(0.5, w) * front : gammaContinuedFraction(0.5, w) * front;
    }

    /**
     * {@code exp(−scale·x²)} with {@code x²} split as Cody does ({@code x = high + low}, {@code high} a multiple of
     * 1/16 whose square is exact), so the rounding of {@code x²} does not reach the exponential.
     */
    private static double gaussian(double x, double scale) {
        double high = Math.floor(x * 16) / 16;
        return Math.exp(-scale * high * high) * Math.exp(-scale * (x - high) * (x + high));
    }

    /** Lentz's guard: a denominator of the continued fraction that reaches 0 is replaced by a tiny number. */
    private static double awayFromZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    /** As {@link #awayFromZero(double)}, in place. */
    private static DoubleDouble awayFromZero(DoubleDouble v) {
        return Math.abs(v.hi()) < TINY ? v.set(TINY) : v;
    }

    /**
     * The quantile of a distribution symmetric about 0 at {@code p}, from its upper-tail quantile
     * {@code upper(q) = x with P(X > x) = q} for {@code 0 < q < 1/2}: solved on the smaller tail, whose probability
     * {@code min(p, 1 − p)} is exact. ±∞ at 0 and 1, NaN outside [0, 1].
     */
    static double symmetricQuantile(double p, DoubleUnaryOperator upper) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            return Double.NaN;
        }
        if (p == 0.5) {
            return 0;
        }
        double tail = p < 0.5 ? p : 1 - p;
        double x = tail == 0 ? Double.POSITIVE_INFINITY : upper.applyAsDouble(tail);
        return p < 0.5 ? -x : x;
    }

    /** Stirling's series for {@code ln Γ(x)}, {@code x ≥ 15}. */
    private static double stirling(double x) {
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingRemainder(x);
    }

    /**
     * {@code ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π) = Σ B₂ₖ / (2k (2k−1) x^(2k−1))}, seven terms: the eighth is below
     * 2^-53 of the first for {@code x ≥ 15}.
     */
    private static double stirlingRemainder(double x) {
        double inverse = 1 / x;
        double square = inverse * inverse;
        return inverse * (1.0 / 12 + square * (-1.0 / 360 + square * (1.0 / 1260 + square * (-1.0 / 1680
                + square * (1.0 / 1188 + square * (-691.0 / 360360 + square * (1.0 / 156)))))));
    }

    /** {@code x^a e^(−x) / Γ(a)}. */
    private static double gammaFront(double a, double x) {
        double logGammaA = a == 0.5 ? LOG_SQRT_PI : logGamma(a);
        return Math.exp(a * Math.log(x) - x - logGammaA);
    }

    /** {@code Σ xⁿ / (a (a+1) … (a+n))}: {@code P(a, x) = gammaFront · series}, for {@code x < a + 1}. */
    private static double gammaSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < 100_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum;
    }

    /**
     * {@code Q(a, x) / gammaFront}, Legendre's continued fraction, for {@code x ≥ a + 1}, by the modified Lentz method
     * in plain doubles: unlike the beta fraction's, its recurrence keeps full precision (within 2.4e-15 of the
     * double-double value for a from 5 to 5e6).
     */
    private static double gammaContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        Lentz fraction = new Lentz(1 / TINY, 1 / b);
        for (int i = 1; i < 100_000; i++) {
            b += 2;
            if (Math.abs(fraction.next(-i * (i - a), b) - 1) < EPSILON) {
                break;
            }
        }
        return fraction.value;
    }

    /** The continued fraction of {@code I_x(a, b)}, for {@code x ≤ (a + 1) / (a + b + 2)}, in plain doubles. */
    private static double betaContinuedFraction(double x, double a, double b) {
        double sum = a + b;
        double above = a + 1;
        double below = a - 1;
        Lentz fraction = new Lentz(1, 1 / awayFromZero(1 - sum * x / above));
        int limit = 10_000 + (int) Math.min(1e8, 100 * Math.sqrt(Math.max(a, b)));
        for (int m = 1; m < limit; m++) {
            int m2 = 2 * m;
            fraction.next(m * (b - m) * x / ((below + m2) * (a + m2)), 1);
            double delta = fraction.next(-(a + m) * (sum + m) * x / ((a + m2) * (above + m2)), 1);
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return fraction.value;
    }

    /** {@link #betaContinuedFraction} in double-double, for large {@code a + b}. */
    private static double extendedBetaContinuedFraction(DoubleDouble x, double a, double b) {
        DoubleDouble sum = DoubleDouble.sum(a, b);
        DoubleDouble above = DoubleDouble.sum(a, 1);
        DoubleDouble below = DoubleDouble.sum(a, -1);
        DoubleDouble first = new DoubleDouble(0).set(sum).multiply(x).divideBy(above).negate().add(1);
        ExtendedLentz fraction = new ExtendedLentz(new DoubleDouble(1), awayFromZero(first).invert());
        DoubleDouble term = new DoubleDouble(0);
        DoubleDouble factor = new DoubleDouble(0);
        DoubleDouble denominator = new DoubleDouble(0);
        int limit = 10_000 + (int) Math.min(1e8, 100 * Math.sqrt(Math.max(a, b)));
        for (int m = 1; m < limit; m++) {
            int m2 = 2 * m;
            // (b − m) m x / ((a − 1 + 2m)(a + 2m))
            term.setSum(b, -m).multiply(m).multiply(x);
            denominator.set(below).add(m2).multiply(factor.setSum(a, m2));
            fraction.next(term.divideBy(denominator));
            // −(a + m)(a + b + m) x / ((a + 2m)(a + 1 + 2m))
            term.setSum(a, m).multiply(factor.set(sum).add(m)).multiply(x);
            denominator.setSum(a, m2).multiply(factor.set(above).add(m2));
            if (fraction.next(term.divideBy(denominator).negate())) {
                break;
            }
        }
        return fraction.value.doubleValue();
    }

    /** The modified Lentz method's state for a continued fraction {@code … + aₙ/(bₙ + …)}. */
    private static final class Lentz {
        private double c;
        private double d;
        private double value;

        Lentz(double c, double d) {
            this.c = c;
            this.d = d;
            this.value = d;
        }

        /** Takes in the next term {@code a/(b + …)}; returns the factor the value changed by. */
        double next(double a, double b) {
            d = 1 / awayFromZero(a * d + b);
            c = awayFromZero(b + a / c);
            double delta = d * c;
            value *= delta;
            return delta;
        }
    }

    /** {@link Lentz} in double-double, updated in place. */
    private static final class ExtendedLentz {
        private final DoubleDouble c;
        private final DoubleDouble d;
        private final DoubleDouble value;
        private final DoubleDouble scratch = new DoubleDouble(0);

        ExtendedLentz(DoubleDouble c, DoubleDouble d) {
            this.c = c;
            this.d = d;
            this.value = new DoubleDouble(0).set(d);
        }

        /** Takes in the next term {@code a/(1 + …)} (the beta fraction's); whether the value has stopped changing. */
        boolean next(DoubleDouble a) {
            awayFromZero(d.multiply(a).add(1)).invert();
            awayFromZero(c.set(scratch.set(a).divideBy(c)).add(1));
            DoubleDouble delta = scratch.set(d).multiply(c);
            value.multiply(delta);
            return Math.abs(delta.hi() - 1) + Math.abs(delta.lo()) < CONVERGED;
        }
    }
}
