package causal.uplift;

import causal.random.Normal;
import causal.random.RandomSource;

/**
 * Simulated observational data with a known effect {@code τ(x) = 1 + 2 x1}: features {@code x1, x2, x3} uniform on
 * [0, 1], a treatment confounded by {@code x2} ({@code P(t = 1 | x) = logistic(1.5 x2 - 0.75)}, between 0.32 and
 * 0.68), and {@code y = 2 x2 + sin(π x3) + t τ(x) + N(0, noise²)}.
 */
record SimulatedUplift(double[][] x, double[] t, double[] y, double[] tau) {
    static final int FEATURES = 3;

    static double effect(double x1) {
        return 1 + 2 * x1;
    }

    static SimulatedUplift draw(int n, double noise, long seed) {
        RandomSource random = new RandomSource(seed);
        double[][] x = new double[FEATURES][n];
        for (double[] column : x) {
            for (int i = 0; i < n; i++) {
                column[i] = random.nextDouble();
            }
        }
        double[] error = new double[n];
        new Normal().sample(random.stream(1), new double[][] {{0}, {noise}}, error);
        double[] t = new double[n];
        double[] y = new double[n];
        double[] tau = new double[n];
        for (int i = 0; i < n; i++) {
            double p = 1 / (1 + Math.exp(-(1.5 * x[1][i] - 0.75)));
            t[i] = random.nextDouble() < p ? 1 : 0;
            tau[i] = effect(x[0][i]);
            y[i] = 2 * x[1][i] + Math.sin(Math.PI * x[2][i]) + t[i] * tau[i] + error[i];
        }
        return new SimulatedUplift(x, t, y, tau);
    }

    /** Features on a grid for checking predictions: {@code x1} from 0.1 to 0.9, the others at random. */
    static double[][] grid(int points, long seed) {
        RandomSource random = new RandomSource(seed);
        double[][] x = new double[FEATURES][points];
        for (int i = 0; i < points; i++) {
            x[0][i] = 0.1 + 0.8 * i / (points - 1);
            x[1][i] = random.nextDouble();
            x[2][i] = random.nextDouble();
        }
        return x;
    }

    static double correlation(double[] a, double[] b) {
        double ma = Rows.mean(a);
        double mb = Rows.mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    static double rootMeanSquaredError(double[] predicted, double[] truth) {
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            s += (predicted[i] - truth[i]) * (predicted[i] - truth[i]);
        }
        return Math.sqrt(s / truth.length);
    }
}
