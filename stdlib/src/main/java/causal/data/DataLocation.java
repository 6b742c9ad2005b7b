package causal.data;

import java.util.Optional;
import java.util.OptionalLong;

/** Where in a data file something is: the file, and when known the 1-based data row and the column. */
public record DataLocation(String file, OptionalLong row, Optional<String> column) {

    public static DataLocation file(String file) {
        return new DataLocation(file, OptionalLong.empty(), Optional.empty());
    }

    public static DataLocation cell(String file, long row, String column) {
        return new DataLocation(file, OptionalLong.of(row), Optional.of(column));
    }

    public static DataLocation column(String file, String column) {
        return new DataLocation(file, OptionalLong.empty(), Optional.of(column));
    }

    /** e.g. {@code data/x.csv, row 3, column age}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        row.ifPresent(r -> sb.append(", row ").append(r));
        column.ifPresent(c -> sb.append(", column ").append(c));
        return sb.toString();
    }
}
