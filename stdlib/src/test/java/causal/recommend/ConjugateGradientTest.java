package causal.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConjugateGradientTest {
    /** A = B Bᵀ + I with B = [[2, 1, 0], [1, 3, 1], [0, 1, 1]]: symmetric positive definite. */
    private static final double[][] B = {{2, 1, 0}, {1, 3, 1}, {0, 1, 1}};

    private static double[][] a() {
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int m = 0; m < 3; m++) {
                    a[i][j] += B[i][m] * B[j][m];
                }
            }
            a[i][i] += 1;
        }
        return a;
    }

    private static void multiply(double[][] a, double[] v, double[] out) {
        for (int i = 0; i < 3; i++) {
            out[i] = 0;
            for (int j = 0; j < 3; j++) {
                out[i] += a[i][j] * v[j];
            }
        }
    }

    /** The residual b − A x at x = 0 is b; improves x in place by the given number of steps. */
    private static double[] solve(ConjugateGradient.Product product, double[] b, int steps) {
        double[] x = new double[3];
        new ConjugateGradient(3).improve(product, null, x, b.clone(), steps);
        return x;
    }

    @Test
    void threeStepsSolveAThreeByThreeSystemWithTheCurvatureOfTheLastStepFromItsOwnFormula() {
        double[][] a = a();
        double[] b = {1, -2, 0.5};
        double[] exact = gauss(a, b);
        ConjugateGradient.Product plain = (v, out) -> multiply(a, v, out);
        // vᵀAv = ‖Bᵀv‖² + ‖v‖², without forming A v: what ALS does with its rows' dot products alone.
        ConjugateGradient.Product ownCurvature = new ConjugateGradient.Product() {
            @Override
            public void apply(double[] v, double[] out) {
                multiply(a, v, out);
            }

            @Override
            public double curvature(double[] v, double[] scratch) {
                double s = 0;
                for (int m = 0; m < 3; m++) {
                    double bv = B[0][m] * v[0] + B[1][m] * v[1] + B[2][m] * v[2];
                    s += bv * bv + v[m] * v[m];
                }
                return s;
            }
        };
        double[] x = solve(plain, b, 3);
        double[] y = solve(ownCurvature, b, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(x[i]).isCloseTo(exact[i], within(1e-12));
            assertThat(y[i]).isCloseTo(exact[i], within(1e-12));
        }
        // Fewer steps than the dimension do not solve it.
        assertThat(Math.abs(solve(ownCurvature, b, 1)[0] - exact[0])).isGreaterThan(1e-3);
    }

    /** A⁻¹b by Gaussian elimination (no pivoting needed: A is positive definite). */
    private static double[] gauss(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int j = c; j <= n; j++) {
                    m[r][j] -= f * m[c][j];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int j = r + 1; j < n; j++) {
                s -= m[r][j] * x[j];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
