package causal.data;

import java.util.List;
import java.util.Optional;

/**
 * The column names of a dataset and, once the data has been read, their types. A schema read from a header alone
 * has every type empty: {@code causal check} never reads the rows.
 */
public record Schema(List<Field> fields) {
    public Schema {
        fields = List.copyOf(fields);
    }

    /** A column name with its type, empty when known from a header only. */
    public record Field(String name, Optional<ColumnType> type) {
        public Field(String name, ColumnType type) {
            this(name, Optional.of(type));
        }
    }

    public static Schema ofNames(List<String> names) {
        return new Schema(names.stream().map(n -> new Field(n, Optional.empty())).toList());
    }

    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    public boolean has(String name) {
        return fields.stream().anyMatch(f -> f.name().equals(name));
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
