package causal.graph;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * P(outcomes | do(treatments), conditions): the joint distribution of the outcomes when the treatments are set by
 * intervention, among the units whose conditioning variables take the given values. The three sets are disjoint,
 * the outcomes non-empty; treatments and conditions may be empty.
 */
public record InterventionalQuery(SortedSet<String> treatments, SortedSet<String> outcomes,
        SortedSet<String> conditions) {
    public InterventionalQuery {
        treatments = Collections.unmodifiableSortedSet(new TreeSet<>(treatments));
        outcomes = Collections.unmodifiableSortedSet(new TreeSet<>(outcomes));
        conditions = Collections.unmodifiableSortedSet(new TreeSet<>(conditions));
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("an effect needs at least one outcome");
        }
        if (!Collections.disjoint(treatments, outcomes) || !Collections.disjoint(treatments, conditions)
                || !Collections.disjoint(outcomes, conditions)) {
            throw new IllegalArgumentException("treatments, outcomes and conditions must be disjoint");
        }
    }

    /** P(outcomes | do(treatments)). */
    public static InterventionalQuery of(Collection<String> treatments, Collection<String> outcomes) {
        return new InterventionalQuery(new TreeSet<>(treatments), new TreeSet<>(outcomes), new TreeSet<>());
    }

    /** The same query restricted to the units with the given values of {@code conditions}. */
    public InterventionalQuery given(Collection<String> conditions) {
        return new InterventionalQuery(treatments, outcomes, new TreeSet<>(conditions));
    }

    /** {@code P(y | do(x), z)}, as papers write it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("P(").append(String.join(", ", outcomes));
        String bar = " | ";
        if (!treatments.isEmpty()) {
            text.append(bar).append("do(").append(String.join(", ", treatments)).append(')');
            bar = ", ";
        }
        if (!conditions.isEmpty()) {
            text.append(bar).append(String.join(", ", conditions));
        }
        return text.append(')').toString();
    }
}
