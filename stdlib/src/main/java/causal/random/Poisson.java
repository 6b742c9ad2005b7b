package causal.random;

import java.util.List;

/**
 * The Poisson distribution with mean {@code lambda}, as R's {@code rpois}. Drawn by inversion for small means and
 * by Hörmann's PTRS otherwise (W. Hörmann 1993, "The transformed rejection method for generating Poisson random
 * variables", Insurance: Mathematics and Economics 12, 39–45).
 */
public record Poisson() implements Distribution {
    /** PTRS is valid from lambda ≥ 10 (Hörmann, section 3). */
    private static final double INVERSION_LIMIT = 10;
    /** With lambda < 10, P(X > 200) is below 1e-200: a search that far has met rounding and starts again. */
    private static final int INVERSION_STEPS = 200;

    @Override
    public String name() {
        return "poisson";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("lambda");
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        double[] lambda = ParameterColumns.column(this, params, 0, out.length);
        ParameterColumns.requireAtLeast(this, "lambda", lambda, 0);
        int step = ParameterColumns.step(lambda);
        Mean mean = null;
        for (int i = 0; i < out.length; i++) {
            double li = lambda[i * step];
            if (mean == null || mean.lambda != li) {
                mean = new Mean(li);
            }
            out[i] = mean.draw(rng);
        }
    }

    /** The setup for one lambda, reused while consecutive rows share it. */
    private static final class Mean {
        final double lambda;
        private final double zero;
        private final double logLambda;
        private final double a;
        private final double b;
        private final double logInvAlpha;
        private final double vr;

        Mean(double lambda) {
            this.lambda = lambda;
            zero = StrictMath.exp(-lambda);
            logLambda = StrictMath.log(lambda);
            b = 0.931 + 2.53 * StrictMath.sqrt(lambda);
            a = -0.059 + 0.02483 * b;
            logInvAlpha = StrictMath.log(1.1239 + 1.1328 / (b - 3.4));
            vr = 0.9277 - 3.6224 / (b - 2);
        }

        double draw(RandomSource rng) {
            if (lambda == 0) {
                return 0;
            }
            return lambda < INVERSION_LIMIT ? inversion(rng) : transformedRejection(rng);
        }

        private double inversion(RandomSource rng) {
            while (true) {
                double u = rng.nextDouble();
                double pk = zero;
                double cumulative = pk;
                for (int k = 0; k <= INVERSION_STEPS; k++) {
                    if (u < cumulative) {
                        return k;
                    }
                    pk *= lambda / (k + 1);
                    cumulative += pk;
                }
            }
        }

        /** PTRS, steps 1–3 as in Hörmann's paper. */
        private double transformedRejection(RandomSource rng) {
            while (true) {
                double u = rng.nextDouble() - 0.5;
                double v = rng.nextDouble();
                double us = 0.5 - Math.abs(u);
                double k = Math.floor((2 * a / us + b) * u + lambda + 0.43);
                if (us >= 0.07 && v <= vr) {
                    return k;
                }
                if (k < 0 || (us < 0.013 && v > us)) {
                    continue;
                }
                if (StrictMath.log(v) + logInvAlpha - StrictMath.log(a / (us * us) + b)
                        <= -lambda + k * logLambda - LogFactorial.of(k)) {
                    return k;
                }
            }
        }
    }
}
