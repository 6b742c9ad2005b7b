package causal.stream;

import causal.data.DataLocation;

/** The messages about single rows of a batch that every accumulator gives in the same words. */
final class Rows {
    private Rows() {
    }

    /** The value at {@code index} of column {@code j} is infinite: an error naming the source's row (1-based). */
    static StreamException infinite(RowBatch batch, int j, int index) {
        double v = batch.column(j)[index];
        String column = batch.names().get(j);
        long row = rowNumber(batch, index);
        return new StreamException("row " + row + " of " + batch.source() + ": " + column + " is "
                + (v > 0 ? "+" : "-") + "infinite; estimators need finite numbers (log of 0 and division by 0 give "
                + "infinities)", DataLocation.cell(batch.source(), row, column));
    }

    /** The columns an accumulator reads, each once: {@code named} (nulls skipped), then {@code alsoComplete}. */
    static java.util.List<String> columns(java.util.List<String> named, java.util.List<String> alsoComplete) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        named.stream().filter(java.util.Objects::nonNull).forEach(all::add);
        all.addAll(alsoComplete);
        return new java.util.ArrayList<>(all);
    }

    /**
     * Whether the row at array index {@code i} has a value in each of the batch's columns {@code read}.
     *
     * @throws StreamException at an infinite value in one of them
     */
    static boolean complete(RowBatch batch, int[] read, int i) {
        boolean complete = true;
        for (int j : read) {
            double v = batch.column(j)[i];
            if (Double.isInfinite(v)) {
                throw infinite(batch, j, i);
            }
            complete &= !Double.isNaN(v);
        }
        return complete;
    }

    /** The 1-based row of the source at array index {@code index} of the batch. */
    static long rowNumber(RowBatch batch, int index) {
        return batch.firstRow() + (index - batch.start()) + 1;
    }
}
