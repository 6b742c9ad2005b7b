package causal.spark;

import java.util.List;

/**
 * The sufficient statistics of a least-squares fit with an intercept, as raw sums over the kept rows: n,
 * {@code Σx}, {@code X'X}, {@code X'y}, {@code Σy} and {@code y'y}, where every regressor and the outcome are first
 * shifted by a constant ({@link #shift}, {@link #outcomeShift}; all 0 gives the plain sums). Regressor 0 is the
 * intercept (never shifted). Sums from several sources with the same shifts add up.
 *
 * <p>The finishing step {@link #solve()} gives the coefficients in the original coordinates: with {@code x̃ = x − s}
 * and {@code ỹ = y − s_y}, the fit of ỹ on {@code [1, x̃]} has the same slopes and intercept
 * {@code γ₀ = β₀ + Σ β_j s_j − s_y}. Arrays are copied in and out; the object is immutable.
 */
public final class CrossProducts {
    private final List<String> names;
    private final long rows;
    private final long dropped;
    private final double[] shift;
    private final double outcomeShift;
    private final double[] cross;
    private final double[] crossOutcome;
    private final double sumOutcome;
    private final double sumSquaresOutcome;

    /**
     * Sums of {@code p = names.size()} regressors: {@code cross} is {@code X̃'X̃} row-major {@code p x p} (its row 0 is
     * {@code Σx̃}, since regressor 0 is the intercept), {@code crossOutcome} is {@code X̃'ỹ}.
     */
    public CrossProducts(List<String> names, long rows, long dropped, double[] shift, double outcomeShift,
            double[] cross, double[] crossOutcome, double sumOutcome, double sumSquaresOutcome) {
        int p = names.size();
        if (shift.length != p || cross.length != p * p || crossOutcome.length != p) {
            throw new SparkEngineException("cross products of " + p + " regressors need " + p + " shifts, " + p * p
                    + " cross products and " + p + " outcome cross products");
        }
        this.names = List.copyOf(names);
        this.rows = rows;
        this.dropped = dropped;
        this.shift = shift.clone();
        this.outcomeShift = outcomeShift;
        this.cross = cross.clone();
        this.crossOutcome = crossOutcome.clone();
        this.sumOutcome = sumOutcome;
        this.sumSquaresOutcome = sumSquaresOutcome;
    }

    /** The regressors' names, {@code (intercept)} first. */
    public List<String> names() {
        return names;
    }

    public int parameters() {
        return names.size();
    }

    /** Rows summed (complete rows). */
    public long rows() {
        return rows;
    }

    /** Rows left out for a missing value in a column the model uses. */
    public long dropped() {
        return dropped;
    }

    public double[] shift() {
        return shift.clone();
    }

    public double outcomeShift() {
        return outcomeShift;
    }

    /** {@code X̃'X̃}, row-major. */
    public double[] cross() {
        return cross.clone();
    }

    /** {@code X̃'ỹ}. */
    public double[] crossOutcome() {
        return crossOutcome.clone();
    }

    /** {@code Σỹ}. */
    public double sumOutcome() {
        return sumOutcome;
    }

    /** {@code ỹ'ỹ}. */
    public double sumSquaresOutcome() {
        return sumSquaresOutcome;
    }

    /** {@code n − p}. */
    public long residualDegreesOfFreedom() {
        return rows - names.size();
    }

    /**
     * The finishing step: solves the normal equations.
     *
     * @throws SparkEngineException when the regressors are collinear (naming the column)
     */
    public Solution solve() {
        int p = names.size();
        double[] bread = SymmetricInverse.of(cross, p, names, "regression");
        double[] gamma = SymmetricInverse.times(bread, crossOutcome, p);
        double residualSquares = sumSquaresOutcome;
        for (int a = 0; a < p; a++) {
            residualSquares -= gamma[a] * crossOutcome[a];
        }
        return new Solution(gamma, bread, Math.max(residualSquares, 0));
    }

    /**
     * The solved fit in shifted coordinates: coefficients {@code γ} of ỹ on {@code [1, x̃]}, the bread
     * {@code (X̃'X̃)⁻¹} and the residual sum of squares from the sums (use a residual pass where it matters).
     */
    public final class Solution {
        private final double[] gamma;
        private final double[] bread;
        private final double residualSquares;

        private Solution(double[] gamma, double[] bread, double residualSquares) {
            this.gamma = gamma;
            this.bread = bread;
            this.residualSquares = residualSquares;
        }

        public double[] shiftedCoefficients() {
            return gamma.clone();
        }

        public double[] bread() {
            return bread.clone();
        }

        public double residualSquares() {
            return residualSquares;
        }

        /** The coefficients of y on {@code [1, x]}: the slopes of γ and {@code β₀ = γ₀ − Σ β_j s_j + s_y}. */
        public double[] coefficients() {
            double[] beta = gamma.clone();
            double intercept = gamma[0] + outcomeShift;
            for (int j = 1; j < beta.length; j++) {
                intercept -= beta[j] * shift[j];
            }
            beta[0] = intercept;
            return beta;
        }

        /**
         * A covariance of γ carried to β: {@code A V Aᵀ} with {@code A} the identity except row 0,
         * {@code (1, −s_1, …, −s_{p−1})}; the slopes' block is unchanged.
         */
        public double[] unshiftedCovariance(double[] shiftedCovariance) {
            int p = gamma.length;
            double[] a = new double[p * p];
            for (int j = 0; j < p; j++) {
                a[j * p + j] = 1;
            }
            for (int j = 1; j < p; j++) {
                a[j] = -shift[j];
            }
            double[] transposed = new double[p * p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    transposed[j * p + i] = a[i * p + j];
                }
            }
            return SymmetricInverse.product(a, shiftedCovariance, transposed, p);
        }
    }
}
