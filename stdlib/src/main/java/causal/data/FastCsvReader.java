package causal.data;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The CSV reader as it was before {@link CsvReader} read bytes: FastCSV's parser over UTF-8 decoded chars, feeding
 * {@link RecordsToColumns} and, for text columns that began with numbers or booleans, {@link EarlyTexts}. It reads
 * the files the byte reader leaves to it (not a regular file, a UTF-16 or UTF-32 byte order mark, a field longer than
 * {@link CsvScanner#FIELD_LIMIT}); tests read every file with both and compare. Same contract as {@link CsvReader}.
 */
final class FastCsvReader {
    private FastCsvReader() {
    }

    /** As {@link CsvReader#read}. */
    static Table read(Path file, String displayName) {
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

    /** As {@link CsvReader#readHeader}. */
    static List<String> readHeader(Path file, String displayName) {
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
            throw CsvFailure.notANumber(displayName, column.name(), cell.row() + 1L, cell.line(), cell.text());
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
        } catch (IOException e) {
            throw CsvFailure.unreadable(e, file, displayName);
        } catch (UncheckedIOException e) {
            throw new DataException("file cannot be read: " + e.getMessage(), DataLocation.file(displayName));
        } catch (CsvParseException e) {
            if (e.getCause() instanceof DataException data) {
                throw data;
            }
            throw CsvFailure.notValidCsv(displayName,
                    e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage());
        }
    }
}
