package causal.stream;

import causal.estimate.Estimate;

/**
 * A streamed estimate: the {@link Estimate} (whose {@code n} is capped at {@code Integer.MAX_VALUE}), the exact
 * count of rows used, the rows dropped for a missing value (LANGUAGE.md §2: the result reports them), and how many
 * passes over the data it took.
 */
public record StreamedEstimate(Estimate estimate, long rows, long droppedRows, int passes) {
}
