package causal.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why reading stopped in one part of a CSV file. Rows and lines count from the start of that part, so that parts
 * read in parallel are reported once it is known how many rows and lines came before them. The messages are FastCSV's
 * (whose parser {@link CsvScanner} follows) and the reader's own, word for word.
 */
final class CsvFailure extends RuntimeException {
    enum Kind {
        /** A data row with more or fewer fields than the header. */
        FIELD_COUNT,
        /** Something other than a comma, quote or line break after a closing quote. */
        CHARACTER_AFTER_QUOTE,
        /** The file ends inside a quoted field. */
        UNCLOSED_QUOTE,
        /** A field longer than FastCSV's buffer surely holds: the file is read by {@link FastCsvReader} instead. */
        FIELD_TOO_LONG
    }

    private final Kind kind;
    private final long row;
    private final long line;
    private final int fields;
    private final char character;

    private CsvFailure(Kind kind, long row, long line, int fields, char character) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.row = row;
        this.line = line;
        this.fields = fields;
        this.character = character;
    }

    /** Data row {@code row} (1-based in its part), starting on line {@code line} of the part, has {@code fields}. */
    static CsvFailure fieldCount(long row, long line, int fields) {
        return new CsvFailure(Kind.FIELD_COUNT, row, line, fields, ' ');
    }

    static CsvFailure characterAfterQuote(char character, long line) {
        return new CsvFailure(Kind.CHARACTER_AFTER_QUOTE, 0, line, 0, character);
    }

    static CsvFailure unclosedQuote(long line) {
        return new CsvFailure(Kind.UNCLOSED_QUOTE, 0, line, 0, ' ');
    }

    static CsvFailure fieldTooLong() {
        return new CsvFailure(Kind.FIELD_TOO_LONG, 0, 0, 0, ' ');
    }

    Kind kind() {
        return kind;
    }

    /**
     * The error the reader reports, for a part whose rows follow {@code rowsBefore} data rows and whose first line is
     * line {@code firstLine} of the file. Not for {@link Kind#FIELD_TOO_LONG}, which is no error of the file.
     */
    DataException toDataException(String displayName, long rowsBefore, long firstLine, int columns) {
        long fileLine = firstLine + line;
        return switch (kind) {
            case FIELD_COUNT -> new DataException("row " + (rowsBefore + row) + " has " + fields
                    + (fields == 1 ? " field" : " fields") + " but the header has " + columns
                    + (columns == 1 ? " column" : " columns"),
                    DataLocation.row(displayName, rowsBefore + row, fileLine));
            case CHARACTER_AFTER_QUOTE -> notValidCsv(displayName,
                    "Unexpected character after closing quote: '" + character + "' (0x"
                            + Integer.toHexString(character) + ") (record starting at line " + fileLine + ")");
            case UNCLOSED_QUOTE -> notValidCsv(displayName,
                    "Unclosed quoted field at end of input (record starting at line " + fileLine + ")");
            case FIELD_TOO_LONG -> throw new IllegalStateException("a long field is read by FastCSV, not reported");
        };
    }

    /** A cell that is not a number in a column whose other values are; {@code row} 1-based. */
    static DataException notANumber(String displayName, String column, long row, long line, String text) {
        return new DataException("cell \"" + text + "\" is not a number (the column's other values are numbers)",
                DataLocation.cell(displayName, row, line, column));
    }

    /** FastCSV's message, begun in lower case as the reader's messages are. */
    static DataException notValidCsv(String displayName, String parserMessage) {
        String text = parserMessage.isEmpty() ? parserMessage
                : Character.toLowerCase(parserMessage.charAt(0)) + parserMessage.substring(1);
        return new DataException("file is not valid CSV: " + text, DataLocation.file(displayName));
    }

    /** Why the file could not be read, in the reader's words: missing, not permitted, or the system's reason. */
    static DataException unreadable(IOException e, Path file, String displayName) {
        if (e instanceof NoSuchFileException) {
            return new DataException("file not found (tried " + file.toAbsolutePath() + ")",
                    DataLocation.file(displayName));
        }
        if (e instanceof AccessDeniedException) {
            return new DataException("file cannot be read: permission denied (" + file.toAbsolutePath() + ")",
                    DataLocation.file(displayName));
        }
        return new DataException("file cannot be read: " + e.getMessage(), DataLocation.file(displayName));
    }
}
