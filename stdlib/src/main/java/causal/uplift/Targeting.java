package causal.uplift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code target tau top 20%} and {@code target tau where cate > cost}: the rows to treat, from predicted effects.
 * Rows are ranked by predicted effect (highest first, ties in row order, so the list is the same on every run).
 */
public final class Targeting {
    private Targeting() {
    }

    /**
     * The rows {@code rule} selects from {@code predictedEffect}, with the expected uplift. Not modified:
     * predictedEffect.
     *
     * @throws UpliftException when a predicted effect is not finite
     */
    public static TargetGroup select(double[] predictedEffect, TargetRule rule) {
        return select(predictedEffect, rule, null, null);
    }

    /**
     * As {@link #select(double[], TargetRule)}, and the uplift observed among the selected rows from their
     * {@code treatment} (0/1) and {@code outcome}. Not modified: the arrays.
     *
     * @throws UpliftException when the lengths differ, the treatment is not 0/1 or a value is not finite
     */
    public static TargetGroup select(double[] predictedEffect, TargetRule rule, double[] treatment,
            double[] outcome) {
        int n = predictedEffect == null ? 0 : predictedEffect.length;
        Checks.finite(predictedEffect, n, "the predicted effect");
        if (treatment != null || outcome != null) {
            Checks.treatment(treatment, n, "the predicted effect has");
            Checks.finite(outcome, n, "the outcome", "the predicted effect has");
        }
        int[] ranked = RowOrder.descending(predictedEffect);
        int count = rule instanceof TargetRule.TopShare top ? topCount(top.share(), n)
                : countAbove(predictedEffect, ranked, ((TargetRule.AboveCost) rule).cost());
        List<Integer> rows = new ArrayList<>(count);
        double total = 0;
        for (int k = 0; k < count; k++) {
            rows.add(ranked[k]);
            total += predictedEffect[ranked[k]];
        }
        List<String> notes = new ArrayList<>();
        if (count == 0) {
            notes.add(rule instanceof TargetRule.AboveCost ? "no row has a predicted effect above the cost"
                    : "the share selects no row of " + n);
        }
        Optional<ObservedUplift> observed = treatment == null ? Optional.empty()
                : observed(rows, treatment, outcome, notes);
        return new TargetGroup(rule, rows, n, total,
                count == 0 ? OptionalDouble.empty() : OptionalDouble.of(total / count), observed, notes);
    }

    /** {@code ⌊share · n⌋}, forgiving the rounding of decimal shares ({@code 0.29 · 100} is 28.999…). */
    private static int topCount(double share, int n) {
        return (int) Math.floor(share * n + 1e-9 * Math.max(1, n));
    }

    private static int countAbove(double[] effect, int[] ranked, double cost) {
        int count = 0;
        while (count < ranked.length && effect[ranked[count]] > cost) {
            count++;
        }
        return count;
    }

    /** The difference in means between the treated and control rows among {@code rows}. Modified: notes. */
    private static Optional<ObservedUplift> observed(List<Integer> rows, double[] treatment, double[] outcome,
            List<String> notes) {
        int treated = 0;
        int control = 0;
        double treatedSum = 0;
        double controlSum = 0;
        for (int r : rows) {
            if (treatment[r] == 1) {
                treated++;
                treatedSum += outcome[r];
            } else {
                control++;
                controlSum += outcome[r];
            }
        }
        if (treated < 2 || control < 2) {
            notes.add("no observed uplift: the selected rows hold " + treated + " treated and " + control
                    + " control rows, and a standard error needs at least 2 of each");
            return Optional.empty();
        }
        double treatedMean = treatedSum / treated;
        double controlMean = controlSum / control;
        double treatedSquares = 0;
        double controlSquares = 0;
        for (int r : rows) {
            double d = outcome[r] - (treatment[r] == 1 ? treatedMean : controlMean);
            if (treatment[r] == 1) {
                treatedSquares += d * d;
            } else {
                controlSquares += d * d;
            }
        }
        double se = Math.sqrt(treatedSquares / (treated - 1) / treated + controlSquares / (control - 1) / control);
        return Optional.of(new ObservedUplift(treatedMean - controlMean, se, treated, control, treatedMean,
                controlMean));
    }
}
