package causal.rdd;

import causal.inference.ZStatistic;
import causal.options.OptionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The manipulation test of Cattaneo, Jansson and Ma (2020, "Simple local polynomial density estimators", JASA
 * 115(531); 2018, Stata Journal 18(1)), with the defaults of rddensity 3.0: the density of the running variable is
 * estimated just left and just right of the cutoff by {@link DensityFit} with a polynomial of order q = p + 1 at
 * bandwidths chosen for order p ({@code bwselect = "comb"}: on each side the median of that side's, the
 * difference's and the sum's MSE-optimal bandwidths, with rddensity's regularisation), and the t statistic of their
 * difference uses the jackknife variance. Units that sort themselves to one side of the cutoff leave a jump in the
 * density (McCrary 2008). Not implemented: the restricted model, the plug-in variance, the binomial tests.
 */
public final class DensityTest {

    /**
     * @param order      p, the order for the bandwidth; the test fits order p + 1
     * @param kernel     the kernel of the local fits
     * @param bandwidth  h on both sides; empty means rddensity's "comb" selection
     * @param massPoints correct the distribution function and the jackknife for repeated values of x
     */
    public record Options(int order, Kernel kernel, OptionalDouble bandwidth, boolean massPoints) {
        public static final Options DEFAULTS = new Options(2, Kernel.TRIANGULAR, OptionalDouble.empty(), true);

        /** @throws RegressionDiscontinuityException naming the option that is out of range */
        public Options {
            if (order < 1 || order > 7) {
                throw new RegressionDiscontinuityException("order of the density test must be from 1 to 7, not "
                        + order);
            }
            if (kernel == null) {
                throw new RegressionDiscontinuityException("the density test needs a kernel");
            }
            if (bandwidth.isPresent() && !(bandwidth.getAsDouble() > 0 && Double.isFinite(bandwidth.getAsDouble()))) {
                throw new RegressionDiscontinuityException("bandwidth of the density test must be a positive "
                        + "number, not " + bandwidth.getAsDouble());
            }
        }

        public Options withOrder(int p) {
            return new Options(p, kernel, bandwidth, massPoints);
        }

        public Options withKernel(Kernel k) {
            return new Options(order, k, bandwidth, massPoints);
        }

        public Options withBandwidth(double h) {
            return new Options(order, kernel, OptionalDouble.of(h), massPoints);
        }

        public Options withMassPoints(boolean correct) {
            return new Options(order, kernel, bandwidth, correct);
        }
    }

    /** The options a script may give, with their defaults as a script writes them. */
    public static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec("order", "integer", "2", "p: bandwidths are chosen for order p, the test fits p + 1"),
            new OptionSpec("kernel", "kernel", "triangular", "triangular, uniform or epanechnikov"),
            new OptionSpec("bandwidth", "number", "comb", "h on both sides; by default rddensity's comb selection"),
            new OptionSpec("mass_points", "boolean", "true", "correct for repeated values of the running variable"));

    private DensityTest() {
    }

    /**
     * Tests for a jump of the density of {@code x} at {@code cutoff}. Not modified: x.
     *
     * @throws RegressionDiscontinuityException when x has a missing value, the cutoff is not inside its range, or a
     *                                          side has too few distinct values for the fits
     */
    public static DensityTestResult test(String running, double[] x, double cutoff, Options options) {
        double[] centred = centredSorted(running, x, cutoff);
        int n = centred.length;
        boolean ties = false;
        for (int i = 1; i < n && !ties; i++) {
            ties = centred[i] == centred[i - 1];
        }
        boolean massPoints = ties && options.massPoints();
        double[] cdf = distributionFunction(centred, massPoints);
        double hl;
        double hr;
        if (options.bandwidth().isPresent()) {
            hl = hr = options.bandwidth().getAsDouble();
        } else {
            double[] h = new DensityBandwidth(centred, cdf, options, massPoints).comb();
            hl = h[0];
            hr = h[1];
        }
        int p = options.order();
        DensityFit fit = DensityFit.of(centred, cdf, hl, hr, p + 1, 1, options.kernel(), massPoints);
        double difference = fit.right - fit.left;
        double se = Math.sqrt(fit.varianceDifference);
        double statistic = difference / se;
        double pValue = ZStatistic.pValue(statistic);
        int left = 0;
        while (left < n && centred[left] < 0) {
            left++;
        }
        List<String> notes = new ArrayList<>();
        if (massPoints) {
            notes.add(running + " has repeated values; the density estimates and their standard errors were "
                    + "corrected for them");
        }
        if (!(fit.left > 0 && fit.right > 0)) {
            notes.add("an estimated density is not positive, so the log difference is not defined");
        }
        return new DensityTestResult(running, cutoff, fit.left, fit.right, difference, Math.sqrt(fit.varianceLeft),
                Math.sqrt(fit.varianceRight), se, statistic, pValue, Math.log(fit.right) - Math.log(fit.left), hl, hr,
                left, n - left, fit.rowsLeft, fit.rowsRight, p, options.kernel(),
                options.bandwidth().isPresent() ? "manual" : "comb", notes);
    }

    private static double[] centredSorted(String running, double[] x, double cutoff) {
        if (x.length < 2) {
            throw new RegressionDiscontinuityException(running + " has " + x.length + " row"
                    + (x.length == 1 ? "" : "s") + "; the density test needs observations on both sides");
        }
        double[] sorted = x.clone();
        for (int i = 0; i < sorted.length; i++) {
            if (!Double.isFinite(sorted[i])) {
                throw new RegressionDiscontinuityException(running + " is " + (Double.isNaN(sorted[i]) ? "missing"
                        : sorted[i]) + " in row " + (i + 1) + "; drop or fill such rows before testing");
            }
        }
        Arrays.sort(sorted);
        if (!(cutoff > sorted[0] && cutoff < sorted[sorted.length - 1])) {
            throw new RegressionDiscontinuityException("the cutoff " + Side.format(cutoff) + " is not inside the "
                    + "range of " + running + " (" + Side.format(sorted[0]) + " to "
                    + Side.format(sorted[sorted.length - 1]) + ")");
        }
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] -= cutoff;
        }
        return sorted;
    }

    /** {@code rank/(N-1)}; with mass points every tied row takes the value of the last of them, as rddensity. */
    private static double[] distributionFunction(double[] sorted, boolean massPoints) {
        int n = sorted.length;
        double[] cdf = new double[n];
        for (int i = 0; i < n; i++) {
            cdf[i] = i / (double) (n - 1);
        }
        if (massPoints) {
            for (int i = n - 2; i >= 0; i--) {
                if (sorted[i] == sorted[i + 1]) {
                    cdf[i] = cdf[i + 1];
                }
            }
        }
        return cdf;
    }
}
