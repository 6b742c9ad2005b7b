package causal.random;

/**
 * Standard normal draws by the ziggurat method, in Doornik's form (J. A. Doornik 2005, "An improved ziggurat method
 * to generate normal random samples", University of Oxford; after Marsaglia and Tsang 2000, J. Stat. Softw. 5(8)),
 * with his 128 blocks and constants. About 99% of draws take one {@link RandomSource#nextLong()} and a multiply;
 * only the rest need {@link StrictMath#exp} or {@link StrictMath#log}, so the tables and every draw are the same on
 * every machine.
 */
final class StandardNormal {
    private static final int BLOCKS = 128;
    /** Where the tail starts. */
    private static final double R = 3.442619855899;
    /** The area of each block: (R φ(R) + P(X ≥ R)) √(2π). */
    private static final double V = 9.91256303526217e-3;
    private static final double[] X = new double[BLOCKS + 1];
    private static final double[] RATIO = new double[BLOCKS];

    static {
        double f = StrictMath.exp(-0.5 * R * R);
        X[0] = V / f;
        X[1] = R;
        for (int i = 2; i < BLOCKS; i++) {
            X[i] = StrictMath.sqrt(-2 * StrictMath.log(V / X[i - 1] + f));
            f = StrictMath.exp(-0.5 * X[i] * X[i]);
        }
        X[BLOCKS] = 0;
        for (int i = 0; i < BLOCKS; i++) {
            RATIO[i] = X[i + 1] / X[i];
        }
    }

    private final RandomSource rng;

    StandardNormal(RandomSource rng) {
        this.rng = rng;
    }

    /** The next draw. */
    double next() {
        while (true) {
            // One 64-bit draw gives both the block (low 7 bits) and the position (top 53 bits), which do not overlap.
            long bits = rng.nextLong();
            int block = (int) bits & (BLOCKS - 1);
            double u = 2 * ((bits >>> 11) * 0x1.0p-53) - 1;
            if (Math.abs(u) < RATIO[block]) {
                return u * X[block];
            }
            if (block == 0) {
                return tail(u < 0);
            }
            double x = u * X[block];
            double f0 = StrictMath.exp(-0.5 * (X[block] * X[block] - x * x));
            double f1 = StrictMath.exp(-0.5 * (X[block + 1] * X[block + 1] - x * x));
            if (f1 + rng.nextDouble() * (f0 - f1) < 1) {
                return x;
            }
        }
    }

    /** Marsaglia's (1964) tail method beyond R; 1 − u lies in (0, 1], so the logarithms are finite. */
    private double tail(boolean negative) {
        double x;
        double y;
        do {
            x = StrictMath.log(1 - rng.nextDouble()) / R;
            y = StrictMath.log(1 - rng.nextDouble());
        } while (-2 * y < x * x);
        return negative ? x - R : R - x;
    }
}
