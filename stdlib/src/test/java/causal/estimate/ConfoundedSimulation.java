package causal.estimate;

import causal.data.BooleanColumn;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Confounded data with a known constant effect of 2 (so ATE = ATT = ATC = 2): {@code x1 ~ N(0, 1)},
 * {@code x2 ~ Bernoulli(0.5)}, {@code t ~ Bernoulli(logistic(a + 0.8 x1 + 0.5 x2))} with {@code a = -0.3} (about 45%
 * treated) unless given,
 * {@code y = 1 + 2 t + 1.5 x1 + x2 + N(0, 1)}.
 */
final class ConfoundedSimulation {
    static final double EFFECT = 2.0;
    static final EffectQuery ATE = query(Estimand.ATE);

    private ConfoundedSimulation() {
    }

    static EffectQuery query(Estimand estimand) {
        return new EffectQuery(estimand, "t", "y", List.of("x1", "x2"), List.of());
    }

    static Table draw(int n, SplittableRandom random) {
        return draw(n, -0.3, random);
    }

    static Table draw(int n, double treatmentIntercept, SplittableRandom random) {
        double[] x1 = new double[n];
        BitSet x2 = new BitSet(n);
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = random.nextGaussian();
            boolean b = random.nextDouble() < 0.5;
            if (b) {
                x2.set(i);
            }
            double eta = treatmentIntercept + 0.8 * x1[i] + (b ? 0.5 : 0);
            t[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            y[i] = 1 + EFFECT * t[i] + 1.5 * x1[i] + (b ? 1 : 0) + random.nextGaussian();
        }
        return Table.of("simulated", n, List.of(NumericColumn.of("x1", x1), new BooleanColumn("x2", x2, new BitSet(), n),
                NumericColumn.of("t", t), NumericColumn.of("y", y)));
    }
}
