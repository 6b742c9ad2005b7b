package causal.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

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
 * <p>The file's bytes are split and parsed directly ({@link CsvScanner}, {@link CellBytes}), a file of 4 MB or more
 * in chunks on all processors ({@link CsvBody}), with no String per numeric cell. The few files this does not cover
 * (not a regular file, such as a pipe; a UTF-16 or UTF-32 byte order mark; a field of nearly 16 MB) are read by
 * {@link FastCsvReader}, the FastCSV-based reader this one replaced, whose tables and messages it gives for every
 * file.
 */
public final class CsvReader {
    private static final int HEADER_BUFFER_BYTES = 1 << 16;

    private CsvReader() {
    }

    /**
     * The table in {@code file}; {@code displayName} is how errors name the file (the path as the script wrote it).
     * Throws {@link DataException} for a missing or empty file, a bad header, a row with the wrong number of
     * fields, or a non-number in a numeric column.
     */
    public static Table read(Path file, String displayName) {
        return read(file, displayName, CsvBody.Chunking.forThisMachine());
    }

    /** As {@link #read(Path, String)}, cutting the file as {@code chunking} says. */
    static Table read(Path file, String displayName, CsvBody.Chunking chunking) {
        return readFile(file, displayName, chunking, false).table;
    }

    /** The column names of {@code file}, reading nothing past the header. Same errors as {@link #read} for it. */
    public static List<String> readHeader(Path file, String displayName) {
        return readFile(file, displayName, CsvBody.Chunking.forThisMachine(), true).header;
    }

    /** The header, and the table unless only the header was asked for. */
    private record Contents(List<String> header, Table table) {
    }

    private static Contents readFile(Path file, String displayName, CsvBody.Chunking chunking, boolean headerOnly) {
        if (Files.isDirectory(file)) {
            throw new DataException("is a folder, not a file: " + file.toAbsolutePath(),
                    DataLocation.file(displayName));
        }
        if (Files.isRegularFile(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long start = dataStart(channel);
                if (start >= 0) {
                    return readBytes(channel, start, displayName, chunking, headerOnly);
                }
            } catch (CsvFailure e) {
                // A field FastCSV's buffer may refuse (or a file changed while it was read): FastCSV's reading decides.
            } catch (IOException e) {
                throw CsvFailure.unreadable(e, file, displayName);
            } catch (UncheckedIOException e) {
                throw CsvFailure.unreadable(e.getCause(), file, displayName);
            }
        }
        return headerOnly ? new Contents(FastCsvReader.readHeader(file, displayName), null)
                : new Contents(null, FastCsvReader.read(file, displayName));
    }

    /**
     * Where the data starts: after a UTF-8 byte order mark, if any; −1 for a UTF-16 or UTF-32 one, whose file
     * FastCSV decodes in that encoding (as it detects them: FE FF, FF FE, 00 00 FE FF).
     */
    private static long dataStart(FileChannel channel) throws IOException {
        ByteBuffer first = ByteBuffer.allocate(4);
        while (first.hasRemaining() && channel.read(first, first.position()) > 0) {
            // a short read is not the end of the file
        }
        int n = first.position();
        byte[] b = first.array();
        if (n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return 3;
        }
        boolean utf16 = n >= 2
                && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE);
        boolean utf32 = n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF;
        return utf16 || utf32 ? -1 : 0;
    }

    /** The header is the first record that is not an empty line; the data rows follow it. */
    private static Contents readBytes(FileChannel channel, long start, String displayName,
            CsvBody.Chunking chunking, boolean headerOnly) throws IOException {
        int bufferBytes = (int) Math.min(Math.min(HEADER_BUFFER_BYTES, chunking.bufferBytes()), channel.size() + 1);
        CsvScanner scanner = new CsvScanner(channel, start, bufferBytes, false);
        List<String> cells = new ArrayList<>();
        CsvScanner.Record record;
        try {
            do {
                record = scanner.next((index, buffer, s, e) ->
                        cells.add(new String(buffer, s, e - s, StandardCharsets.UTF_8)));
            } while (record == CsvScanner.Record.EMPTY);
        } catch (CsvFailure failure) {
            if (failure.kind() == CsvFailure.Kind.FIELD_TOO_LONG) {
                throw failure;
            }
            throw failure.toDataException(displayName, 0, 1, 0);
        }
        if (record == CsvScanner.Record.END) {
            throw new DataException("file is empty", DataLocation.file(displayName));
        }
        List<String> header = Header.names(cells, displayName, 1 + scanner.recordLine());
        if (headerOnly) {
            return new Contents(header, null);
        }
        return new Contents(header, CsvBody.read(channel, chunking, scanner.offset(), 1 + scanner.lines(), header,
                displayName));
    }
}
