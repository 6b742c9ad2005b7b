package causal.random;

import java.util.List;

/** The gamma distribution with shape and rate (mean shape/rate), as R's {@code rgamma(n, shape, rate)}. */
public record Gamma() implements Distribution {
    @Override
    public String name() {
        return "gamma";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("shape", "rate");
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        double[] shape = ParameterColumns.column(this, params, 0, out.length);
        double[] rate = ParameterColumns.column(this, params, 1, out.length);
        ParameterColumns.requirePositive(this, "shape", shape);
        ParameterColumns.requirePositive(this, "rate", rate);
        int shapeStep = ParameterColumns.step(shape);
        int rateStep = ParameterColumns.step(rate);
        StandardGamma gamma = new StandardGamma(rng);
        for (int i = 0; i < out.length; i++) {
            out[i] = gamma.next(shape[i * shapeStep]) / rate[i * rateStep];
        }
    }
}
