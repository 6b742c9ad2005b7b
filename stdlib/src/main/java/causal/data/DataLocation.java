package causal.data;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where in a data file something is: the file, and when known the 1-based data row (the header is not a row), the
 * 1-based line of the file where that row starts, and the column. A row read from a CSV file has a line; a row of
 * another source (a simulated or derived table) may not.
 */
public record DataLocation(String file, OptionalLong row, OptionalLong line, Optional<String> column) {

    /** A location without a file line. */
    public DataLocation(String file, OptionalLong row, Optional<String> column) {
        this(file, row, OptionalLong.empty(), column);
    }

    public static DataLocation file(String file) {
        return new DataLocation(file, OptionalLong.empty(), OptionalLong.empty(), Optional.empty());
    }

    public static DataLocation cell(String file, long row, String column) {
        return new DataLocation(file, OptionalLong.of(row), OptionalLong.empty(), Optional.of(column));
    }

    /** A cell of a text file whose data row {@code row} starts on line {@code line}. */
    public static DataLocation cell(String file, long row, long line, String column) {
        return new DataLocation(file, OptionalLong.of(row), OptionalLong.of(line), Optional.of(column));
    }

    /** A whole data row of a text file, starting on line {@code line}. */
    public static DataLocation row(String file, long row, long line) {
        return new DataLocation(file, OptionalLong.of(row), OptionalLong.of(line), Optional.empty());
    }

    /** A line of a text file that is not a data row, e.g. the header. */
    public static DataLocation line(String file, long line) {
        return new DataLocation(file, OptionalLong.empty(), OptionalLong.of(line), Optional.empty());
    }

    public static DataLocation column(String file, String column) {
        return new DataLocation(file, OptionalLong.empty(), OptionalLong.empty(), Optional.of(column));
    }

    /** e.g. {@code data/x.csv, row 3 (line 4), column age}, or {@code data/x.csv, line 1}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (row.isPresent()) {
            sb.append(", row ").append(row.getAsLong());
            line.ifPresent(l -> sb.append(" (line ").append(l).append(')'));
        } else {
            line.ifPresent(l -> sb.append(", line ").append(l));
        }
        column.ifPresent(c -> sb.append(", column ").append(c));
        return sb.toString();
    }
}
