package causal.random;

import java.util.List;

/** The continuous uniform distribution on [low, high), as R's {@code runif(n, min, max)}. */
public record Uniform() implements Distribution {
    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("low", "high");
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        double[] low = ParameterColumns.column(this, params, 0, out.length);
        double[] high = ParameterColumns.column(this, params, 1, out.length);
        ParameterColumns.requireFinite(this, "low", low);
        ParameterColumns.requireFinite(this, "high", high);
        int lowStep = ParameterColumns.step(low);
        int highStep = ParameterColumns.step(high);
        for (int i = 0; i < Math.max(low.length, high.length); i++) {
            double a = low[i * lowStep];
            double b = high[i * highStep];
            if (b < a) {
                throw ParameterColumns.invalid(this, "high", b, i, "at least low (" + ParameterColumns.format(a) + ")");
            }
        }
        for (int i = 0; i < out.length; i++) {
            double a = low[i * lowStep];
            out[i] = a + (high[i * highStep] - a) * rng.nextDouble();
        }
    }
}
