package causal.its;

import java.util.List;

/**
 * Least squares by Householder QR with the Newey-West covariance of {@link InterruptedTimeSeries}, on columns of
 * primitive arrays; rows must be in time order.
 */
final class HacRegression {
    /** A column whose part orthogonal to the earlier ones is below this share of its norm is collinear with them. */
    private static final double COLLINEAR = 1e-10;

    private final double[] beta;
    /** {@code (X'X)⁻¹ S (X'X)⁻¹}, row-major k × k. */
    private final double[] covariance;
    private final int k;

    private HacRegression(double[] beta, double[] covariance) {
        this.beta = beta;
        this.covariance = covariance;
        this.k = beta.length;
    }

    double coefficient(int j) {
        return beta[j];
    }

    double covariance(int a, int b) {
        return covariance[a * k + b];
    }

    /**
     * Fits y on the columns {@code x[j]} (named {@code names.get(j)}). Not modified: x, y.
     *
     * @throws InterruptedTimeSeriesException naming a column that is collinear with the ones before it
     */
    static HacRegression fit(List<String> names, double[][] x, double[] y, int lags, boolean correction) {
        int k = x.length;
        int n = y.length;
        double[][] a = new double[k][];
        for (int j = 0; j < k; j++) {
            a[j] = x[j].clone();
        }
        double[] qty = y.clone();
        double[] r = new double[k * k];
        for (int j = 0; j < k; j++) {
            double original = norm(x[j], 0);
            double norm = norm(a[j], j);
            if (!(norm > COLLINEAR * original)) {
                throw new InterruptedTimeSeriesException(names.get(j) + " is collinear with "
                        + String.join(", ", names.subList(0, j)) + " (or constant): its coefficient is not "
                        + "identified; drop it");
            }
            // Householder reflection taking a[j][j..] to (-sign·norm, 0, …).
            double alpha = a[j][j] > 0 ? -norm : norm;
            double[] v = new double[n];
            v[j] = a[j][j] - alpha;
            for (int i = j + 1; i < n; i++) {
                v[i] = a[j][i];
            }
            double vv = norm(v, j);
            vv *= vv;
            for (int c = j; c < k; c++) {
                reflect(a[c], v, vv, j);
            }
            reflect(qty, v, vv, j);
            for (int c = j; c < k; c++) {
                r[j * k + c] = a[c][j];
            }
        }
        double[] beta = new double[k];
        for (int j = k - 1; j >= 0; j--) {
            double s = qty[j];
            for (int c = j + 1; c < k; c++) {
                s -= r[j * k + c] * beta[c];
            }
            beta[j] = s / r[j * k + j];
        }
        double[] bread = inverseGram(r, k);
        double[] meat = neweyWest(x, y, beta, lags);
        double[] cov = sandwich(bread, meat, k);
        if (correction) {
            double factor = n / (double) (n - k);
            for (int i = 0; i < cov.length; i++) {
                cov[i] *= factor;
            }
        }
        return new HacRegression(beta, cov);
    }

    private static double norm(double[] v, int from) {
        double s = 0;
        for (int i = from; i < v.length; i++) {
            s += v[i] * v[i];
        }
        return Math.sqrt(s);
    }

    private static void reflect(double[] column, double[] v, double vv, int from) {
        double dot = 0;
        for (int i = from; i < column.length; i++) {
            dot += v[i] * column[i];
        }
        double f = 2 * dot / vv;
        for (int i = from; i < column.length; i++) {
            column[i] -= f * v[i];
        }
    }

    /** {@code (X'X)⁻¹ = R⁻¹ R⁻ᵀ} from the upper-triangular R. */
    private static double[] inverseGram(double[] r, int k) {
        double[] inv = new double[k * k];
        for (int c = 0; c < k; c++) {
            for (int i = c; i >= 0; i--) {
                double s = i == c ? 1 : 0;
                for (int m = i + 1; m <= c; m++) {
                    s -= r[i * k + m] * inv[m * k + c];
                }
                inv[i * k + c] = s / r[i * k + i];
            }
        }
        double[] gram = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double s = 0;
                for (int m = Math.max(a, b); m < k; m++) {
                    s += inv[a * k + m] * inv[b * k + m];
                }
                gram[a * k + b] = s;
            }
        }
        return gram;
    }

    /** {@code S = Γ₀ + Σ_{l=1..L} (1 - l/(L+1)) (Γ_l + Γ_l')} of the scores {@code x_t e_t}. */
    private static double[] neweyWest(double[][] x, double[] y, double[] beta, int lags) {
        int k = x.length;
        int n = y.length;
        double[][] scores = new double[k][n];
        for (int t = 0; t < n; t++) {
            double fitted = 0;
            for (int j = 0; j < k; j++) {
                fitted += x[j][t] * beta[j];
            }
            double e = y[t] - fitted;
            for (int j = 0; j < k; j++) {
                scores[j][t] = x[j][t] * e;
            }
        }
        double[] s = new double[k * k];
        for (int lag = 0; lag <= lags; lag++) {
            double weight = 1 - lag / (lags + 1.0);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double g = 0;
                    for (int t = lag; t < n; t++) {
                        g += scores[a][t] * scores[b][t - lag];
                    }
                    s[a * k + b] += weight * g;
                    if (lag > 0) {
                        s[b * k + a] += weight * g;
                    }
                }
            }
        }
        return s;
    }

    private static double[] sandwich(double[] bread, double[] meat, int k) {
        double[] left = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double s = 0;
                for (int m = 0; m < k; m++) {
                    s += bread[a * k + m] * meat[m * k + b];
                }
                left[a * k + b] = s;
            }
        }
        double[] out = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double s = 0;
                for (int m = 0; m < k; m++) {
                    s += left[a * k + m] * bread[m * k + b];
                }
                out[a * k + b] = s;
            }
        }
        return out;
    }
}
