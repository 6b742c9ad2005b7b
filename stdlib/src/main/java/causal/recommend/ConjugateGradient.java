package causal.recommend;

/**
 * A few steps of conjugate gradient (Hestenes and Stiefel 1952) on a small symmetric positive definite system
 * {@code A x = b}, given only by its product {@code v ↦ A v}, warm-started from the current x: the solver of ALS as
 * in Takács, Pilászy and Tikk (2011), "Applications of the conjugate gradient method for implicit feedback
 * collaborative filtering", and the {@code implicit} library. Optionally preconditioned by the inverse of A's
 * diagonal (Jacobi; Saad 2003, "Iterative methods for sparse linear systems", algorithm 9.1). In exact arithmetic d
 * steps solve a d × d system; ALS needs only a few, since x moves little from one pass to the next. One instance
 * per thread: it holds scratch space.
 */
final class ConjugateGradient {
    /** {@code out = A v}, for all d entries; v is not modified. */
    @FunctionalInterface
    interface Product {
        void apply(double[] v, double[] out);

        /**
         * {@code vᵀ A v}, which the last step needs alone (its step length, not its new residual); by default from
         * {@link #apply}, which may write to {@code scratch} (d entries). An A with a cheaper form overrides it.
         */
        default double curvature(double[] v, double[] scratch) {
            apply(v, scratch);
            double s = 0;
            for (int c = 0; c < v.length; c++) {
                s += v[c] * scratch[c];
            }
            return s;
        }
    }

    /** Residuals shrunk this far (in squared norm) from the start are rounding error: further steps only add noise. */
    private static final double CONVERGED = 1e-30;

    private final int d;
    private final double[] preconditioned;
    private final double[] direction;
    private final double[] product;

    ConjugateGradient(int d) {
        this.d = d;
        this.preconditioned = new double[d];
        this.direction = new double[d];
        this.product = new double[d];
    }

    /**
     * Takes up to {@code steps} steps from x, whose residual {@code b − A x} the caller has put into
     * {@code residual}; {@code inverseDiagonal} (1 / A_cc) preconditions, null for none. The last step asks A only
     * for its {@link Product#curvature}. Modified: x; residual (scratch: not the new residual after the last step).
     * Not modified: inverseDiagonal.
     */
    void improve(Product a, double[] inverseDiagonal, double[] x, double[] residual, int steps) {
        double[] z = preconditioned;
        precondition(inverseDiagonal, residual, z);
        System.arraycopy(z, 0, direction, 0, d);
        double squared = dot(residual, z);
        double stop = squared * CONVERGED;
        for (int step = 0; step < steps && squared > stop; step++) {
            boolean last = step == steps - 1;
            double curvature;
            if (last) {
                curvature = a.curvature(direction, product);
            } else {
                a.apply(direction, product);
                curvature = dot(direction, product);
            }
            if (!(curvature > 0)) {
                return;
            }
            double length = squared / curvature;
            for (int c = 0; c < d; c++) {
                x[c] += length * direction[c];
            }
            if (last) {
                return;
            }
            for (int c = 0; c < d; c++) {
                residual[c] -= length * product[c];
            }
            precondition(inverseDiagonal, residual, z);
            double next = dot(residual, z);
            double keep = next / squared;
            for (int c = 0; c < d; c++) {
                direction[c] = z[c] + keep * direction[c];
            }
            squared = next;
        }
    }

    private void precondition(double[] inverseDiagonal, double[] residual, double[] z) {
        if (inverseDiagonal == null) {
            System.arraycopy(residual, 0, z, 0, d);
            return;
        }
        for (int c = 0; c < d; c++) {
            z[c] = inverseDiagonal[c] * residual[c];
        }
    }

    private double dot(double[] u, double[] v) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            s += u[c] * v[c];
        }
        return s;
    }
}
