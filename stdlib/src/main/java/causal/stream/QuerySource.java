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
 * A query of the embedded engine ({@code parquet(…)}, {@code sql(…)}) as a {@link BatchSource}: a pass runs the
 * query and streams only the columns asked for. The engine reuses its arrays between batches, so each batch is
 * copied into fresh ones before it is handed on (the source's contract). Categorical codes number the levels in
 * order of first appearance in the pass; each batch carries the levels known when it was cut.
 *
 * <p>When the query runs a third time in a row over the same columns, that pass's batches are kept while they fit
 * in {@code keptBytes} (by default a quarter of the JVM's largest heap), and later passes over the same columns, or
 * some of them, replay them instead of running the query again: IPW's IRLS iterations then read the data through
 * the engine three times rather than once per iteration. A pass that outgrows the budget drops what it kept, so data
 * larger than memory holds no more than a batch. Replayed batches are the same rows, cut the same way, with the
 * same codes.
 */
public final class QuerySource implements BatchSource {
    private final DuckDbEngine engine;
    private final SqlQuery query;
    private final Schema schema;
    private final int batchRows;
    private final long keptBytes;
    /** The last pass that fitted the budget, and its columns; null before. */
    private List<RowBatch> kept;
    private List<String> keptColumns;
    /** The columns of the last pass that ran the query, and how many passes before it ran it over them. */
    private List<String> queried;
    private int repeats;

    private QuerySource(DuckDbEngine engine, SqlQuery query, Schema schema, int batchRows, long keptBytes) {
        this.engine = engine;
        this.query = query;
        this.schema = schema;
        this.batchRows = batchRows;
        this.keptBytes = keptBytes;
    }

    /** The rows of {@code query} in batches of {@link TableSource#DEFAULT_BATCH_ROWS}; describes it once. */
    public static QuerySource of(DuckDbEngine engine, SqlQuery query) {
        return of(engine, query, TableSource.DEFAULT_BATCH_ROWS);
    }

    /** The rows of {@code query} in batches of {@code batchRows} rows (at least 1); describes it once. */
    public static QuerySource of(DuckDbEngine engine, SqlQuery query, int batchRows) {
        return of(engine, query, batchRows, Runtime.getRuntime().maxMemory() / 4);
    }

    /** As {@link #of(DuckDbEngine, SqlQuery, int)}, keeping a pass's batches while they take at most keptBytes. */
    static QuerySource of(DuckDbEngine engine, SqlQuery query, int batchRows, long keptBytes) {
        if (batchRows < 1) {
            throw new StreamException("a batch needs at least 1 row, not " + batchRows);
        }
        return new QuerySource(engine, query, engine.describe(query), batchRows, keptBytes);
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
        if (kept != null && keptColumns.containsAll(columns)) {
            for (RowBatch batch : kept) {
                action.accept(columns.equals(keptColumns) ? batch : select(batch, columns));
            }
            return;
        }
        long[] first = {0};
        Levels[] levels = new Levels[columns.size()];
        for (int j = 0; j < levels.length; j++) {
            levels[j] = new Levels();
        }
        // Only the third query in a row over the same columns is kept: copying a pass costs about as much as running
        // the query again, so an estimate that reads its data twice (OLS and its sandwich) would lose by it, and one
        // that reads it again and again (IPW's IRLS iterations) gains from the fourth pass on.
        repeats = columns.equals(queried) ? repeats + 1 : 0;
        queried = List.copyOf(columns);
        Slabs[] keeping = {repeats >= 2 ? new Slabs(columns.size(), batchRows) : null};
        engine.forEachBatch(query, columns, batchRows, batch -> {
            RowBatch copied = copy(batch, columns, levels, first[0]);
            first[0] += batch.rowCount();
            if (keeping[0] != null && !keeping[0].keep(copied, keptBytes)) {
                keeping[0] = null;
            }
            action.accept(copied);
        });
        if (keeping[0] != null) {
            kept = keeping[0].batches;
            keptColumns = List.copyOf(columns);
        }
    }

    /**
     * A pass's batches copied into slabs: one array per column for many batches, from four batches' rows up to a
     * million (8 MB), so that the JVM places them in the old generation at once (the launcher's
     * {@code PretenureSizeThreshold}) instead of copying a thousand batch-sized arrays there in young collections
     * (2 s of pauses for 10M rows × 12 columns).
     */
    private static final class Slabs {
        private static final int MOST_ROWS = 1 << 20;
        private final List<RowBatch> batches = new ArrayList<>();
        private final int columns;
        private int slabRows;
        private double[][] slab;
        private int used;
        private long bytes;

        Slabs(int columns, int batchRows) {
            this.columns = columns;
            this.slabRows = (int) Math.min(Integer.MAX_VALUE - 8, 4L * batchRows);
        }

        /** Keeps a copy of batch (false, and keeps nothing more, once the slabs would pass budget bytes). */
        boolean keep(RowBatch batch, long budget) {
            int n = batch.rows();
            if (slab == null || used + n > slabRows) {
                if (slab != null) {
                    slabRows = Math.max(slabRows, Math.min(MOST_ROWS, 2 * slabRows));
                }
                slabRows = Math.max(slabRows, n);
                bytes += (long) Double.BYTES * columns * slabRows;
                if (bytes > budget) {
                    batches.clear();
                    slab = null;
                    return false;
                }
                slab = new double[columns][slabRows];
                used = 0;
            }
            double[][] views = new double[columns][];
            List<List<String>> texts = new ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                System.arraycopy(batch.column(j), batch.start(), slab[j], used, n);
                views[j] = slab[j];
                texts.add(batch.levels(j));
            }
            batches.add(new RowBatch(batch.source(), batch.names(), views, used, n, batch.firstRow(), texts));
            used += n;
            return true;
        }
    }

    /** The columns of a kept batch a later pass asks for, in its order: views of the same arrays. */
    private RowBatch select(RowBatch batch, List<String> columns) {
        double[][] arrays = new double[columns.size()][];
        List<List<String>> texts = new ArrayList<>(columns.size());
        for (int j = 0; j < arrays.length; j++) {
            int at = keptColumns.indexOf(columns.get(j));
            arrays[j] = batch.column(at);
            texts.add(batch.levels(at));
        }
        return new RowBatch(batch.source(), columns, arrays, batch.start(), batch.rows(), batch.firstRow(), texts);
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
