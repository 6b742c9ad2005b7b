package causal.learn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link CrossProductKernel}'s loops written with the JDK's vector API: the same 3 x 3 tiles, each of the nine sums
 * held in a vector of several rows' products, so that one load brings four (256-bit vectors) or eight (512-bit)
 * rows of a column and one fused multiply-add as many products. JDK 17's C2 adds a sum's doubles one at a time (the
 * order Java fixes), which bounds the scalar loops by the additions; here the lanes are added once a chunk. The
 * sums agree with the scalar loops to about 1e-15 relative (another order of the same additions); on one machine
 * they are the same for every thread count.
 *
 * <p>Only loaded when the module {@code jdk.incubator.vector} is in the boot layer (the launcher adds it for
 * scripts on large data and those that fit als): referring to this class otherwise fails to link. The JDK's preferred width: on this
 * project's machine (AVX-512) eight doubles halve the kernels' time against four, so the last bits of a sum depend
 * on the machine's vector width.
 */
public final class VectorCrossProducts {
    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_PREFERRED;

    private VectorCrossProducts() {
    }

    /** Whether this CPU has vectors of at least 256 bits natively (the API would emulate them slowly otherwise). */
    static boolean nativeVectors() {
        return LANES.vectorBitSize() >= 256;
    }

    /** {@link CrossProductKernel#addUpper}, a vector of rows a step; the last rows that fill no vector one by one. */
    static void addUpper(double[][] left, int l, double[][] right, int r, int width, int length, boolean intercept,
                         double[] out, int stride) {
        int bound = LANES.loopBound(length);
        int first = 0;
        if (intercept) {
            out[0] += left[0] == null ? bound : sum(left[0], l, bound);
            first = 1;
        }
        for (int a = first; a < width; a += CrossProductKernel.TILE) {
            // With an intercept, row 0's sums of the left columns come from the diagonal tiles, which load those
            // columns anyway: a loop of its own per column waited on each addition in turn (a third of the time).
            diagonal(left, l, right, r, a, width, bound, out, stride, intercept);
            for (int b = a + CrossProductKernel.TILE; b < width; b += CrossProductKernel.TILE) {
                tile(left, l, right, r, a, b, width, bound, out, stride);
            }
        }
        if (bound < length) {
            CrossProductKernel.addUpper(left, l, right, r, width, bound, length, intercept, out, stride);
        }
    }

    private static double sum(double[] x, int l, int bound) {
        DoubleVector s = DoubleVector.zero(LANES);
        for (int i = 0; i < bound; i += LANES.length()) {
            s = s.add(DoubleVector.fromArray(LANES, x, l + i));
        }
        return s.reduceLanes(VectorOperators.ADD);
    }

    private static void tile(double[][] left, int l, double[][] right, int r, int a, int b, int width, int bound,
                             double[] out, int stride) {
        double[] l0 = CrossProductKernel.column(left, a, width);
        double[] l1 = CrossProductKernel.column(left, a + 1, width);
        double[] l2 = CrossProductKernel.column(left, a + 2, width);
        double[] r0 = CrossProductKernel.column(right, b, width);
        double[] r1 = CrossProductKernel.column(right, b + 1, width);
        double[] r2 = CrossProductKernel.column(right, b + 2, width);
        DoubleVector s00 = DoubleVector.zero(LANES);
        DoubleVector s01 = s00;
        DoubleVector s02 = s00;
        DoubleVector s10 = s00;
        DoubleVector s11 = s00;
        DoubleVector s12 = s00;
        DoubleVector s20 = s00;
        DoubleVector s21 = s00;
        DoubleVector s22 = s00;
        for (int i = 0; i < bound; i += LANES.length()) {
            DoubleVector u0 = DoubleVector.fromArray(LANES, l0, l + i);
            DoubleVector u1 = DoubleVector.fromArray(LANES, l1, l + i);
            DoubleVector u2 = DoubleVector.fromArray(LANES, l2, l + i);
            DoubleVector v0 = DoubleVector.fromArray(LANES, r0, r + i);
            DoubleVector v1 = DoubleVector.fromArray(LANES, r1, r + i);
            DoubleVector v2 = DoubleVector.fromArray(LANES, r2, r + i);
            s00 = u0.fma(v0, s00);
            s01 = u0.fma(v1, s01);
            s02 = u0.fma(v2, s02);
            s10 = u1.fma(v0, s10);
            s11 = u1.fma(v1, s11);
            s12 = u1.fma(v2, s12);
            s20 = u2.fma(v0, s20);
            s21 = u2.fma(v1, s21);
            s22 = u2.fma(v2, s22);
        }
        CrossProductKernel.add(out, stride, width, a, b, lanes(s00), lanes(s01), lanes(s02));
        CrossProductKernel.add(out, stride, width, a + 1, b, lanes(s10), lanes(s11), lanes(s12));
        CrossProductKernel.add(out, stride, width, a + 2, b, lanes(s20), lanes(s21), lanes(s22));
    }

    private static void diagonal(double[][] left, int l, double[][] right, int r, int a, int width, int bound,
                                 double[] out, int stride, boolean sums) {
        double[] l0 = CrossProductKernel.column(left, a, width);
        double[] l1 = CrossProductKernel.column(left, a + 1, width);
        double[] l2 = CrossProductKernel.column(left, a + 2, width);
        double[] r0 = CrossProductKernel.column(right, a, width);
        double[] r1 = CrossProductKernel.column(right, a + 1, width);
        double[] r2 = CrossProductKernel.column(right, a + 2, width);
        DoubleVector s00 = DoubleVector.zero(LANES);
        DoubleVector s01 = s00;
        DoubleVector s02 = s00;
        DoubleVector s11 = s00;
        DoubleVector s12 = s00;
        DoubleVector s22 = s00;
        DoubleVector c0 = s00;
        DoubleVector c1 = s00;
        DoubleVector c2 = s00;
        for (int i = 0; i < bound; i += LANES.length()) {
            DoubleVector u0 = DoubleVector.fromArray(LANES, l0, l + i);
            DoubleVector u1 = DoubleVector.fromArray(LANES, l1, l + i);
            DoubleVector u2 = DoubleVector.fromArray(LANES, l2, l + i);
            DoubleVector v1 = DoubleVector.fromArray(LANES, r1, r + i);
            DoubleVector v2 = DoubleVector.fromArray(LANES, r2, r + i);
            s00 = u0.fma(DoubleVector.fromArray(LANES, r0, r + i), s00);
            s01 = u0.fma(v1, s01);
            s02 = u0.fma(v2, s02);
            s11 = u1.fma(v1, s11);
            s12 = u1.fma(v2, s12);
            s22 = u2.fma(v2, s22);
            if (sums) {
                c0 = c0.add(u0);
                c1 = c1.add(u1);
                c2 = c2.add(u2);
            }
        }
        CrossProductKernel.addDiagonal(out, stride, width, a, lanes(s00), lanes(s01), lanes(s02), lanes(s11),
                lanes(s12), lanes(s22));
        if (sums) {
            // The same additions in the same order as a loop over one column: the same bits.
            out[a] += lanes(c0);
            if (a + 1 < width) {
                out[a + 1] += lanes(c1);
            }
            if (a + 2 < width) {
                out[a + 2] += lanes(c2);
            }
        }
    }

    /**
     * The residuals {@code e = y - Xβ} of unweighted rows {@code offset ..} of {@code columns} (column 0 the
     * intercept's, not read; {@code columns[coefficients]} the outcome), each row's terms subtracted in coefficient
     * order (fused here); sets {@code left[0] = e²} and
     * {@code left[a] = e² x_a}, the left side of HC0's meat, and returns {@code Σ e²}, not finite when a row is
     * incomplete. Only when {@link CrossProductKernel#VECTORS}. Modifies left.
     */
    public static double squaredResiduals(double[][] columns, int offset, int coefficients, double[] beta, int length,
                                   double[][] left) {
        double[] y = columns[coefficients];
        int bound = LANES.loopBound(length);
        DoubleVector sum = DoubleVector.zero(LANES);
        for (int i = 0; i < bound; i += LANES.length()) {
            DoubleVector e = DoubleVector.fromArray(LANES, y, offset + i).sub(beta[0]);
            for (int j = 1; j < coefficients; j++) {
                e = DoubleVector.fromArray(LANES, columns[j], offset + i).fma(DoubleVector.broadcast(LANES, -beta[j]), e);
            }
            DoubleVector squared = e.mul(e);
            sum = sum.add(squared);
            squared.intoArray(left[0], i);
            for (int a = 1; a < coefficients; a++) {
                squared.mul(DoubleVector.fromArray(LANES, columns[a], offset + i)).intoArray(left[a], i);
            }
        }
        double rss = lanes(sum);
        for (int i = bound; i < length; i++) {
            double e = y[offset + i] - beta[0];
            for (int j = 1; j < coefficients; j++) {
                e = Math.fma(columns[j][offset + i], -beta[j], e);
            }
            double squared = e * e;
            rss += squared;
            left[0][i] = squared;
            for (int a = 1; a < coefficients; a++) {
                left[a][i] = squared * columns[a][offset + i];
            }
        }
        return rss;
    }

    /**
     * The meat of one coefficient's HC0 variance over unweighted rows {@code offset ..} of {@code columns} (as
     * {@link #squaredResiduals} reads them): returns {@code Σ_i e_i² (a'x_i)²}, {@code e_i = y_i - x_i'β}, where
     * {@code a} is the coefficient's row of the bread, so that {@code a' (Σ e² x x') a} needs no {@code p x p} meat:
     * {@code 2p} multiply-adds a row instead of {@code p(p + 1)/2}. Not finite when a row is incomplete. Only when
     * {@link CrossProductKernel#VECTORS}.
     */
    public static double squaredScoresAlong(double[][] columns, int offset, int coefficients, double[] beta,
                                            double[] a, int length) {
        double[] y = columns[coefficients];
        int bound = LANES.loopBound(length);
        DoubleVector sum = DoubleVector.zero(LANES);
        for (int i = 0; i < bound; i += LANES.length()) {
            DoubleVector e = DoubleVector.fromArray(LANES, y, offset + i).sub(beta[0]);
            DoubleVector z = DoubleVector.broadcast(LANES, a[0]);
            for (int j = 1; j < coefficients; j++) {
                DoubleVector x = DoubleVector.fromArray(LANES, columns[j], offset + i);
                e = x.fma(DoubleVector.broadcast(LANES, -beta[j]), e);
                z = x.fma(DoubleVector.broadcast(LANES, a[j]), z);
            }
            DoubleVector score = e.mul(z);
            sum = score.fma(score, sum);
        }
        double out = lanes(sum);
        for (int i = bound; i < length; i++) {
            double e = y[offset + i] - beta[0];
            double z = a[0];
            for (int j = 1; j < coefficients; j++) {
                double x = columns[j][offset + i];
                e = Math.fma(x, -beta[j], e);
                z = Math.fma(x, a[j], z);
            }
            double score = e * z;
            out = Math.fma(score, score, out);
        }
        return out;
    }

    private static double lanes(DoubleVector v) {
        return v.reduceLanes(VectorOperators.ADD);
    }
}
