package causal.random;

import java.util.List;

/**
 * The beta distribution with shapes a and b (R's {@code rbeta(n, shape1, shape2)}), drawn as X / (X + Y) with X ~
 * Gamma(a) and Y ~ Gamma(b).
 */
public record Beta() implements Distribution {
    @Override
    public String name() {
        return "beta";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("a", "b");
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        double[] a = ParameterColumns.column(this, params, 0, out.length);
        double[] b = ParameterColumns.column(this, params, 1, out.length);
        ParameterColumns.requirePositive(this, "a", a);
        ParameterColumns.requirePositive(this, "b", b);
        int aStep = ParameterColumns.step(a);
        int bStep = ParameterColumns.step(b);
        StandardGamma gamma = new StandardGamma(rng);
        for (int i = 0; i < out.length; i++) {
            out[i] = draw(gamma, a[i * aStep], b[i * bStep]);
        }
    }

    private static double draw(StandardGamma gamma, double a, double b) {
        if (a >= 1 && b >= 1) {
            double x = gamma.next(a);
            return x / (x + gamma.next(b));
        }
        // Small shapes: both gammas may underflow to 0, so compare them on the log scale.
        double logX = gamma.logNext(a);
        double logY = gamma.logNext(b);
        return 1 / (1 + StrictMath.exp(logY - logX));
    }
}
