package causal.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Table} as CSV that {@link CsvReader} reads back to the same table: a header, numbers in the
 * shortest text that reads back to the same double (whole numbers without ".0"), booleans as {@code true}/
 * {@code false}, categories as their text (quoted when they hold a comma, quote or line break), missing as empty.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** Writes {@code table} to {@code file}, row by row (never the whole text in memory). */
    public static void write(Table table, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            Column[] columns = table.columns().toArray(Column[]::new);
            for (int j = 0; j < columns.length; j++) {
                out.write(j == 0 ? "" : ",");
                out.write(cell(columns[j].name()));
            }
            out.write('\n');
            for (int i = 0; i < table.rowCount(); i++) {
                for (int j = 0; j < columns.length; j++) {
                    if (j > 0) {
                        out.write(',');
                    }
                    Column c = columns[j];
                    if (c.isMissing(i)) {
                        continue;
                    }
                    out.write(switch (c.type()) {
                        case NUMERIC -> number(c.numeric(i));
                        case BOOLEAN -> c.numeric(i) == 1.0 ? "true" : "false";
                        case CATEGORICAL -> cell(c.text(i));
                    });
                }
                out.write('\n');
            }
        }
    }

    /** A whole number without a fraction; otherwise Java's shortest round-trip text. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Quoted, with doubled quotes, when the text holds a comma, a quote or a line break. */
    public static String cell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
