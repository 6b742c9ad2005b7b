package causal.random;

/**
 * log k! and its Stirling correction, for the rejection tests of {@link Binomial} and {@link Poisson}. Below 10 the
 * values are sums of logarithms; from 10 on, Stirling's series to its third term, whose error there is under 1e-10.
 */
final class LogFactorial {
    private static final double HALF_LOG_TWO_PI = 0.5 * StrictMath.log(2 * StrictMath.PI);
    private static final int TABLE_SIZE = 10;
    private static final double[] LOG_FACTORIAL = new double[TABLE_SIZE];
    private static final double[] CORRECTION = new double[TABLE_SIZE];

    static {
        double sum = 0;
        for (int k = 0; k < TABLE_SIZE; k++) {
            if (k > 1) {
                sum += StrictMath.log(k);
            }
            LOG_FACTORIAL[k] = sum;
            CORRECTION[k] = sum - stirling(k);
        }
    }

    private LogFactorial() {
    }

    /** log k! for a whole {@code k >= 0}. */
    static double of(double k) {
        if (k < TABLE_SIZE) {
            return LOG_FACTORIAL[(int) k];
        }
        return stirling(k) + correction(k);
    }

    /**
     * The Stirling correction {@code fc(k) = log k! - ((k + 1/2) log(k + 1) - (k + 1) + log sqrt(2 pi))} of
     * Hörmann (1993), "The generation of binomial random variates", J. Statist. Comput. Simul. 46.
     */
    static double correction(double k) {
        if (k < TABLE_SIZE) {
            return CORRECTION[(int) k];
        }
        double z = k + 1;
        double z2 = z * z;
        return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / z2) / z2) / z;
    }

    private static double stirling(double k) {
        return (k + 0.5) * StrictMath.log(k + 1) - (k + 1) + HALF_LOG_TWO_PI;
    }
}
