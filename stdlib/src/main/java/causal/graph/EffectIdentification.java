package causal.graph;

/**
 * What the ID algorithm (or IDC, for a conditional query) concludes about an {@link InterventionalQuery}: a formula
 * over the observational distribution, or the hedge that proves none exists.
 */
public sealed interface EffectIdentification permits EffectIdentification.Identified,
        EffectIdentification.NotIdentified {
    InterventionalQuery query();

    /**
     * The query equals {@code formula} evaluated on the observational distribution of the observed nodes. The
     * formula's free variables are the query's treatments, outcomes and conditions, and possibly some further
     * observed nodes that ID's line 3 added to the treatments: the effect does not depend on their values (Shpitser
     * and Pearl 2006, the soundness of line 3), so any value with positive probability may be plugged in.
     */
    record Identified(InterventionalQuery query, Expression formula) implements EffectIdentification {}

    /** The query is not identifiable from the observational distribution; {@code hedge} is the witness. */
    record NotIdentified(InterventionalQuery query, Hedge hedge) implements EffectIdentification {}
}
