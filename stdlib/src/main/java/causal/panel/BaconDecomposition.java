package causal.panel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The Goodman-Bacon (2021, J. Econometrics 225(2), Theorem 1) decomposition of the two-way fixed-effects
 * coefficient of a balanced panel with staggered, absorbing treatment: β̂ = Σ sᵢ β̂ᵢ, a weighted average of every
 * 2×2 difference in differences between two timing groups, with weights sᵢ ≥ 0 that sum to 1. The groups are the
 * cohorts (units first treated in the same period), the never treated and the always treated. For each pair
 * k (earlier) and ℓ (later):
 * <ul>
 * <li>earlier vs later treated: k treated, ℓ as control, over the periods before ℓ starts;
 * <li>later vs earlier treated: ℓ treated, k as control, over the periods from k's start — the "forbidden"
 * comparison: k's own effect changes over that window, and that change is subtracted from ℓ's;
 * <li>treated vs untreated (ℓ never treated) and later vs always treated, over every period.
 * </ul>
 * With D̄ a group's share of treated periods, n a group's share of units, n_kℓ = n_k/(n_k + n_ℓ) and V̂ᴰ the variance
 * of the treatment after removing unit and period means, the weights are (equations 10a–c)
 * s_kU = (n_k + n_U)² n_kU(1 − n_kU) D̄_k(1 − D̄_k) / V̂ᴰ,
 * s_kℓᵏ = ((n_k + n_ℓ)(1 − D̄_ℓ))² n_kℓ(1 − n_kℓ) a(1 − a) / V̂ᴰ with a = (D̄_k − D̄_ℓ)/(1 − D̄_ℓ), and
 * s_kℓˡ = ((n_k + n_ℓ) D̄_k)² n_kℓ(1 − n_kℓ) b(1 − b) / V̂ᴰ with b = D̄_ℓ/D̄_k.
 * Each estimate is the difference in differences of the two groups' mean outcomes after and before the treated
 * group's start within the window, which is the two-way fixed-effects fit on that pair's rows. Type labels and the
 * summary by type are R's {@code bacondecomp::bacon} and {@code bacon_summary}.
 *
 * @param comparisons        every 2×2, ordered by treated cohort, then control (never treated last)
 * @param byType             per type (in bacondecomp's order): total weight and weighted average estimate
 * @param twoWayFixedEffects the coefficient of the treatment in y ~ D + unit + period, computed directly
 */
public record BaconDecomposition(List<Comparison> comparisons, List<TypeSummary> byType, double twoWayFixedEffects) {
    /** The kinds of 2×2, with bacondecomp's labels; declared in the order its summary prints them. */
    public enum ComparisonType {
        EARLIER_VS_LATER_TREATED("Earlier vs Later Treated"),
        LATER_VS_ALWAYS_TREATED("Later vs Always Treated"),
        LATER_VS_EARLIER_TREATED("Later vs Earlier Treated"),
        TREATED_VS_UNTREATED("Treated vs Untreated");

        private final String label;

        ComparisonType(String label) {
            this.label = label;
        }

        /** bacondecomp's {@code type}, e.g. {@code Later vs Earlier Treated}. */
        public String label() {
            return label;
        }
    }

    /**
     * One 2×2: the group whose treatment starts within the window ({@code treatedCohort}, its first treated period)
     * against a control group ({@code controlCohort}: its first treated period, the first period for the always
     * treated, empty for the never treated), with the units in each.
     */
    public record Comparison(ComparisonType type, int treatedCohort, OptionalInt controlCohort, int treatedUnits,
            int controlUnits, double estimate, double weight) {}

    /** One type's total weight and the weight-averaged estimate of its comparisons (bacondecomp's avg_est). */
    public record TypeSummary(ComparisonType type, int comparisons, double weight, double averageEstimate) {}

    public BaconDecomposition {
        comparisons = List.copyOf(comparisons);
        byType = List.copyOf(byType);
    }

    /** Σ weight × estimate, which equals {@link #twoWayFixedEffects()} up to rounding (Theorem 1). */
    public double weightedSum() {
        double sum = 0;
        for (Comparison c : comparisons) {
            sum += c.weight() * c.estimate();
        }
        return sum;
    }

    /** Σ weight, which is 1 up to rounding. */
    public double totalWeight() {
        double sum = 0;
        for (Comparison c : comparisons) {
            sum += c.weight();
        }
        return sum;
    }

    /**
     * Decomposes the two-way fixed-effects coefficient of the panel's treatment. Not modified: panel.
     *
     * @throws PanelException when the unit and period effects absorb the treatment (every treated unit starts in
     *                         the same period and there is no other group, or units are only never or always
     *                         treated)
     */
    public static BaconDecomposition of(StaggeredPanel panel) {
        TimingGroups groups = TimingGroups.of(panel);
        double variance = groups.residualTreatmentVariance();
        if (!(variance > 1e-12)) {
            throw new PanelException(panel.names().treatment() + " is explained by the " + panel.names().unit()
                    + " and " + panel.names().time() + " effects alone (every treated unit starts in the same "
                    + "period with no other group to compare with, or units are only never or always treated), so "
                    + "the two-way fixed-effects coefficient and its decomposition do not exist");
        }
        List<Comparison> comparisons = new ArrayList<>();
        int g = groups.count();
        for (int k = 0; k < g; k++) {
            if (groups.isAlwaysTreated(k) || groups.isNeverTreated(k)) {
                continue;
            }
            for (int c = 0; c < g; c++) {
                if (c != k) {
                    comparisons.add(groups.compare(k, c, variance));
                }
            }
        }
        return new BaconDecomposition(comparisons, summarize(comparisons), groups.twoWayFixedEffects());
    }

    private static List<TypeSummary> summarize(List<Comparison> comparisons) {
        Map<ComparisonType, double[]> sums = new EnumMap<>(ComparisonType.class);
        for (Comparison c : comparisons) {
            double[] s = sums.computeIfAbsent(c.type(), t -> new double[3]);
            s[0]++;
            s[1] += c.weight();
            s[2] += c.weight() * c.estimate();
        }
        List<TypeSummary> out = new ArrayList<>();
        sums.forEach((type, s) -> out.add(new TypeSummary(type, (int) s[0], s[1], s[2] / s[1])));
        return out;
    }
}
