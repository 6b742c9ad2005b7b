package causal.bench;

import causal.panel.Factor;
import causal.panel.FixedEffectsFit;
import causal.panel.FixedEffectsRegression;
import causal.panel.Regressors;
import causal.panel.StandardErrors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Two-way fixed effects on 10M rows: 100,000 units × 100 periods, one regressor, unit and period effects absorbed,
 * clustered by unit (issue 6 target: under 10 s, fixest's headline class).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx12g"})
public class TwfeBenchmark {
    @Param({"100000"})
    int units;

    @Param({"100"})
    int periods;

    double[] y;
    double[] d;
    Factor unit;
    Factor period;

    @Setup(Level.Trial)
    public void simulate() {
        int n = units * periods;
        SplittableRandom rng = new SplittableRandom(5);
        int[] u = new int[n];
        int[] t = new int[n];
        y = new double[n];
        d = new double[n];
        double[] unitEffect = new double[units];
        for (int i = 0; i < units; i++) {
            unitEffect[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            u[i] = i / periods;
            t[i] = i % periods;
            d[i] = 0.5 * unitEffect[u[i]] + 0.01 * t[i] + rng.nextGaussian();
            y[i] = 1.5 * d[i] + unitEffect[u[i]] + 0.02 * t[i] + rng.nextGaussian();
        }
        unit = Factor.of("unit", u);
        period = Factor.of("period", t);
    }

    @Benchmark
    public double twoWayFixedEffects() {
        FixedEffectsFit fit = FixedEffectsRegression.fit("y", y, Regressors.of("d", d), List.of(unit, period),
                StandardErrors.clustered(unit));
        return fit.coefficient("d").stdError();
    }
}
