package causal.random;

/**
 * A seeded stream of pseudo-random numbers that is the same on every machine, JDK and thread count.
 *
 * <p>The generator is xoshiro256** with its state filled from the seed by SplitMix64, both as published by
 * Blackman and Vigna (2018), "Scrambled linear pseudorandom number generators", and their reference C code at
 * prng.di.unimi.it. It is written out here rather than taken from {@code java.util.random}: the JDK promises the
 * sequence of a seeded {@code L64X128MixRandom} only "in the same program", not across JDK versions.
 *
 * <p>Not thread-safe. Give each task its own {@link #stream(long)}: a child depends only on this source's seed and
 * the id, never on how many numbers were drawn before or in what order children were made.
 */
public final class RandomSource {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private final long seed;
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    public RandomSource(long seed) {
        this.seed = seed;
        long x = seed;
        s0 = mix64(x += GOLDEN_GAMMA);
        s1 = mix64(x += GOLDEN_GAMMA);
        s2 = mix64(x += GOLDEN_GAMMA);
        s3 = mix64(x + GOLDEN_GAMMA);
    }

    /** The seed this source was made from. */
    public long seed() {
        return seed;
    }

    /**
     * A child source for task {@code id} (a model variable, a bootstrap replicate, a chunk of rows): its seed is
     * {@code mix64(mix64(seed) + id)}, so it depends on this source's seed and {@code id} only. Not modified.
     */
    public RandomSource stream(long id) {
        return new RandomSource(mix64(mix64(seed) + id));
    }

    /** The next 64 random bits (xoshiro256**). */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A uniform double in [0, 1): the top 53 bits of {@link #nextLong()} times 2^-53. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /**
     * A bootstrap resample of {@code n} rows: {@code n} row indices drawn uniformly with replacement, in draw order
     * (the resample every bootstrap in the library takes).
     */
    public int[] rowsWithReplacement(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = nextInt(n);
        }
        return rows;
    }

    /**
     * Puts {@code values} in a uniformly random order, in place: Fisher–Yates from the last position down, position
     * {@code i} swapped with one drawn by {@code nextInt(i + 1)} (Knuth's Algorithm P; what the cross-fitting folds and
     * the permutation refuters draw). Modified: values.
     */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** {@code 0 .. n-1} in a uniformly random order: the identity, {@link #shuffle shuffled}. */
    public int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order);
        return order;
    }

    /**
     * A uniform int in [0, bound), without bias: Lemire's multiply-and-reject on the top 32 bits of
     * {@link #nextLong()} (D. Lemire 2019, "Fast random integer generation in an interval", ACM TOMACS 29(1)).
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive but is " + bound);
        }
        long product = (nextLong() >>> 32) * bound;
        long low = product & 0xffffffffL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                product = (nextLong() >>> 32) * bound;
                low = product & 0xffffffffL;
            }
        }
        return (int) (product >>> 32);
    }

    /** The SplitMix64 output function (Steele, Lea and Flood 2014, with Stafford's "Mix13" constants). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
