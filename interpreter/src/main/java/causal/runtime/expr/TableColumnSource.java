package causal.runtime.expr;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.NumericColumn;

/** A column of a {@link causal.data.Table}, read chunk by chunk into fresh vectors. */
final class TableColumnSource implements ColumnSource {
    private final Column column;

    TableColumnSource(Column column) {
        this.column = column;
    }

    @Override
    public Object slice(int firstRow, int endRow) {
        if (column instanceof NumericColumn numbers) {
            return numeric(numbers, firstRow, endRow);
        }
        if (column instanceof BooleanColumn booleans) {
            return trueFalse(booleans, firstRow, endRow);
        }
        return categorical((CategoricalColumn) column, firstRow, endRow);
    }

    private static NumericVector numeric(NumericColumn column, int firstRow, int endRow) {
        double[] out = new double[endRow - firstRow];
        // A missing value is stored as NaN (NumericColumn's contract), so no mask lookup per row.
        for (int i = 0; i < out.length; i++) {
            out[i] = column.get(firstRow + i);
        }
        return new NumericVector(out);
    }

    private static BooleanVector trueFalse(BooleanColumn column, int firstRow, int endRow) {
        byte[] out = new byte[endRow - firstRow];
        for (int i = 0; i < out.length; i++) {
            int row = firstRow + i;
            out[i] = column.isMissing(row) ? BooleanVector.MISSING : BooleanVector.code(column.get(row));
        }
        return new BooleanVector(out);
    }

    private static CategoricalVector categorical(CategoricalColumn column, int firstRow, int endRow) {
        int[] codes = new int[endRow - firstRow];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = column.code(firstRow + i);
        }
        return new CategoricalVector(codes, column.levels());
    }
}
