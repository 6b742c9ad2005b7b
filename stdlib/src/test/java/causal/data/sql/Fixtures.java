package causal.data.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.duckdb.DuckDBDriver;

/** Test data written by DuckDB itself, through a connection of its own (not the engine under test). */
final class Fixtures {
    private Fixtures() {
    }

    /** Writes the rows of {@code select} to {@code file} as Parquet, creating its folder. */
    static Path parquet(Path file, String select) throws Exception {
        Files.createDirectories(file.getParent());
        execute("COPY (" + select + ") TO " + SqlText.string(file.toString()) + " (FORMAT PARQUET)");
        return file;
    }

    static void execute(String sql) throws SQLException {
        try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Eight columns of the types a Parquet file usually holds, four rows, with NULLs (and a NaN) in every column
     * but id.
     */
    static final String PEOPLE = """
            select * from (values
              (1, 23, 1.5::DOUBLE, true, 'Oslo', DATE '2024-03-01', TIMESTAMP '2024-03-01 09:30:00', 12.25),
              (2, NULL, NULL, false, 'Bergen', NULL, NULL, NULL),
              (3, 41, 'NaN'::DOUBLE, NULL, NULL, DATE '2023-12-31', TIMESTAMP '2023-12-31 23:59:59.5', 0.10),
              (4, 35, -2.0, true, 'Oslo', DATE '2024-01-15', TIMESTAMP '2024-01-15 00:00:00', 7.00)
            ) t(id, age, score, member, city, joined, seen, spend)
            """;

    static final String PEOPLE_TYPED = "select id::INTEGER as id, age::BIGINT as age, score::DOUBLE as score, "
            + "member::BOOLEAN as member, city::VARCHAR as city, joined::DATE as joined, seen::TIMESTAMP as seen, "
            + "spend::DECIMAL(10,2) as spend from (" + PEOPLE + ")";
}
