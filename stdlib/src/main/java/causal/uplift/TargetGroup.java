package causal.uplift;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rows a {@link TargetRule} selects, ranked by predicted effect (highest first, ties in row order), with the
 * uplift expected from the predictions and, when outcomes were given, the uplift observed among them.
 *
 * @param rule the rule that selected them
 * @param rows the selected rows (0-based indices into the scored rows), highest predicted effect first
 * @param population the number of rows scored
 * @param expectedTotalUplift {@code Σ τ̂} over the selected rows
 * @param expectedMeanUplift {@code Σ τ̂ / count}; empty when no row is selected
 * @param observed the observed uplift among the selected rows, when outcomes were given and both arms hold at
 *     least two of them
 * @param notes why something is empty, in words
 */
public record TargetGroup(TargetRule rule, List<Integer> rows, int population, double expectedTotalUplift,
        OptionalDouble expectedMeanUplift, Optional<ObservedUplift> observed, List<String> notes) {

    public TargetGroup {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public int count() {
        return rows.size();
    }

    /** The expected uplift net of the cost of treating: {@code Σ (τ̂ - cost)} for a cost rule, else the total. */
    public double expectedNetGain() {
        return rule instanceof TargetRule.AboveCost c ? expectedTotalUplift - c.cost() * rows.size()
                : expectedTotalUplift;
    }
}
