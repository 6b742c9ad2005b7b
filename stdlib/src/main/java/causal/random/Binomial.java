package causal.random;

import java.util.List;

/**
 * The number of successes in {@code n} trials with success probability {@code p}, as R's {@code rbinom(n, size,
 * prob)}. Drawn by inversion when the mean is small and by Hörmann's BTRD otherwise (W. Hörmann 1993, "The
 * generation of binomial random variates", J. Statist. Comput. Simul. 46, 101–110).
 */
public record Binomial() implements Distribution {
    private static final double MAX_TRIALS = Integer.MAX_VALUE;
    /** BTRD is valid from n·p ≥ 10 (Hörmann, section 3); below that inversion needs few steps. */
    private static final double INVERSION_LIMIT = 10;

    @Override
    public String name() {
        return "binomial";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("n", "p");
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        double[] n = ParameterColumns.column(this, params, 0, out.length);
        double[] p = ParameterColumns.column(this, params, 1, out.length);
        for (int i = 0; i < n.length; i++) {
            if (!(n[i] >= 0 && n[i] <= MAX_TRIALS && n[i] == Math.rint(n[i]))) {
                throw ParameterColumns.invalid(this, "n", n[i], i, "a whole number from 0 to 2147483647");
            }
        }
        ParameterColumns.requireProbability(this, "p", p);
        int nStep = ParameterColumns.step(n);
        int pStep = ParameterColumns.step(p);
        Trials trials = null;
        for (int i = 0; i < out.length; i++) {
            double ni = n[i * nStep];
            double pi = p[i * pStep];
            if (trials == null || trials.n != ni || trials.p != pi) {
                trials = new Trials(ni, pi);
            }
            out[i] = trials.draw(rng);
        }
    }

    /** The setup for one (n, p), reused while consecutive rows share it. Works with min(p, 1 - p) and mirrors. */
    private static final class Trials {
        final double n;
        final double p;
        private final boolean mirrored;
        private final double small;
        private final double q;
        private final double r;
        private final double nr;
        private final double npq;
        private final double m;
        private final double a;
        private final double b;
        private final double c;
        private final double alpha;
        private final double vr;
        private final double urvr;
        private final double zeroSuccesses;

        Trials(double n, double p) {
            this.n = n;
            this.p = p;
            mirrored = p > 0.5;
            small = mirrored ? 1 - p : p;
            q = 1 - small;
            r = small / q;
            nr = (n + 1) * r;
            npq = n * small * q;
            m = Math.floor((n + 1) * small);
            double sq = StrictMath.sqrt(npq);
            b = 1.15 + 2.53 * sq;
            a = -0.0873 + 0.0248 * b + 0.01 * small;
            c = n * small + 0.5;
            alpha = (2.83 + 5.1 / b) * sq;
            vr = 0.92 - 4.2 / b;
            urvr = 0.86 * vr;
            zeroSuccesses = StrictMath.pow(q, n);
        }

        double draw(RandomSource rng) {
            if (n == 0 || small == 0) {
                return mirrored ? n : 0;
            }
            double k = n * small < INVERSION_LIMIT ? inversion(rng) : transformedRejection(rng);
            return mirrored ? n - k : k;
        }

        /** Sequential search of the cumulative probabilities, P(k) = P(k-1)·((n+1)r/k − r). */
        private double inversion(RandomSource rng) {
            while (true) {
                double u = rng.nextDouble();
                double pk = zeroSuccesses;
                double k = 0;
                while (u > pk) {
                    u -= pk;
                    k++;
                    if (k > n) {
                        break;
                    }
                    pk *= nr / k - r;
                }
                if (k <= n) {
                    return k;
                }
            }
        }

        /** BTRD, steps 1–3.3 of Hörmann's algorithm, numbered as in the paper. */
        private double transformedRejection(RandomSource rng) {
            while (true) {
                double v = rng.nextDouble();
                double u;
                if (v <= urvr) {
                    u = v / vr - 0.43;
                    return Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
                }
                if (v >= vr) {
                    u = rng.nextDouble() - 0.5;
                } else {
                    u = v / vr - 0.93;
                    u = Math.signum(u) * 0.5 - u;
                    v = rng.nextDouble() * vr;
                }
                double us = 0.5 - Math.abs(u);
                double k = Math.floor((2 * a / us + b) * u + c);
                if (k < 0 || k > n) {
                    continue;
                }
                v = v * alpha / (a / (us * us) + b);
                if (accepts(k, v)) {
                    return k;
                }
            }
        }

        /** Steps 3.1–3.3: is {@code v} under the scaled probability of {@code k}? */
        private boolean accepts(double k, double v) {
            double km = Math.abs(k - m);
            if (km <= 15) {
                double f = 1;
                if (m < k) {
                    for (double i = m + 1; i <= k; i++) {
                        f *= nr / i - r;
                    }
                } else if (m > k) {
                    for (double i = k + 1; i <= m; i++) {
                        v *= nr / i - r;
                    }
                }
                return v <= f;
            }
            double logV = StrictMath.log(v);
            double rho = (km / npq) * (((km / 3 + 0.625) * km + 1.0 / 6) / npq + 0.5);
            double t = -km * km / (2 * npq);
            if (logV < t - rho) {
                return true;
            }
            if (logV > t + rho) {
                return false;
            }
            double nm = n - m + 1;
            double h = (m + 0.5) * StrictMath.log((m + 1) / (r * nm))
                    + LogFactorial.correction(m) + LogFactorial.correction(n - m);
            double nk = n - k + 1;
            return logV <= h + (n + 1) * StrictMath.log(nm / nk) + (k + 0.5) * StrictMath.log(nk * r / (k + 1))
                    - LogFactorial.correction(k) - LogFactorial.correction(n - k);
        }
    }
}
