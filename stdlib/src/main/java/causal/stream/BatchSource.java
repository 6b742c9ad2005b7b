package causal.stream;

import causal.data.Schema;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows read batch by batch, so that data larger than memory can be summarized in a pass. A source is multi-pass:
 * each call of {@link #forEach} reads every row again. Its contract, which the streaming estimators rely on:
 * <ul>
 * <li>Every pass yields the same rows cut into the same batches in the same order (results are summed in batch
 * order, so they are reproducible).
 * <li>A batch's arrays are not modified once the batch is handed to the action: the action may give the batch to
 * another thread and return before it is read. Allocate fresh arrays per batch, or hand out views of data that
 * never change.
 * <li>Missing values are NaN; booleans are 0/1; a categorical column arrives as level codes 0, 1, … that mean the
 * same level in every batch and pass (estimators use them only as group or cluster keys, never as numbers), and
 * each batch names at least its own codes' levels ({@link RowBatch#levels(int)}).
 * <li>An exception thrown by the action ends the pass and propagates to the caller.
 * </ul>
 */
public interface BatchSource {
    /** The name of the data in messages (a file or dataset name). */
    String name();

    /** The columns that can be read and their types. */
    Schema schema();

    /**
     * One pass over all rows: hands each batch of {@code columns} (in that order) to {@code action}, first row first,
     * on the calling thread.
     *
     * @throws StreamException when a column does not exist
     */
    void forEach(List<String> columns, Consumer<RowBatch> action);
}
