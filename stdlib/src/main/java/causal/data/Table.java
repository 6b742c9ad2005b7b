package causal.data;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable columnar table: named columns of equal length, in order. {@code source} names it in errors. */
public final class Table {
    private final String source;
    private final Map<String, Column> columns;
    private final int rows;

    private Table(String source, Map<String, Column> columns, int rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    /** A table of {@code columns}, which must all have {@code rows} rows and distinct names. */
    public static Table of(String source, int rows, List<? extends Column> columns) {
        Map<String, Column> map = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, not " + rows);
            }
            if (map.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate column " + c.name());
            }
        }
        return new Table(source, map, rows);
    }

    public String source() {
        return source;
    }

    public int rowCount() {
        return rows;
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public Collection<Column> columns() {
        return columns.values();
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    public Optional<Column> find(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /** The column called {@code name}; throws {@link IllegalArgumentException} when there is none. */
    public Column column(String name) {
        Column c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column " + name + " in " + source);
        }
        return c;
    }

    public Schema schema() {
        List<Schema.Field> fields = new ArrayList<>();
        for (Column c : columns.values()) {
            fields.add(new Schema.Field(c.name(), c.type()));
        }
        return new Schema(fields);
    }

    /** This table plus {@code column}, replacing a column of the same name in place. */
    public Table with(Column column) {
        if (column.size() != rows) {
            throw new IllegalArgumentException("column " + column.name() + " has " + column.size() + " rows, not " + rows);
        }
        Map<String, Column> map = new LinkedHashMap<>(columns);
        map.put(column.name(), column);
        return new Table(source, map, rows);
    }

    /** The rows listed in {@code rowIndexes}, in that order. */
    public Table select(int[] rowIndexes) {
        Map<String, Column> map = new LinkedHashMap<>();
        for (Column c : columns.values()) {
            map.put(c.name(), c.select(rowIndexes));
        }
        return new Table(source, map, rowIndexes.length);
    }

    /** The first {@code n} rows (all of them when there are fewer), e.g. for printing. */
    public Table head(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("head needs a row count of at least 0, not " + n);
        }
        int[] first = new int[Math.min(n, rows)];
        for (int i = 0; i < first.length; i++) {
            first[i] = i;
        }
        return select(first);
    }

    /** The rows set in {@code keep}. */
    public Table filter(BitSet keep) {
        return select(keep.stream().toArray());
    }

    /** Only the named columns, in the given order. */
    public Table project(List<String> names) {
        Map<String, Column> map = new LinkedHashMap<>();
        for (String n : names) {
            map.put(n, column(n));
        }
        return new Table(source, map, rows);
    }

    /** The rows with no missing value in any of {@code names}. */
    public BitSet completeRows(Collection<String> names) {
        BitSet any = new BitSet(rows);
        for (String n : names) {
            any.or(column(n).missing());
        }
        BitSet keep = new BitSet(rows);
        keep.set(0, rows);
        keep.andNot(any);
        return keep;
    }
}
