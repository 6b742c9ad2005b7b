package causal.panel;

import causal.random.Normal;
import causal.random.RandomSource;

import java.util.Arrays;

/**
 * Simulated staggered adoption with heterogeneous, dynamic effects, the setting in which two-way fixed effects
 * goes wrong. Periods 1..{@code periods}; cohort j (first treated in {@code starts[j]}) has {@code units[j]} units,
 * and {@code neverTreated} units are never treated. The outcome of unit i in period t is
 * <pre>y = αᵢ + 0.2 t + εₜ + τ(g, t) + noise,   τ(g, t) = growth[j] · (t − g + 1) for t ≥ g, else 0</pre>
 * with αᵢ, εₜ and noise independent standard normals: parallel trends hold, and the effect grows with time since
 * treatment at a cohort-specific rate. {@link #trueEffect}, {@link #trueSimple} and {@link #trueDynamic} give the
 * estimands in the weighting of {@code did::aggte}.
 */
final class StaggeredSimulation {
    private final int periods;
    private final int[] starts;
    private final int[] units;
    private final int neverTreated;
    private final double[] growth;

    StaggeredSimulation(int periods, int[] starts, int[] units, int neverTreated, double[] growth) {
        this.periods = periods;
        this.starts = starts.clone();
        this.units = units.clone();
        this.neverTreated = neverTreated;
        this.growth = growth.clone();
    }

    /** The panel of one draw: one row per unit and period, the same rows for the same seed. */
    StaggeredPanel panel(long seed) {
        RandomSource random = new RandomSource(seed);
        int n = Arrays.stream(units).sum() + neverTreated;
        double[] alpha = normals(random.stream(1), n);
        double[] shock = normals(random.stream(2), periods);
        double[] noise = normals(random.stream(3), n * periods);
        int[] unit = new int[n * periods];
        int[] period = new int[n * periods];
        double[] y = new double[n * periods];
        int[] treated = new int[n * periods];
        int i = 0;
        for (int u = 0; u < n; u++) {
            int j = cohortOf(u);
            for (int t = 1; t <= periods; t++, i++) {
                unit[i] = u;
                period[i] = t;
                treated[i] = j >= 0 && t >= starts[j] ? 1 : 0;
                y[i] = alpha[u] + 0.2 * t + shock[t - 1] + (j < 0 ? 0 : trueEffect(starts[j], t)) + noise[i];
            }
        }
        return StaggeredPanel.ofTreatment(new StaggeredPanel.ColumnNames("unit", "period", "y", "treated"), unit,
                period, y, treated);
    }

    /** τ(g, t). */
    double trueEffect(int cohort, int period) {
        int j = Arrays.binarySearch(starts, cohort);
        return period >= cohort ? growth[j] * (period - cohort + 1) : 0;
    }

    /** The post-treatment τ(g, t) averaged with weights proportional to cohort size: aggte's "simple". */
    double trueSimple() {
        double sum = 0;
        double weight = 0;
        for (int j = 0; j < starts.length; j++) {
            for (int t = starts[j]; t <= periods; t++) {
                sum += units[j] * trueEffect(starts[j], t);
                weight += units[j];
            }
        }
        return sum / weight;
    }

    /** τ(g, g + e) averaged over the cohorts observed at event time e, weighted by size: aggte's "dynamic". */
    double trueDynamic(int e) {
        double sum = 0;
        double weight = 0;
        for (int j = 0; j < starts.length; j++) {
            if (starts[j] + e >= 1 && starts[j] + e <= periods) {
                sum += units[j] * trueEffect(starts[j], starts[j] + e);
                weight += units[j];
            }
        }
        return sum / weight;
    }

    private int cohortOf(int unit) {
        int seen = 0;
        for (int j = 0; j < units.length; j++) {
            seen += units[j];
            if (unit < seen) {
                return j;
            }
        }
        return -1;
    }

    private static double[] normals(RandomSource random, int count) {
        double[] out = new double[count];
        new Normal().sample(random, new double[][] {{0}, {1}}, out);
        return out;
    }
}
