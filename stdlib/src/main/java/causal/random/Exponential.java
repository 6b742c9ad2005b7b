package causal.random;

import java.util.List;

/** The exponential distribution with rate {@code rate} (mean 1/rate), as R's {@code rexp}; drawn by inversion. */
public record Exponential() implements Distribution {
    @Override
    public String name() {
        return "exponential";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("rate");
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        double[] rate = ParameterColumns.column(this, params, 0, out.length);
        ParameterColumns.requirePositive(this, "rate", rate);
        int step = ParameterColumns.step(rate);
        for (int i = 0; i < out.length; i++) {
            // 1 - u lies in (0, 1], so the logarithm is finite.
            out[i] = -StrictMath.log(1 - rng.nextDouble()) / rate[i * step];
        }
    }
}
