package causal.panel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The within transformation, checked by its definition: the residual has mean zero in every level of every factor. */
class AlternatingProjectionsTest {
    private static final int UNITS = 200;
    private static final int PERIODS = 12;

    /** A seeded unbalanced panel: every unit-period pair kept with probability 0.7 (at least 2 rows per unit). */
    private static List<Factor> randomPanel(SplittableRandom random) {
        int[] unit = new int[UNITS * PERIODS];
        int[] time = new int[UNITS * PERIODS];
        int n = 0;
        for (int u = 0; u < UNITS; u++) {
            for (int t = 0; t < PERIODS; t++) {
                if (t < 2 || random.nextDouble() < 0.7) {
                    unit[n] = u;
                    time[n] = t;
                    n++;
                }
            }
        }
        return List.of(Factor.of("unit", java.util.Arrays.copyOf(unit, n)),
                Factor.of("time", java.util.Arrays.copyOf(time, n)));
    }

    @Test
    void theResidualHasMeanZeroWithinEveryUnitAndEveryPeriod() {
        SplittableRandom random = new SplittableRandom(7);
        List<Factor> factors = randomPanel(random);
        int n = factors.get(0).size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian() + 0.3 * factors.get(0).code(i) - factors.get(1).code(i);
        }
        AlternatingProjections.Sweeps sweeps = AlternatingProjections.over(factors).demean(x, 1e-12, 10_000);
        assertThat(sweeps.converged()).isTrue();
        for (Factor f : factors) {
            double[] sums = new double[f.levels()];
            for (int i = 0; i < n; i++) {
                sums[f.code(i)] += x[i];
            }
            for (int level = 0; level < f.levels(); level++) {
                assertThat(sums[level] / f.count(level)).isCloseTo(0.0, within(1e-9));
            }
        }
    }

    @Test
    void aSumOfUnitAndPeriodEffectsIsRemovedEntirely() {
        SplittableRandom random = new SplittableRandom(8);
        List<Factor> factors = randomPanel(random);
        double[] unitEffect = random.doubles(UNITS).toArray();
        double[] periodEffect = random.doubles(PERIODS).toArray();
        int n = factors.get(0).size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5 * unitEffect[factors.get(0).code(i)] + periodEffect[factors.get(1).code(i)];
        }
        AlternatingProjections.over(factors).demean(x, 1e-12, 10_000);
        for (double v : x) {
            assertThat(v).isCloseTo(0.0, within(1e-9));
        }
    }

    @Test
    void stoppingAtTheIterationCapIsReportedAsNotConverged() {
        SplittableRandom random = new SplittableRandom(9);
        List<Factor> factors = randomPanel(random);
        double[] x = random.doubles(factors.get(0).size()).toArray();
        AlternatingProjections.Sweeps sweeps = AlternatingProjections.over(factors).demean(x, 1e-14, 1);
        assertThat(sweeps).isEqualTo(new AlternatingProjections.Sweeps(1, false));
    }
}
