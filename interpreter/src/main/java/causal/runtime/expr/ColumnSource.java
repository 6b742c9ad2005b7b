package causal.runtime.expr;

/** A column an expression reads, chunk by chunk. */
interface ColumnSource {
    /** A fresh vector of rows {@code [firstRow, endRow)}, which the caller owns. */
    Object slice(int firstRow, int endRow);
}
