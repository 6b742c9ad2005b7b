package causal.panel;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The units of a {@link StaggeredPanel} grouped by first treated period, with each group's mean outcome per period:
 * everything the Goodman-Bacon decomposition needs, since in a balanced panel the two-way fixed-effects fit and
 * every 2×2 depend on the data only through these means.
 */
final class TimingGroups {
    private final StaggeredPanel panel;
    private final int periods;
    /** Per group, in increasing order of first treated period: that period's index (periods = never). */
    private final int[] first;
    private final int[] units;
    /** Group-major: {@code means[g * periods + t]}. */
    private final double[] means;
    private final int totalUnits;

    private TimingGroups(StaggeredPanel panel, int[] first, int[] units, double[] means) {
        this.panel = panel;
        this.periods = panel.periods();
        this.first = first;
        this.units = units;
        this.means = means;
        this.totalUnits = panel.units();
    }

    static TimingGroups of(StaggeredPanel panel) {
        int periods = panel.periods();
        int[] starts = new int[panel.units()];
        for (int u = 0; u < starts.length; u++) {
            starts[u] = panel.firstTreated(u);
        }
        int[] first = Arrays.stream(starts).distinct().sorted().toArray();
        int[] units = new int[first.length];
        double[] means = new double[first.length * periods];
        double[] y = panel.outcomes();
        for (int u = 0; u < starts.length; u++) {
            int g = Arrays.binarySearch(first, starts[u]);
            units[g]++;
            for (int t = 0; t < periods; t++) {
                means[g * periods + t] += y[u * periods + t];
            }
        }
        for (int g = 0; g < first.length; g++) {
            for (int t = 0; t < periods; t++) {
                means[g * periods + t] /= units[g];
            }
        }
        return new TimingGroups(panel, first, units, means);
    }

    int count() {
        return first.length;
    }

    boolean isAlwaysTreated(int g) {
        return first[g] == 0;
    }

    boolean isNeverTreated(int g) {
        return first[g] == periods;
    }

    /** D̄: the share of periods group g is treated in. */
    private double treatedShare(int g) {
        return (periods - first[g]) / (double) periods;
    }

    /** D̃ = D − D̄ᵢ − D̄ₜ + D̄ for group g in period t: the treatment with unit and period means removed. */
    private double residualTreatment(int g, int t, double[] periodShare, double overall) {
        return (t >= first[g] ? 1 : 0) - treatedShare(g) - periodShare[t] + overall;
    }

    /** V̂ᴰ = Σᵢₜ D̃ᵢₜ² / (N T). */
    double residualTreatmentVariance() {
        return weightedResidualSum(null) / ((double) totalUnits * periods);
    }

    /** Σᵢₜ D̃ᵢₜ yᵢₜ / Σᵢₜ D̃ᵢₜ²: the two-way fixed-effects coefficient by Frisch-Waugh-Lovell. */
    double twoWayFixedEffects() {
        return weightedResidualSum(means) / weightedResidualSum(null);
    }

    /** Σ over groups and periods of units × D̃ × (the mean outcome, or D̃ itself when {@code y} is null). */
    private double weightedResidualSum(double[] y) {
        double[] periodShare = new double[periods];
        double overall = 0;
        for (int g = 0; g < first.length; g++) {
            for (int t = first[g]; t < periods; t++) {
                periodShare[t] += units[g] / (double) totalUnits;
            }
            overall += units[g] * treatedShare(g) / totalUnits;
        }
        double sum = 0;
        for (int g = 0; g < first.length; g++) {
            for (int t = 0; t < periods; t++) {
                double d = residualTreatment(g, t, periodShare, overall);
                sum += units[g] * d * (y == null ? d : y[g * periods + t]);
            }
        }
        return sum;
    }

    /** The 2×2 of treated cohort k against group c, its weight divided by V̂ᴰ. */
    BaconDecomposition.Comparison compare(int k, int c, double variance) {
        BaconDecomposition.ComparisonType type;
        int from = 0;
        int to = periods;
        if (isNeverTreated(c)) {
            type = BaconDecomposition.ComparisonType.TREATED_VS_UNTREATED;
        } else if (isAlwaysTreated(c)) {
            type = BaconDecomposition.ComparisonType.LATER_VS_ALWAYS_TREATED;
        } else if (first[c] > first[k]) {
            type = BaconDecomposition.ComparisonType.EARLIER_VS_LATER_TREATED;
            to = first[c];
        } else {
            type = BaconDecomposition.ComparisonType.LATER_VS_EARLIER_TREATED;
            from = first[c];
        }
        double estimate = change(k, from, first[k], to) - change(c, from, first[k], to);
        OptionalInt control = isNeverTreated(c) ? OptionalInt.empty() : OptionalInt.of(panel.period(first[c]));
        return new BaconDecomposition.Comparison(type, panel.period(first[k]), control, units[k], units[c], estimate,
                weight(k, c) / variance);
    }

    /** Group g's mean over periods [start, to) minus its mean over [from, start). */
    private double change(int g, int from, int start, int to) {
        double before = 0;
        double after = 0;
        for (int t = from; t < to; t++) {
            if (t < start) {
                before += means[g * periods + t];
            } else {
                after += means[g * periods + t];
            }
        }
        return after / (to - start) - before / (start - from);
    }

    /** Equations 10a–c of Goodman-Bacon (2021) before division by V̂ᴰ, with unit shares n. */
    private double weight(int k, int c) {
        double nk = units[k] / (double) totalUnits;
        double nc = units[c] / (double) totalUnits;
        double pair = nk + nc;
        double balance = (nk / pair) * (nc / pair);
        double dk = treatedShare(k);
        double dc = treatedShare(c);
        if (dk > dc) {
            // k treated earlier: the window is the periods before c starts, k treated in a share a of them
            double a = (dk - dc) / (1 - dc);
            return Math.pow(pair * (1 - dc), 2) * balance * a * (1 - a);
        }
        // k treated later: the window is the periods from c's start, k treated in a share b of them
        double b = dk / dc;
        return Math.pow(pair * dc, 2) * balance * b * (1 - b);
    }
}
