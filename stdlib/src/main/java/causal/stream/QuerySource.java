package causal.stream;

import causal.data.ColumnType;
import causal.data.DataLocation;
import causal.data.Schema;
import causal.data.sql.ColumnBatch;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * A query of the embedded engine ({@code parquet(…)}, {@code sql(…)}) as a {@link BatchSource}: each pass runs the
 * query again and streams only the columns asked for, so nothing larger than a batch is held. The engine reuses its
 * arrays between batches, so each batch is copied into fresh ones before it is handed on (the source's contract).
 * Categorical codes number the levels in order of first appearance in the pass; each batch carries the levels known
 * when it was cut.
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
        return of(engine, query, TableSource.DEFAULT_BATCH_ROWS);
    }

    /** The rows of {@code query} in batches of {@code batchRows} rows (at least 1); describes it once. */
    public static QuerySource of(DuckDbEngine engine, SqlQuery query, int batchRows) {
        if (batchRows < 1) {
            throw new StreamException("a batch needs at least 1 row, not " + batchRows);
        }
        return new QuerySource(engine, query, engine.describe(query), batchRows);
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
        Levels[] levels = new Levels[columns.size()];
        for (int j = 0; j < levels.length; j++) {
            levels[j] = new Levels();
        }
        engine.forEachBatch(query, columns, batchRows, batch -> {
            action.accept(copy(batch, columns, levels, first[0]));
            first[0] += batch.rowCount();
        });
    }

    private RowBatch copy(ColumnBatch batch, List<String> columns, Levels[] levels, long firstRow) {
        int n = batch.rowCount();
        double[][] arrays = new double[columns.size()][];
        List<List<String>> texts = new ArrayList<>(columns.size());
        for (int j = 0; j < arrays.length; j++) {
            int c = batch.columnIndex(columns.get(j));
            double[] out = new double[n];
            if (batch.type(c) == ColumnType.CATEGORICAL) {
                int[] codes = batch.codes(c);
                for (int i = 0; i < n; i++) {
                    out[i] = codes[i] < 0 ? Double.NaN : codes[i];
                }
                texts.add(levels[j].snapshot(batch.levels(c)));
            } else {
                System.arraycopy(batch.values(c), 0, out, 0, n);
                texts.add(List.of());
            }
            arrays[j] = out;
        }
        return new RowBatch(query.source(), columns, arrays, 0, n, firstRow, texts);
    }

    /**
     * One categorical column's levels in an append-only array: a batch keeps a view of the first {@code size} entries,
     * which later appends never touch, so a column with a million levels is not copied once per batch.
     */
    private static final class Levels {
        private String[] array = new String[16];
        private int size;

        /** A read-only view of the levels in {@code seen} (the engine's growing list), appending the new ones. */
        List<String> snapshot(List<String> seen) {
            if (seen.size() > size) {
                if (seen.size() > array.length) {
                    array = Arrays.copyOf(array, Math.max(2 * array.length, seen.size()));
                }
                for (int k = size; k < seen.size(); k++) {
                    array[k] = seen.get(k);
                }
                size = seen.size();
            }
            return Collections.unmodifiableList(Arrays.asList(array).subList(0, size));
        }
    }
}
