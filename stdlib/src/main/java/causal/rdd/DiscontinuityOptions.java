package causal.rdd;

import causal.options.OptionSpec;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How {@link RegressionDiscontinuity} estimates a jump; the defaults are rdrobust's.
 *
 * @param order           p, the order of the local polynomial for the point estimate
 * @param biasOrder       q, the order for the bias correction; empty means p + 1
 * @param kernel          the kernel weighting rows by their distance to the cutoff
 * @param bandwidth       h; empty means MSE-optimal (mserd)
 * @param biasBandwidth   b; empty means the selector's b when h is selected, h itself when h is given
 * @param variance        the residuals of the sandwich variance
 * @param neighbours      the neighbours of the nearest-neighbour variance
 * @param confidenceLevel the level of both intervals
 * @param massPoints      adjust the bandwidth selector for repeated values of x, as rdrobust's
 *                        {@code masspoints = "adjust"}
 */
public record DiscontinuityOptions(int order, OptionalInt biasOrder, Kernel kernel, OptionalDouble bandwidth,
        OptionalDouble biasBandwidth, VarianceEstimator variance, int neighbours, double confidenceLevel,
        boolean massPoints) {
    public static final DiscontinuityOptions DEFAULTS = new DiscontinuityOptions(1, OptionalInt.empty(),
            Kernel.TRIANGULAR, OptionalDouble.empty(), OptionalDouble.empty(), VarianceEstimator.NEAREST_NEIGHBOUR, 3,
            0.95, true);

    /** The options a script may give, with their defaults as a script writes them. */
    public static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec("bandwidth", "number", "mserd", "h, the bandwidth of the point estimate; by default "
                    + "the MSE-optimal common bandwidth of rdrobust (mserd)"),
            new OptionSpec("bias_bandwidth", "number", "mserd",
                    "b, the bandwidth of the bias correction; by default the selector's b, or h when h is given"),
            new OptionSpec("kernel", "kernel", "triangular", "triangular, uniform or epanechnikov"),
            new OptionSpec("order", "integer", "1", "p, the order of the local polynomial (1: local linear)"),
            new OptionSpec("bias_order", "integer", "order + 1", "q, the order of the bias-correction polynomial"),
            new OptionSpec("vce", "vce", "nn",
                    "variance: nn (nearest neighbours, rdrobust's default), hc0, hc1, hc2 or hc3"),
            new OptionSpec("neighbours", "integer", "3", "neighbours of the nn variance"),
            new OptionSpec("level", "number", "0.95", "confidence level of the intervals"),
            new OptionSpec("mass_points", "boolean", "true",
                    "adjust the bandwidth selector for repeated values of the running variable"));

    /** @throws RegressionDiscontinuityException naming the option that is out of range */
    public DiscontinuityOptions {
        if (order < 0 || order > 10) {
            throw new RegressionDiscontinuityException("order must be a whole number from 0 to 10, not " + order);
        }
        if (biasOrder.isPresent() && (biasOrder.getAsInt() <= order || biasOrder.getAsInt() > 11)) {
            throw new RegressionDiscontinuityException("bias_order must be greater than order (" + order
                    + ") and at most 11, not " + biasOrder.getAsInt());
        }
        if (kernel == null || variance == null) {
            throw new RegressionDiscontinuityException("kernel and vce must be given");
        }
        requirePositive(bandwidth, "bandwidth");
        requirePositive(biasBandwidth, "bias_bandwidth");
        if (neighbours < 1) {
            throw new RegressionDiscontinuityException("neighbours must be at least 1, not " + neighbours);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new RegressionDiscontinuityException("level must be between 0 and 1, not " + confidenceLevel);
        }
    }

    private static void requirePositive(OptionalDouble value, String name) {
        if (value.isPresent() && !(value.getAsDouble() > 0 && Double.isFinite(value.getAsDouble()))) {
            throw new RegressionDiscontinuityException(name + " must be a positive number, not "
                    + value.getAsDouble());
        }
    }

    /** q: the bias order given, else p + 1. */
    public int biasOrderOrDefault() {
        return biasOrder.orElse(order + 1);
    }

    public DiscontinuityOptions withOrder(int p) {
        return new DiscontinuityOptions(p, biasOrder, kernel, bandwidth, biasBandwidth, variance, neighbours,
                confidenceLevel, massPoints);
    }

    public DiscontinuityOptions withBiasOrder(int q) {
        return new DiscontinuityOptions(order, OptionalInt.of(q), kernel, bandwidth, biasBandwidth, variance,
                neighbours, confidenceLevel, massPoints);
    }

    public DiscontinuityOptions withKernel(Kernel k) {
        return new DiscontinuityOptions(order, biasOrder, k, bandwidth, biasBandwidth, variance, neighbours,
                confidenceLevel, massPoints);
    }

    public DiscontinuityOptions withBandwidth(double h) {
        return new DiscontinuityOptions(order, biasOrder, kernel, OptionalDouble.of(h), biasBandwidth, variance,
                neighbours, confidenceLevel, massPoints);
    }

    public DiscontinuityOptions withBiasBandwidth(double b) {
        return new DiscontinuityOptions(order, biasOrder, kernel, bandwidth, OptionalDouble.of(b), variance, neighbours,
                confidenceLevel, massPoints);
    }

    public DiscontinuityOptions withVariance(VarianceEstimator v) {
        return new DiscontinuityOptions(order, biasOrder, kernel, bandwidth, biasBandwidth, v, neighbours,
                confidenceLevel, massPoints);
    }

    public DiscontinuityOptions withNeighbours(int n) {
        return new DiscontinuityOptions(order, biasOrder, kernel, bandwidth, biasBandwidth, variance, n,
                confidenceLevel, massPoints);
    }

    public DiscontinuityOptions withConfidenceLevel(double level) {
        return new DiscontinuityOptions(order, biasOrder, kernel, bandwidth, biasBandwidth, variance, neighbours, level,
                massPoints);
    }

    public DiscontinuityOptions withMassPoints(boolean adjust) {
        return new DiscontinuityOptions(order, biasOrder, kernel, bandwidth, biasBandwidth, variance, neighbours,
                confidenceLevel, adjust);
    }
}
