package causal.inference;

import java.util.function.DoubleUnaryOperator;

/**
 * A zero of a continuous function by Brent's method (R. P. Brent, "Algorithms for Minimization without
 * Derivatives", 1973, chapter 4): inverse quadratic or linear interpolation while it shrinks the bracket fast
 * enough, bisection when it does not, so it never takes more steps than bisection would by much. The bracket is
 * found as commons-math's {@code BrentSolver} finds it (the midpoint first, then whichever end has the other sign),
 * whose iterates it reproduces: that solver, used here before, pulled some fifty classes compiled for Java 5 into
 * every run with a power analysis, which the JVM's class-data archive cannot hold.
 */
public final class BrentRoot {
    /**
     * When to stop: the bracket narrower than {@code 2 · relative · |x| + absolute} around the estimate x, or
     * {@code |f| ≤ value} at the midpoint or an end before the search starts.
     */
    public record Tolerance(double relative, double absolute, double value) {}

    private BrentRoot() {
    }

    /**
     * An x in {@code [low, high]} with {@code f(x) = 0} to {@code tolerance}, using at most {@code maxEvaluations}
     * evaluations of f.
     *
     * @throws ArithmeticException when {@code low ≥ high}, f has the same sign at the midpoint and both ends, or the
     *     evaluations run out
     */
    public static double find(DoubleUnaryOperator f, double low, double high, Tolerance tolerance,
                              int maxEvaluations) {
        if (!(low < high)) {
            throw new ArithmeticException("the bracket [" + low + ", " + high + "] is empty");
        }
        Evaluations evaluations = new Evaluations(f, maxEvaluations);
        double middle = low + 0.5 * (high - low);
        double fMiddle = evaluations.at(middle);
        if (Math.abs(fMiddle) <= tolerance.value()) {
            return middle;
        }
        double fLow = evaluations.at(low);
        if (Math.abs(fLow) <= tolerance.value()) {
            return low;
        }
        if (fMiddle * fLow < 0) {
            return zero(evaluations, low, middle, fLow, fMiddle, tolerance);
        }
        double fHigh = evaluations.at(high);
        if (Math.abs(fHigh) <= tolerance.value()) {
            return high;
        }
        if (fMiddle * fHigh < 0) {
            return zero(evaluations, middle, high, fMiddle, fHigh, tolerance);
        }
        throw new ArithmeticException("no sign change of the function on [" + low + ", " + high + "]");
    }

    /**
     * Brent's procedure on a bracket: b is the best estimate so far, a the previous one, c the other end of the
     * bracket (f(b) and f(c) of opposite signs); e and d the last two steps.
     */
    private static double zero(Evaluations f, double low, double high, double fLow, double fHigh,
                               Tolerance tolerance) {
        double a = low;
        double fa = fLow;
        double b = high;
        double fb = fHigh;
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        while (true) {
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * tolerance.relative() * Math.abs(b) + tolerance.absolute();
            double m = 0.5 * (c - b);
            // f(b) within one ulp of 0 counts as 0, as commons-math's Precision.equals(fb, 0) has it.
            if (Math.abs(m) <= tol || Math.abs(fb) <= Double.MIN_VALUE) {
                return b;
            }
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = d;
            } else {
                double s = fb / fa;
                double p;
                double q;
                // a == c exactly, as Brent has it: then only two points are distinct, so interpolate linearly.
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    q = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * q * (q - r) - (b - a) * (r - 1));
                    q = (q - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                double previous = e;
                e = d;
                boolean accepted = p < 1.5 * m * q - Math.abs(tol * q) && p < Math.abs(0.5 * previous * q);
                if (accepted) {
                    d = p / q;
                } else {
                    d = m;
                    e = d;
                }
            }
            a = b;
            fa = fb;
            if (Math.abs(d) > tol) {
                b += d;
            } else {
                b += m > 0 ? tol : -tol;
            }
            fb = f.at(b);
            if ((fb > 0 && fc > 0) || (fb <= 0 && fc <= 0)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
        }
    }

    /** f, counting its evaluations against a budget. */
    private static final class Evaluations {
        private final DoubleUnaryOperator f;
        private final int budget;
        private int used;

        Evaluations(DoubleUnaryOperator f, int budget) {
            this.f = f;
            this.budget = budget;
        }

        double at(double x) {
            if (++used > budget) {
                throw new ArithmeticException("no zero within " + budget + " evaluations");
            }
            return f.applyAsDouble(x);
        }
    }
}
