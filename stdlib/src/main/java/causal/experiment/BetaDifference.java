package causal.experiment;

import causal.inference.BrentRoot;
import causal.inference.SpecialFunctions;
import causal.inference.ZStatistic;

/**
 * The difference D = B − A of independent beta variables A ~ Beta(αa, βa) (control) and B ~ Beta(αb, βb)
 * (treatment): P(B > A), the expected losses E[max(A − B, 0)] and E[max(B − A, 0)], and quantiles of D.
 *
 * <p>P(B > A) is E. Miller's closed form (2015, "Formulas for Bayesian A/B testing", evanmiller.org):
 * Σ_{i=0}^{αb−1} B(αa+i, βa+βb) / ((βb+i)·B(1+i, βb)·B(αa, βa)), each term taken through the log of the beta
 * function so that thousands of conversions neither overflow nor underflow. It needs αb to be a whole number; by
 * symmetry (B > A ⇔ A < B ⇔ 1 − B < 1 − A) a whole αa, βa or βb does as well, and the shortest sum is used. The
 * losses follow from the same sums with E[A·1{A > B}] = E[A]·P(A⁺ > B), A⁺ ~ Beta(αa + 1, βa). With no whole shape
 * parameter, and always for quantiles, the integrals are taken numerically over the normal scores of A
 * (x = F_A⁻¹(Φ(z)), smooth in z even where A's density is infinite), by composite 8-point Gauss–Legendre on
 * {@value #PANELS} panels over |z| ≤ {@value #Z_LIMIT}, which leaves out under 1e-18 of A's mass. The nodes and the
 * quantiles are found by safeguarded Newton steps (each node from the one before): the same numbers as a bracketing
 * search to its 1e-12 tolerance, at a third to a fifth of the evaluations of the beta CDF.
 */
final class BetaDifference {
    private static final int PANELS = 256;
    private static final double Z_LIMIT = 9;
    /** Newton steps before a quantile or a node falls back to a bracketing search. */
    private static final int NEWTON_STEPS = 40;
    private static final double QUANTILE_TOLERANCE = 1e-12;
    private static final double[] GAUSS_NODES = {-0.9602898564975363, -0.7966664774136267, -0.5255324099163290,
            -0.1834346424956498, 0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
    private static final double[] GAUSS_WEIGHTS = {0.1012285362903763, 0.2223810344533745, 0.3137066458778873,
            0.3626837833783620, 0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};

    private final double alphaA;
    private final double betaA;
    private final double alphaB;
    private final double betaB;
    /** Quadrature against A, built on first numeric use. */
    private Quadrature control;

    BetaDifference(double alphaA, double betaA, double alphaB, double betaB) {
        this.alphaA = alphaA;
        this.betaA = betaA;
        this.alphaB = alphaB;
        this.betaB = betaB;
    }

    double meanA() {
        return alphaA / (alphaA + betaA);
    }

    double meanB() {
        return alphaB / (alphaB + betaB);
    }

    double variance() {
        return betaVariance(alphaA, betaA) + betaVariance(alphaB, betaB);
    }

    /** P(B > A). */
    double probabilityBGreater() {
        return greater(alphaA, betaA, alphaB, betaB);
    }

    /** E[max(A − B, 0)]: what choosing B loses in expectation when A is in fact better. */
    double expectedLossOfB() {
        return meanA() * (1 - greater(alphaA + 1, betaA, alphaB, betaB))
                - meanB() * (1 - greater(alphaA, betaA, alphaB + 1, betaB));
    }

    /** E[max(B − A, 0)]. */
    double expectedLossOfA() {
        return meanB() * greater(alphaA, betaA, alphaB + 1, betaB)
                - meanA() * greater(alphaA + 1, betaA, alphaB, betaB);
    }

    /** P(B − A ≤ d) = E[F_B(A + d)]. */
    double cdf(double d) {
        Quadrature control = control();
        double sum = 0;
        for (int k = 0; k < control.weights.length; k++) {
            double x = control.quantiles[k] + d;
            double below = x <= 0 ? 0 : x >= 1 ? 1 : SpecialFunctions.regularizedBeta(x, 1 - x, alphaB, betaB);
            sum += control.weights[k] * below;
        }
        return sum;
    }

    private Quadrature control() {
        if (control == null) {
            control = new Quadrature(alphaA, betaA);
        }
        return control;
    }

    /** The density of B − A at d, E[f_B(A + d)]: the derivative of {@link #cdf}. */
    private double density(double d) {
        Quadrature control = control();
        double logBetaB = SpecialFunctions.logBeta(alphaB, betaB);
        double sum = 0;
        for (int k = 0; k < control.weights.length; k++) {
            sum += control.weights[k] * betaDensity(control.quantiles[k] + d, alphaB, betaB, logBetaB);
        }
        return sum;
    }

    /**
     * The d with P(B − A ≤ d) = p: Newton's method on {@link #cdf} from the normal approximation (the posterior
     * difference is near normal, so a few steps reach 1e-12), kept inside a shrinking bracket within 12 posterior sd
     * of the mean difference, and Brent's method on the bracket should Newton not settle.
     */
    double quantile(double p) {
        double centre = meanB() - meanA();
        double sd = Math.sqrt(variance());
        double low = Math.max(-1, centre - 12 * sd);
        double high = Math.min(1, centre + 12 * sd);
        double guess = centre + sd * ZStatistic.quantile(p);
        double d = Math.min(high, Math.max(low, guess));
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double gap = cdf(d) - p;
            if (gap > 0) {
                high = d;
            } else {
                low = d;
            }
            double slope = density(d);
            double next = d - gap / slope;
            if (!(slope > 0) || !(next > low && next < high)) {
                next = 0.5 * (low + high);
            }
            if (Math.abs(next - d) <= QUANTILE_TOLERANCE) {
                return next;
            }
            d = next;
        }
        // BrentSolver(relative, absolute) of commons-math, used before: its function-value accuracy is 1e-15.
        return BrentRoot.find(x -> cdf(x) - p, low, high,
                new BrentRoot.Tolerance(QUANTILE_TOLERANCE, QUANTILE_TOLERANCE, 1e-15), 200);
    }

    /** P(Y > X) for X ~ Beta(ax, bx) and Y ~ Beta(ay, by), by the shortest applicable closed form. */
    private static double greater(double ax, double bx, double ay, double by) {
        double best = Double.POSITIVE_INFINITY;
        int form = -1;
        double[] terms = {ay, ax, bx, by};
        for (int f = 0; f < terms.length; f++) {
            if (isWhole(terms[f]) && terms[f] < best) {
                best = terms[f];
                form = f;
            }
        }
        return switch (form) {
            case 0 -> millerSum(ax, bx, ay, by);
            case 1 -> 1 - millerSum(ay, by, ax, bx);
            // 1 − X ~ Beta(bx, ax) and 1 − Y ~ Beta(by, ay): Y > X ⇔ 1 − X > 1 − Y.
            case 2 -> millerSum(by, ay, bx, ax);
            case 3 -> 1 - millerSum(bx, ax, by, ay);
            default -> numericGreater(ax, bx, ay, by);
        };
    }

    /** Miller's sum for P(Y > X), ay a whole number. */
    private static double millerSum(double ax, double bx, double ay, double by) {
        double logBetaX = SpecialFunctions.logBeta(ax, bx);
        double sum = 0;
        for (int i = 0; i < ay; i++) {
            sum += Math.exp(SpecialFunctions.logBeta(ax + i, bx + by) - Math.log(by + i)
                    - SpecialFunctions.logBeta(1 + i, by) - logBetaX);
        }
        return sum;
    }

    /** P(Y > X) = E[1 − F_Y(X)]. */
    private static double numericGreater(double ax, double bx, double ay, double by) {
        Quadrature quadrature = new Quadrature(ax, bx);
        double sum = 0;
        for (int k = 0; k < quadrature.weights.length; k++) {
            double q = quadrature.quantiles[k];
            sum += quadrature.weights[k] * (1 - SpecialFunctions.regularizedBeta(q, 1 - q, ay, by));
        }
        return sum;
    }

    private static boolean isWhole(double shape) {
        return shape == Math.rint(shape) && shape < Integer.MAX_VALUE;
    }

    /** The Beta(a, b) density at x, 0 outside (0, 1). */
    private static double betaDensity(double x, double a, double b, double logBeta) {
        if (!(x > 0 && x < 1)) {
            return 0;
        }
        return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
    }

    private static double betaVariance(double a, double b) {
        double s = a + b;
        return a * b / (s * s * (s + 1));
    }

    /** Nodes x_k = F_X⁻¹(Φ(z_k)) and weights w_k·φ(z_k) for expectations over X ~ Beta(a, b). */
    private static final class Quadrature {
        final double[] quantiles;
        final double[] weights;

        Quadrature(double a, double b) {
            double logBeta = SpecialFunctions.logBeta(a, b);
            int nodes = PANELS * GAUSS_NODES.length;
            quantiles = new double[nodes];
            weights = new double[nodes];
            double width = 2 * Z_LIMIT / PANELS;
            double previous = 0;
            for (int panel = 0; panel < PANELS; panel++) {
                for (int k = 0; k < GAUSS_NODES.length; k++) {
                    int at = panel * GAUSS_NODES.length + k;
                    double z = -Z_LIMIT + (panel + 0.5 + 0.5 * GAUSS_NODES[k]) * width;
                    double u = z < 0 ? ZStatistic.cumulative(z)
                            : 1 - ZStatistic.cumulative(-z);
                    previous = inverseCdf(u, a, b, logBeta, previous);
                    quantiles[at] = previous;
                    weights[at] = 0.5 * width * GAUSS_WEIGHTS[k] * ZStatistic.density(z);
                }
            }
        }

        /**
         * F⁻¹(u) of Beta(a, b): Newton's method from the previous node's quantile (the nodes increase, each close to
         * the last), inside the bracket [previous, 1) that shrinks with every step, bisecting when a step would leave
         * it; to the last few ulps, as Commons Math's inversion with accuracy 1e-16 (which searches from scratch and
         * costs ten times the evaluations).
         */
        private static double inverseCdf(double u, double a, double b, double logBeta, double previous) {
            double low = previous;
            double high = 1;
            double x = previous > 0 ? previous : Math.min(0.5, a / (a + b));
            for (int step = 0; step < 200; step++) {
                double gap = SpecialFunctions.regularizedBeta(x, 1 - x, a, b) - u;
                if (gap == 0) {
                    return x;
                }
                if (gap > 0) {
                    high = x;
                } else {
                    low = x;
                }
                double next = x - gap / betaDensity(x, a, b, logBeta);
                if (!(next > low && next < high)) {
                    next = 0.5 * (low + high);
                }
                if (Math.abs(next - x) <= 2 * Math.ulp(x) || high - low <= 2 * Math.ulp(high)) {
                    return next;
                }
                x = next;
            }
            return x;
        }
    }
}
