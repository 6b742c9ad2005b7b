package causal.graph;

import causal.experiment.MultipleTesting;
import causal.inference.ZStatistic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tests implied independencies on numeric data with the partial correlation test of dagitty's
 * {@code localTests(type = "cis")}: r is the correlation of x and y after each is regressed on the conditioning
 * set Z (with an intercept), z = atanh(r) · √(n − |Z| − 3), and the p-value is the two-sided normal tail of z
 * (Fisher 1924). The 95% interval is tanh(atanh(r) ± 1.96 / √(n − |Z| − 3)); dagitty back-transforms the interval
 * with {@code atan} instead of {@code tanh}, which we take for a slip, so our bounds agree with the Fisher interval
 * that {@code cor.test} gives when Z is empty. p-values are adjusted across all tests with
 * {@link causal.experiment.MultipleTesting#benjaminiHochberg} (R's p.adjust(method = "BH")).
 *
 * <p>The covariance matrix of the columns involved is computed once, in two passes over the rows; each test then
 * takes the residual covariance of x and y given Z from that matrix (a Cholesky solve of size |Z|), which equals the
 * covariance of the regression residuals.
 */
public final class IndependenceTests {
    /** Below this fraction of its own variance a variable counts as explained exactly by the others. */
    private static final double COLLINEAR = 1e-10;

    private IndependenceTests() {}

    /**
     * Tests each statement on {@code columns} (name to values, all the same length, no NaN), in the order given.
     * Columns are not modified. A statement naming an absent column, rows too few for |Z| + 4, a missing value, a
     * constant column or collinear columns are an {@link IndependenceTestException}.
     */
    public static List<IndependenceTest> partialCorrelation(List<Independence> statements,
            Map<String, double[]> columns) {
        Map<String, Integer> position = new LinkedHashMap<>();
        for (Independence s : statements) {
            for (String name : namesOf(s)) {
                if (!columns.containsKey(name)) {
                    throw new IndependenceTestException(
                            "no column " + name + " in the data to test " + s.render(), List.of(name));
                }
                position.putIfAbsent(name, position.size());
            }
        }
        double[][] data = new double[position.size()][];
        position.forEach((name, k) -> data[k] = columns.get(name));
        List<String> names = List.copyOf(position.keySet());
        int n = checkedRows(names, data);
        double[][] covariance = covariance(names, data, n);
        double[] p = new double[statements.size()];
        double[][] estimates = new double[statements.size()][];
        for (int t = 0; t < statements.size(); t++) {
            Independence s = statements.get(t);
            int[] vars = namesOf(s).stream().mapToInt(position::get).toArray();
            estimates[t] = fisherTest(s, partialCorrelation(s, vars, covariance), n);
            p[t] = estimates[t][3];
        }
        double[] adjusted = MultipleTesting.benjaminiHochberg(p);
        List<IndependenceTest> result = new ArrayList<>();
        for (int t = 0; t < statements.size(); t++) {
            double[] e = estimates[t];
            result.add(new IndependenceTest(statements.get(t), n, e[0], e[1], e[2], e[3], adjusted[t]));
        }
        return List.copyOf(result);
    }

    private static List<String> namesOf(Independence s) {
        List<String> names = new ArrayList<>(List.of(s.x(), s.y()));
        names.addAll(s.given());
        return names;
    }

    private static int checkedRows(List<String> names, double[][] data) {
        int n = data.length == 0 ? 0 : data[0].length;
        for (int k = 0; k < data.length; k++) {
            if (data[k].length != n) {
                throw new IndependenceTestException("columns " + names.get(0) + " and " + names.get(k)
                        + " have different lengths (" + n + " and " + data[k].length + ")",
                        List.of(names.get(0), names.get(k)));
            }
            for (double value : data[k]) {
                if (Double.isNaN(value)) {
                    throw new IndependenceTestException("column " + names.get(k)
                            + " has missing values; drop or impute them before testing", List.of(names.get(k)));
                }
            }
        }
        return n;
    }

    /** Sample covariances (divisor n − 1), centred first for accuracy. */
    private static double[][] covariance(List<String> names, double[][] data, int n) {
        int p = data.length;
        double[][] centred = new double[p][n];
        for (int k = 0; k < p; k++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += data[k][i];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                centred[k][i] = data[k][i] - mean;
            }
        }
        double[][] cov = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += centred[a][i] * centred[b][i];
                }
                cov[a][b] = sum / (n - 1);
                cov[b][a] = cov[a][b];
            }
            if (!(cov[a][a] > 0)) {
                throw new IndependenceTestException("column " + names.get(a) + " is constant", List.of(names.get(a)));
            }
        }
        return cov;
    }

    /**
     * The correlation of x and y given Z from the covariance matrix: with S_ZZ = L Lᵀ and w = L⁻¹ S_Z·, the residual
     * covariance of a and b is S_ab − w_a · w_b.
     */
    private static double partialCorrelation(Independence s, int[] vars, double[][] cov) {
        int q = vars.length - 2;
        double[][] chol = cholesky(s, vars, cov, q);
        double[] wx = forwardSolve(chol, vars, cov, vars[0], q);
        double[] wy = forwardSolve(chol, vars, cov, vars[1], q);
        double sxx = cov[vars[0]][vars[0]] - dot(wx, wx);
        double syy = cov[vars[1]][vars[1]] - dot(wy, wy);
        double sxy = cov[vars[0]][vars[1]] - dot(wx, wy);
        for (int end = 0; end < 2; end++) {
            double residual = end == 0 ? sxx : syy;
            if (q > 0 && residual <= COLLINEAR * cov[vars[end]][vars[end]]) {
                String name = end == 0 ? s.x() : s.y();
                throw new IndependenceTestException(name + " is a linear function of " + String.join(", ", s.given())
                        + " in the data, so " + s.render() + " cannot be tested", List.of(name));
            }
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[][] cholesky(Independence s, int[] vars, double[][] cov, int q) {
        double[][] l = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = cov[vars[i + 2]][vars[j + 2]];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= COLLINEAR * cov[vars[i + 2]][vars[i + 2]]) {
                        throw new IndependenceTestException("the conditioning columns " + String.join(", ", s.given())
                                + " are collinear, so " + s.render() + " cannot be tested", s.given());
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    private static double[] forwardSolve(double[][] l, int[] vars, double[][] cov, int of, int q) {
        double[] w = new double[q];
        for (int i = 0; i < q; i++) {
            double sum = cov[vars[i + 2]][of];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * w[k];
            }
            w[i] = sum / l[i][i];
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** {estimate, lower, upper, p-value}. */
    private static double[] fisherTest(Independence s, double r, int n) {
        int df = n - s.given().size() - 3;
        if (df < 1) {
            throw new IndependenceTestException("testing " + s.render() + " needs at least "
                    + (s.given().size() + 4) + " rows, the data have " + n, List.of(s.x(), s.y()));
        }
        double z = atanh(r);
        double se = 1 / Math.sqrt(df);
        double p = ZStatistic.pValue(z * Math.sqrt(df));
        double halfWidth = ZStatistic.CRITICAL_95 * se;
        return new double[] {r, Math.tanh(z - halfWidth), Math.tanh(z + halfWidth), p};
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
