package causal.data;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Reads a CSV file (RFC 4180, UTF-8, comma-separated, optional byte order mark) into a {@link Table}.
 *
 * <p>The first non-blank line is the header: the column names, trimmed, each present and distinct. Blank lines are
 * skipped. Leading and trailing blanks (spaces, tabs) of a cell are ignored. A cell is missing when it is empty or one
 * of {@code NA}, {@code N/A}, {@code NaN}, {@code null}, {@code NULL}. Each column's type is inferred from its
 * non-missing cells:
 * <ul>
 *   <li>numeric when every cell is a decimal number ({@code 12}, {@code -0.5}, {@code 1e-3}, {@code Inf});
 *   <li>boolean when every cell is {@code true} or {@code false}, in any case;
 *   <li>otherwise categorical, with the distinct values as levels in String order —
 *   <li>except when more than half of the cells are numbers: then the column is meant to be numeric and its first
 *       other cell is reported as a bad cell, rather than silently turning the column into categories.
 * </ul>
 * A column with no values at all is numeric. Rows are 1-based data rows (the header is not one); messages also
 * give the file line where the row starts.
 *
 * <p>Numbers are parsed straight from the parser's buffer (FastDoubleParser), without a String per cell.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /**
     * The table in {@code file}; {@code displayName} is how errors name the file (the path as the script wrote it).
     * Throws {@link DataException} for a missing or empty file, a bad header, a row with the wrong number of
     * fields, or a non-number in a numeric column.
     */
    public static Table read(Path file, String displayName) {
        RecordsToColumns records = new RecordsToColumns(displayName);
        parse(file, displayName, records, () -> false);
        if (!records.hasHeader()) {
            throw new DataException("file is empty", DataLocation.file(displayName));
        }
        List<ColumnBuilder> columns = records.columns();
        failOnFirstBadCell(columns, displayName);
        EarlyTexts early = new EarlyTexts(columns);
        if (!early.done()) {
            parse(file, displayName, early, early::done);
        }
        return Table.of(displayName, records.rowCount(), columns.stream().map(ColumnBuilder::build).toList());
    }

    /** The column names of {@code file}, reading nothing past the header. Same errors as {@link #read} for it. */
    public static List<String> readHeader(Path file, String displayName) {
        RecordsToColumns records = new RecordsToColumns(displayName);
        parse(file, displayName, records, records::hasHeader);
        if (!records.hasHeader()) {
            throw new DataException("file is empty", DataLocation.file(displayName));
        }
        return records.header();
    }

    /** Bad cells are reported by row, so the user sees the one nearest the top of the file. */
    private static void failOnFirstBadCell(List<ColumnBuilder> columns, String displayName) {
        Optional<ColumnBuilder> first = columns.stream().filter(c -> c.badCell().isPresent())
                .min(Comparator.comparingInt(c -> c.badCell().orElseThrow().row()));
        if (first.isPresent()) {
            ColumnBuilder column = first.get();
            ColumnBuilder.Cell cell = column.badCell().orElseThrow();
            throw new DataException("cell \"" + cell.text() + "\" is not a number (the column's other values are numbers)",
                    DataLocation.cell(displayName, cell.row() + 1L, cell.line(), column.name()));
        }
    }

    /** Feeds {@code file} to {@code handler} record by record until the file ends or {@code done} says so. */
    private static void parse(Path file, String displayName, CsvCallbackHandler<?> handler, BooleanSupplier done) {
        if (Files.isDirectory(file)) {
            throw new DataException("is a folder, not a file: " + file.toAbsolutePath(),
                    DataLocation.file(displayName));
        }
        try (de.siegmar.fastcsv.reader.CsvReader<?> reader = de.siegmar.fastcsv.reader.CsvReader.builder()
                .detectBomHeader(true)
                .allowUnclosedQuote(false)
                .build(handler, file, StandardCharsets.UTF_8)) {
            CloseableIterator<?> records = reader.iterator();
            while (!done.getAsBoolean() && records.hasNext()) {
                records.next();
            }
        } catch (NoSuchFileException e) {
            throw new DataException("file not found (tried " + file.toAbsolutePath() + ")",
                    DataLocation.file(displayName));
        } catch (AccessDeniedException e) {
            throw new DataException("file cannot be read: permission denied (" + file.toAbsolutePath() + ")",
                    DataLocation.file(displayName));
        } catch (IOException | UncheckedIOException e) {
            throw new DataException("file cannot be read: " + e.getMessage(), DataLocation.file(displayName));
        } catch (CsvParseException e) {
            if (e.getCause() instanceof DataException data) {
                throw data;
            }
            throw new DataException("file is not valid CSV: " + describe(e), DataLocation.file(displayName));
        }
    }

    private static String describe(CsvParseException e) {
        String text = e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage();
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
