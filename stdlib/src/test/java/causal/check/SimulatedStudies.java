package causal.check;

import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.random.Normal;
import causal.random.RandomSource;
import java.util.List;

/** Simulated data with known answers, drawn with {@link RandomSource} so that they are the same everywhere. */
final class SimulatedStudies {
    static final double TRUE_EFFECT = 2.0;
    private static final double[][] STANDARD_NORMAL = {{0.0}, {1.0}};

    private SimulatedStudies() {
    }

    /**
     * A real effect of 2 confounded by x: {@code x ~ N(0, 1)}, {@code t ~ Bernoulli(logistic(0.8 x))},
     * {@code y = 1 + 2 t + 1.5 x + N(0, 1)}; adjusting for x identifies it.
     */
    static Table trueEffect(int n, long seed) {
        RandomSource rng = new RandomSource(seed);
        double[] x = normal(n, rng.stream(0));
        double[] noise = normal(n, rng.stream(1));
        RandomSource coin = rng.stream(2);
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = coin.nextDouble() < 1 / (1 + Math.exp(-0.8 * x[i])) ? 1 : 0;
            y[i] = 1 + TRUE_EFFECT * t[i] + 1.5 * x[i] + noise[i];
        }
        return Table.of("simulated", n, List.of(NumericColumn.of("x", x), NumericColumn.of("t", t),
                NumericColumn.of("y", y)));
    }

    static EffectQuery adjustingForX() {
        return new EffectQuery(Estimand.ATE, "t", "y", List.of("x"), List.of());
    }

    /**
     * No effect at all, only confounding by u: {@code u ~ N(0, 1)}, {@code t = a u + N(0, 1)},
     * {@code y = a u + N(0, 1)}; a naive regression of y on t finds an "effect".
     */
    static Table pureConfounding(int n, double a, long seed) {
        RandomSource rng = new RandomSource(seed);
        double[] u = normal(n, rng.stream(0));
        double[] t = normal(n, rng.stream(1));
        double[] y = normal(n, rng.stream(2));
        for (int i = 0; i < n; i++) {
            t[i] += a * u[i];
            y[i] += a * u[i];
        }
        return Table.of("confounded", n, List.of(NumericColumn.of("u", u), NumericColumn.of("t", t),
                NumericColumn.of("y", y)));
    }

    static EffectQuery ignoringU() {
        return new EffectQuery(Estimand.ATE, "t", "y", List.of(), List.of());
    }

    private static double[] normal(int n, RandomSource rng) {
        double[] out = new double[n];
        new Normal().sample(rng, STANDARD_NORMAL, out);
        return out;
    }
}
