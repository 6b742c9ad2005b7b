package causal.stream;

import java.util.List;

/**
 * Sums over rows that can be computed batch by batch and merged: the state of one pass of a streaming estimator.
 * {@link StreamPass} gives each batch a fresh accumulator (possibly on another thread) and merges them in batch order,
 * so the result does not depend on how many threads ran. A distributed engine may build the same state from its own
 * aggregates (each accumulator has a factory from sums) and merge partitions in a fixed order.
 *
 * @param <A> the accumulator's own type
 */
public interface Accumulator<A extends Accumulator<A>> {
    /** The columns a pass must read for this accumulator, each once. */
    List<String> columns();

    /** Adds the rows of {@code batch}. Modifies this; not modified: batch. */
    void add(RowBatch batch);

    /** Adds the sums of {@code later}, whose rows come after this one's. Modifies this; not modified: later. */
    void merge(A later);
}
