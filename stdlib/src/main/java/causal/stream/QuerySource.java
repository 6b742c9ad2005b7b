package causal.stream;

import causal.data.ColumnType;
import causal.data.DataLocation;
import causal.data.Schema;
import causal.data.sql.ColumnBatch;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import java.util.List;
import java.util.function.Consumer;

/**
 * A query of the embedded engine ({@code parquet(…)}, {@code sql(…)}) as a {@link BatchSource}: each pass runs the
 * query again and streams only the columns asked for, so nothing larger than a batch is held. The engine reuses its
 * arrays between batches, so each batch is copied into fresh ones before it is handed on (the source's contract).
 */
public final class QuerySource implements BatchSource {
    private final DuckDbEngine engine;
    private final SqlQuery query;
    private final Schema schema;
    private final int batchRows;

    private QuerySource(DuckDbEngine engine, SqlQuery query, Schema schema, int batchRows) {
        this.engine = engine;
        this.query = query;
        this.schema = schema;
        this.batchRows = batchRows;
    }

    /** The rows of {@code query} in batches of {@link TableSource#DEFAULT_BATCH_ROWS}; describes it once. */
    public static QuerySource of(DuckDbEngine engine, SqlQuery query) {
        return new QuerySource(engine, query, engine.describe(query), TableSource.DEFAULT_BATCH_ROWS);
    }

    @Override
    public String name() {
        return query.source();
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public void forEach(List<String> columns, Consumer<RowBatch> action) {
        for (String c : columns) {
            if (!schema.has(c)) {
                throw new StreamException("there is no column " + c + " in " + query.source(),
                        DataLocation.file(query.source()));
            }
        }
        long[] first = {0};
        engine.forEachBatch(query, columns, batchRows, batch -> {
            action.accept(copy(batch, columns, first[0]));
            first[0] += batch.rowCount();
        });
    }

    private RowBatch copy(ColumnBatch batch, List<String> columns, long firstRow) {
        int n = batch.rowCount();
        double[][] arrays = new double[columns.size()][];
        for (int j = 0; j < arrays.length; j++) {
            int c = batch.columnIndex(columns.get(j));
            double[] out = new double[n];
            if (batch.type(c) == ColumnType.CATEGORICAL) {
                int[] codes = batch.codes(c);
                for (int i = 0; i < n; i++) {
                    out[i] = codes[i] < 0 ? Double.NaN : codes[i];
                }
            } else {
                System.arraycopy(batch.values(c), 0, out, 0, n);
            }
            arrays[j] = out;
        }
        return new RowBatch(query.source(), columns, arrays, 0, n, firstRow);
    }
}
