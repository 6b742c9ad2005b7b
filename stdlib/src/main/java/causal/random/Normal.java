package causal.random;

import java.util.List;

/** The normal distribution with mean {@code mean} and standard deviation {@code sd}, as R's {@code rnorm}. */
public record Normal() implements Distribution {
    @Override
    public String name() {
        return "normal";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("mean", "sd");
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        double[] mean = ParameterColumns.column(this, params, 0, out.length);
        double[] sd = ParameterColumns.column(this, params, 1, out.length);
        ParameterColumns.requireFinite(this, "mean", mean);
        ParameterColumns.requireAtLeast(this, "sd", sd, 0);
        int meanStep = ParameterColumns.step(mean);
        int sdStep = ParameterColumns.step(sd);
        StandardNormal normal = new StandardNormal(rng);
        for (int i = 0; i < out.length; i++) {
            out[i] = mean[i * meanStep] + sd[i * sdStep] * normal.next();
        }
    }
}
