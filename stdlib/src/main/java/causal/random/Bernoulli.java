package causal.random;

import java.util.List;

/** One trial that gives 1 with probability {@code p} and 0 otherwise, as R's {@code rbinom(n, 1, p)}. */
public record Bernoulli() implements Distribution {
    @Override
    public String name() {
        return "bernoulli";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("p");
    }

    @Override
    public void sample(RandomSource rng, double[][] params, double[] out) {
        double[] p = ParameterColumns.column(this, params, 0, out.length);
        ParameterColumns.requireProbability(this, "p", p);
        int step = ParameterColumns.step(p);
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextDouble() < p[i * step] ? 1 : 0;
        }
    }
}
