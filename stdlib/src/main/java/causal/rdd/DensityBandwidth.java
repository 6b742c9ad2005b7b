package causal.rdd;

import java.util.Arrays;

/**
 * rddensity's bandwidth selection for the density test ({@code rdbwdensity}, unrestricted model, jackknife variance,
 * regularised): normal-reference pilots for the density and for its derivative of order p+1, then the MSE-optimal
 * bandwidth {@code (variance / (2p · bias² · N))^(1/(2p+1))} for the left density, the right density, their
 * difference and their sum, each kept within the data's range and wide enough to hold 20+p+1 rows and 20+p+1
 * distinct values on each side. {@link #comb} is rddensity's default choice from them.
 */
final class DensityBandwidth {
    /** rddensity's pilot constants for orders 1 to 7 (computed there for the uniform kernel, used for every kernel). */
    private static final double[] DERIVATIVE_CONSTANT = {25884.444444494150957, 3430865.4551236177795,
        845007948.04262602329, 330631733667.03808594, 187774809656037.3125, 145729502641999264.0,
        146013502974449876992.0};
    private static final double[] DENSITY_CONSTANT = {4.8000000000000246914, 548.57142857155463389,
        100800.00000020420703, 29558225.458100609481, 12896196859.612621307, 7890871468221.609375,
        6467911284037581.0};

    private final double[] x;
    private final double[] cdf;
    private final int p;
    private final Kernel kernel;
    private final boolean massPoints;
    /** Distances to the cutoff of the rows left of it, nearest first, and of those right of it. */
    private final double[] left;
    private final double[] right;
    private final double[] leftDistinct;
    private final double[] rightDistinct;

    /** {@code x}: sorted and centred at the cutoff. */
    DensityBandwidth(double[] x, double[] cdf, DensityTest.Options options, boolean massPoints) {
        this.x = x;
        this.cdf = cdf;
        this.p = options.order();
        this.kernel = options.kernel();
        this.massPoints = massPoints;
        int zero = 0;
        while (zero < x.length && x[zero] < 0) {
            zero++;
        }
        this.left = new double[zero];
        for (int i = 0; i < zero; i++) {
            left[i] = -x[zero - 1 - i];
        }
        this.right = Arrays.copyOfRange(x, zero, x.length);
        this.leftDistinct = Arrays.stream(left).distinct().toArray();
        this.rightDistinct = Arrays.stream(right).distinct().toArray();
    }

    /** {@code {h_left, h_right}}: on each side the median of that side's, the difference's and the sum's. */
    double[] comb() {
        double[] h = bandwidths();
        return new double[] {median(h[0], h[2], h[3]), median(h[1], h[2], h[3])};
    }

    /** The regularised MSE-optimal bandwidths of the left density, the right density, the difference and the sum. */
    double[] bandwidths() {
        int n = x.length;
        double mean = Arrays.stream(x).average().orElseThrow();
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double z = mean / sd;
        double normal = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double derivativeDensity = 1 / (square(hermite(z, p + 2)) * normal);
        double density = 1 / (square(hermite(z, p)) * normal);
        double bn = Math.pow((2 * p + 1) / 4.0 * derivativeDensity * DERIVATIVE_CONSTANT[p - 1] / n,
                1.0 / (2 * p + 5)) * sd;
        double cn = Math.pow(1.0 / (2 * p) * density * DENSITY_CONSTANT[p - 1] / n, 1.0 / (2 * p + 1)) * sd;
        double range = Math.max(left.length > 0 ? left[left.length - 1] : 0, right[right.length - 1]);
        bn = Math.max(Math.min(bn, range), floor(20 + p + 3));
        cn = Math.max(Math.min(cn, range), floor(20 + p + 1));

        DensityFit derivative = DensityFit.of(x, cdf, bn, bn, p + 2, p + 1, kernel, massPoints);
        DensityFit pilot = DensityFit.of(x, cdf, cn, cn, p, 1, kernel, massPoints);
        double[] variance = {pilot.varianceLeft, pilot.varianceRight, pilot.varianceDifference, pilot.varianceSum};
        double constant = biasConstant();
        double biasLeft = derivative.leftDerivative * constant * (p % 2 == 0 ? 1 : -1);
        double biasRight = derivative.rightDerivative * constant;
        double[] bias = {biasLeft, biasRight, biasRight - biasLeft, biasRight + biasLeft};
        double[] h = new double[4];
        for (int k = 0; k < 4; k++) {
            double v = n * cn * variance[k];
            h[k] = Math.pow(v / (2.0 * p * bias[k] * bias[k] * n), 1.0 / (2 * p + 1));
            if (!(v >= 0) || Double.isNaN(h[k])) {
                h[k] = 0;
            }
        }
        int minimum = 20 + p + 1;
        double leftMin = Math.max(nth(left, minimum), nth(leftDistinct, minimum));
        double rightMin = Math.max(nth(right, minimum), nth(rightDistinct, minimum));
        h[0] = Math.max(Math.min(h[0], left[left.length - 1]), leftMin);
        h[1] = Math.max(Math.min(h[1], right[right.length - 1]), rightMin);
        for (int k = 2; k < 4; k++) {
            h[k] = Math.max(Math.min(h[k], range), Math.max(leftMin, rightMin));
        }
        return h;
    }

    /** The larger of the k-th nearest row and the k-th nearest distinct value on each side (fewer: the farthest). */
    private double floor(int k) {
        return Math.max(Math.max(nth(left, k), nth(right, k)), Math.max(nth(leftDistinct, k), nth(rightDistinct, k)));
    }

    private static double nth(double[] nearestFirst, int k) {
        return nearestFirst[Math.min(k, nearestFirst.length) - 1];
    }

    /**
     * {@code e₁' S⁻¹ C}: S the one-sided kernel moments {@code ∫₀¹ u^(i+j) K}, C those of {@code u^(i+p+1)}; the
     * leading bias of the density estimate per unit of the derivative of order p+1.
     */
    private double biasConstant() {
        int k = p + 1;
        double[] s = new double[k * k];
        double[] c = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                s[i * k + j] = kernel.oneSidedMoment(i + j);
            }
            c[i] = kernel.oneSidedMoment(i + p + 1);
        }
        return SymmetricInverse.times(SymmetricInverse.of(s, k), k, c)[1];
    }

    /** The probabilists' Hermite polynomial {@code He_k(z)}. */
    static double hermite(double z, int k) {
        double previous = 1;
        double current = z;
        if (k == 0) {
            return previous;
        }
        for (int m = 1; m < k; m++) {
            double next = z * current - m * previous;
            previous = current;
            current = next;
        }
        return current;
    }

    private static double square(double v) {
        return v * v;
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
