package causal.rdd;

/**
 * The bandwidths of a local polynomial RD estimate, the same on both sides of the cutoff: {@code h} for the point
 * estimate (order p) and {@code b} for the bias correction (order q).
 *
 * @param selection {@code "mserd"} when h was chosen by {@link MseOptimalBandwidth}, {@code "manual"} when given
 */
public record Bandwidths(double h, double b, String selection) {
    /** {@code h / b}, rdrobust's {@code rho}. */
    public double ratio() {
        return h / b;
    }
}
