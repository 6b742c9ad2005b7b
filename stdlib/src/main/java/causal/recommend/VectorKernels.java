package causal.recommend;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The two inner loops of ALS's conjugate gradient passes ({@link GatheredRows}) written with the JDK's vector API:
 * four dot products with one vector, and the sum of four scaled rows. JDK 17's C2 adds doubles one lane at a time
 * in a dot product (the order Java's semantics fix), so the scalar loop is bound by one load per multiply-add; here
 * each load brings four doubles and the lanes are added once at the end (about twice as fast, a different rounding:
 * the results agree with the scalar loops to about 1e-15 relative).
 *
 * <p>Only loaded when the module {@code jdk.incubator.vector} is in the boot layer (the launcher adds it for
 * scripts that fit {@code als} or {@code implicit_als}): referring to this class otherwise fails to link. Always
 * 256-bit vectors (four doubles), so the sums are the same on every machine that has them natively, whatever
 * wider vectors it also has (512-bit ones were no faster here).
 */
final class VectorKernels {
    private static final VectorSpecies<Double> FOUR = DoubleVector.SPECIES_256;

    private VectorKernels() {
    }

    /** Whether this CPU has 256-bit vectors natively (the API would emulate them slowly otherwise). */
    static boolean native256() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= FOUR.vectorBitSize();
    }

    /** Sets {@code dots[g] = y_g · v} over the first k entries, g = 0 … 3. */
    static void dotsOfFour(double[] y0, double[] y1, double[] y2, double[] y3, double[] v, int k, double[] dots) {
        DoubleVector s0 = DoubleVector.zero(FOUR);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int bound = FOUR.loopBound(k);
        int a = 0;
        for (; a < bound; a += FOUR.length()) {
            DoubleVector va = DoubleVector.fromArray(FOUR, v, a);
            s0 = DoubleVector.fromArray(FOUR, y0, a).fma(va, s0);
            s1 = DoubleVector.fromArray(FOUR, y1, a).fma(va, s1);
            s2 = DoubleVector.fromArray(FOUR, y2, a).fma(va, s2);
            s3 = DoubleVector.fromArray(FOUR, y3, a).fma(va, s3);
        }
        dots[0] = s0.reduceLanes(VectorOperators.ADD);
        dots[1] = s1.reduceLanes(VectorOperators.ADD);
        dots[2] = s2.reduceLanes(VectorOperators.ADD);
        dots[3] = s3.reduceLanes(VectorOperators.ADD);
        GatheredRows.addDotsOfFour(y0, y1, y2, y3, v, a, k, dots);
    }

    /** {@code out += z0 y0 + z1 y1 + z2 y2 + z3 y3} over the first k entries. */
    static void addRows(double[] out, double z0, double[] y0, double z1, double[] y1, double z2, double[] y2,
            double z3, double[] y3, int k) {
        int bound = FOUR.loopBound(k);
        int a = 0;
        for (; a < bound; a += FOUR.length()) {
            DoubleVector sum = DoubleVector.fromArray(FOUR, y0, a).mul(z0);
            sum = DoubleVector.fromArray(FOUR, y1, a).fma(DoubleVector.broadcast(FOUR, z1), sum);
            sum = DoubleVector.fromArray(FOUR, y2, a).fma(DoubleVector.broadcast(FOUR, z2), sum);
            sum = DoubleVector.fromArray(FOUR, y3, a).fma(DoubleVector.broadcast(FOUR, z3), sum);
            DoubleVector.fromArray(FOUR, out, a).add(sum).intoArray(out, a);
        }
        GatheredRows.addRows(out, z0, y0, z1, y1, z2, y2, z3, y3, a, k);
    }
}
