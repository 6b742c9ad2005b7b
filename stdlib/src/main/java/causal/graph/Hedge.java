package causal.graph;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A hedge (Shpitser and Pearl 2006, definition 5), the witness that an interventional distribution is not
 * identifiable: two C-forests F and F′ with the same roots R, F′ inside F, the treatments {@code treatments} in F
 * but not in F′, and R among the ancestors of the outcomes once the treatments' incoming edges are cut. Two models
 * that agree on the observed distribution but differ on the effect can be built on any hedge (their hedge
 * criterion).
 *
 * <p>This is the pair the ID algorithm stops at (its line 5), found in the recursive call identifying
 * P(outcomes | do(treatments)); Shpitser and Pearl show that the graphs where ID fails contain a hedge for part
 * of the query, so the effect asked for is not identifiable. The property tests check that these treatments meet
 * the query's and that F′ holds none of them. Node names are those of the latent projection (observed nodes
 * only).
 *
 * @param f the larger forest F, holding the treatments
 * @param fPrime the smaller forest F′ = F minus the treatments
 * @param treatments the treatments of the failing call, F \ F′
 * @param outcomes the outcomes of the failing call
 */
public record Hedge(CForest f, CForest fPrime, SortedSet<String> treatments, SortedSet<String> outcomes) {
    public Hedge {
        treatments = Collections.unmodifiableSortedSet(new TreeSet<>(treatments));
        outcomes = Collections.unmodifiableSortedSet(new TreeSet<>(outcomes));
    }

    /** One sentence for a user: which forests form the hedge and what it blocks. */
    public String explanation() {
        return "the C-forests F = " + braces(f.nodes()) + " and F' = " + braces(fPrime.nodes()) + " with roots "
                + braces(f.roots()) + " form a hedge for the effect of " + braces(treatments) + " on "
                + braces(outcomes) + " (Shpitser and Pearl 2006), so the effect is not identifiable";
    }

    private static String braces(SortedSet<String> names) {
        return "{" + String.join(", ", names) + "}";
    }
}
