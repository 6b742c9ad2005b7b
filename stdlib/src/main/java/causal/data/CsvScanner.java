package causal.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits the bytes of a CSV file into records and fields, from a given offset on, exactly as FastCSV's strict parser
 * splits the decoded chars with the reader's settings (comma, double quote, no comments, unclosed quotes refused).
 * A record ends at LF, CR or CRLF outside quotes; a record with no character at all is an empty line. A quote opens a
 * quoted field only as the field's first character; inside, {@code ""} is a quote; after the closing quote only a
 * comma, a line break or the end of the file may follow. Lines are counted as FastCSV counts them: one per record
 * plus the line breaks (CR, LF or CRLF) inside its quoted fields.
 *
 * <p>The characters that matter are ASCII, which no byte of a multi-byte UTF-8 character equals, so splitting the
 * bytes gives the fields that splitting the chars gives.
 */
final class CsvScanner {
    /** What {@link #next} found. */
    enum Record { DATA, EMPTY, END }

    /** Receives the fields of a record as they are split. */
    interface Sink {
        /**
         * Field {@code index} (0-based) of the record is {@code buffer[start, end)}, a quoted one without its quotes
         * and with each {@code ""} made {@code "}. The bytes are valid only during the call.
         */
        void field(int index, byte[] buffer, int start, int end);

        /**
         * As {@link #field}, for an unquoted field that is a plain decimal number ({@link PlainNumbers});
         * {@code value} is what {@link CellBytes#decimal} makes of it.
         */
        default void number(int index, byte[] buffer, int start, int end, double value) {
            field(index, buffer, start, end);
        }
    }

    /**
     * The longest field that FastCSV surely reads: its 16 MiB char buffer refuses a field once the field and the 8 KiB
     * it reads ahead no longer fit, depending on where its reads fall. A char takes at least one byte.
     */
    static final int FIELD_LIMIT = (16 << 20) - 8192;
    /** Not a byte: what ends a field at the end of the file. */
    private static final int END_OF_FILE = Integer.MIN_VALUE;
    private static final long COMMAS = EightBytes.repeated(',');
    private static final long LINE_FEEDS = EightBytes.repeated('\n');
    private static final long CARRIAGE_RETURNS = EightBytes.repeated('\r');
    private static final long QUOTES = EightBytes.repeated('"');
    private static final Sink IGNORE = (index, buffer, start, end) -> { };
    private final FileChannel channel;
    private final boolean readNumbers;
    private byte[] buffer;
    /** The file offset of {@code buffer[0]}. */
    private long bufferStart;
    private int position;
    private int limit;
    private boolean endOfFile;
    /** The first byte of the field being split, kept in the buffer when it is refilled. */
    private int fieldStart;
    /** Lines since the scanner's start: the 0-based line of the next record. */
    private long line;
    private long recordLine;
    private int fieldCount;
    private final PlainNumbers numbers = new PlainNumbers();

    /**
     * Splits {@code channel}'s file from byte {@code from} on, reading {@code bufferSize} bytes at a time; hands plain
     * numbers to {@link Sink#number} when {@code readNumbers}, else every field to {@link Sink#field}.
     */
    CsvScanner(FileChannel channel, long from, int bufferSize, boolean readNumbers) {
        this.channel = channel;
        this.readNumbers = readNumbers;
        this.bufferStart = from;
        this.buffer = new byte[Math.max(bufferSize, 16)];
    }

    /** The file offset where the next record starts. */
    long offset() {
        return bufferStart + position;
    }

    /** The line of the record last found, counted from 0 at the scanner's start. */
    long recordLine() {
        return recordLine;
    }

    /** The lines of every record found so far: the line of the next record, counted from 0. */
    long lines() {
        return line;
    }

    /** The fields of the data record last found. */
    int fieldCount() {
        return fieldCount;
    }

    /**
     * Splits the next record, handing its fields to {@code sink}. Throws {@link CsvFailure} for a character after a
     * closing quote, an unclosed quote at the end of the file, or a field too long for FastCSV.
     */
    Record next(Sink sink) throws IOException {
        fieldStart = position;
        if (position == limit && !fill()) {
            return Record.END;
        }
        recordLine = line++;
        fieldCount = 0;
        byte first = buffer[position];
        if (first == '\n' || first == '\r') {
            position++;
            if (first == '\r') {
                skipLineFeed();
            }
            return Record.EMPTY;
        }
        int terminator;
        do {
            fieldStart = position;
            boolean quoted = (position < limit || fill()) && buffer[position] == '"';
            terminator = quoted ? quotedField(sink) : unquotedField(sink);
        } while (terminator == ',');
        if (terminator == '\r') {
            skipLineFeed();
        }
        return Record.DATA;
    }

    /**
     * As {@link #next} with a sink that takes nothing: finds the next record and counts its fields. A record without
     * quotes, all in the bytes already read, is found eight bytes at a time, its commas counted in each eight.
     */
    Record skip() throws IOException {
        int commas = 0;
        for (int i = position; i + 8 <= limit; i += 8) {
            long bytes = EightBytes.load(buffer, i);
            long commaBytes = EightBytes.matches(bytes, COMMAS);
            long ends = EightBytes.matches(bytes, LINE_FEEDS) | EightBytes.matches(bytes, CARRIAGE_RETURNS)
                    | EightBytes.matches(bytes, QUOTES);
            if (ends == 0) {
                commas += Long.bitCount(commaBytes);
                continue;
            }
            int before = EightBytes.before(ends);
            int end = i + before;
            byte b = buffer[end];
            // A quote, an empty line or a record longer than a field may be: byte by byte.
            if (b == '"' || end == position || end - position > FIELD_LIMIT) {
                break;
            }
            commas += Long.bitCount(commaBytes & ((1L << (8 * before)) - 1));
            recordLine = line++;
            fieldCount = commas + 1;
            position = end + 1;
            if (b == '\r') {
                skipLineFeed();
            }
            return Record.DATA;
        }
        return next(IGNORE);
    }

    /**
     * Reads the next record if it is nothing but one plain number (see {@link PlainNumbers}) per column, ended by a
     * line break, all in the bytes already read: writes number {@code j} to {@code columns[j][index]} and returns
     * true. Otherwise reads nothing and returns false, though it may have written some of the numbers. The common
     * record of a numeric file is read without a call per field.
     */
    boolean nextPlainNumbers(double[][] columns, int index) throws IOException {
        int last = columns.length - 1;
        int i = position;
        for (int j = 0; j < last; j++) {
            i = numbers.end(buffer, i, limit);
            if (i < 0 || buffer[i] != ',') {
                return false;
            }
            columns[j][index] = numbers.value();
            i++;
        }
        i = numbers.end(buffer, i, limit);
        if (i < 0 || buffer[i] == ',') {
            return false;
        }
        columns[last][index] = numbers.value();
        position = i + 1;
        recordLine = line++;
        fieldCount = columns.length;
        if (buffer[i] == '\r') {
            skipLineFeed();
        }
        return true;
    }

    /** Splits a field that does not start with a quote; returns the byte that ended it or {@link #END_OF_FILE}. */
    private int unquotedField(Sink sink) throws IOException {
        int i = readNumbers ? numbers.end(buffer, position, limit) : -1;
        if (i >= 0) {
            sink.number(fieldCount++, buffer, fieldStart, i, numbers.value());
            position = i + 1;
            return buffer[i];
        }
        i = position;
        while (true) {
            byte[] bytes = buffer;
            int end = limit;
            for (; i < end; i++) {
                byte b = bytes[i];
                // One comparison for the bytes of most cells (digits, letters), which are all above the comma.
                if (b <= ',' && (b == ',' || b == '\n' || b == '\r')) {
                    emit(sink, fieldStart, i);
                    position = i + 1;
                    return b;
                }
            }
            position = i;
            boolean more = fill();
            i = position;
            if (!more) {
                emit(sink, fieldStart, i);
                return END_OF_FILE;
            }
        }
    }

    /** Splits a field that starts with a quote; returns the byte after its closing quote or {@link #END_OF_FILE}. */
    private int quotedField(Sink sink) throws IOException {
        int i = position + 1;
        boolean carriageReturn = false;
        while (true) {
            if (i == limit) {
                position = i;
                if (!fill()) {
                    throw CsvFailure.unclosedQuote(recordLine);
                }
                i = position;
            }
            byte b = buffer[i++];
            if (b == '"') {
                carriageReturn = false;
                position = i;
                int after = position < limit || fill() ? buffer[position] : END_OF_FILE;
                i = position;
                if (after == '"') {
                    i++;
                } else if (after == ',' || after == '\n' || after == '\r' || after == END_OF_FILE) {
                    emitQuoted(sink, i);
                    position = after == END_OF_FILE ? i : i + 1;
                    return after;
                } else {
                    throw CsvFailure.characterAfterQuote(charAt(i), recordLine);
                }
            } else if (b == '\r') {
                line++;
                carriageReturn = true;
            } else if (b == '\n') {
                if (!carriageReturn) {
                    line++;
                }
                carriageReturn = false;
            } else {
                carriageReturn = false;
            }
        }
    }

    /** Hands over the quoted field that ends before {@code end} (after its closing quote), unescaped in place. */
    private void emitQuoted(Sink sink, int end) {
        checkLength(end - fieldStart);
        int write = fieldStart + 1;
        for (int read = write; read < end - 1; read++) {
            byte b = buffer[read];
            buffer[write++] = b;
            if (b == '"') {
                read++;
            }
        }
        sink.field(fieldCount++, buffer, fieldStart + 1, write);
    }

    private void emit(Sink sink, int start, int end) {
        checkLength(end - start);
        sink.field(fieldCount++, buffer, start, end);
    }

    private static void checkLength(long length) {
        if (length > FIELD_LIMIT) {
            throw CsvFailure.fieldTooLong();
        }
    }

    /** The char FastCSV's UTF-8 decoding makes of the bytes at {@code i}, which follow an ASCII quote. */
    private char charAt(int i) throws IOException {
        if (buffer[i] >= 0) {
            return (char) buffer[i];
        }
        position = i;
        while (limit - position < 4 && fill()) {
            // a UTF-8 character has at most 4 bytes
        }
        return new String(buffer, position, Math.min(4, limit - position), StandardCharsets.UTF_8).charAt(0);
    }

    /** After a CR that ended a record, an LF belongs to the same line break. */
    private void skipLineFeed() throws IOException {
        fieldStart = position;
        if ((position < limit || fill()) && buffer[position] == '\n') {
            position++;
        }
    }

    /**
     * Reads more of the file, keeping the bytes from {@link #fieldStart} on (moved to the buffer's start); false at
     * the end of the file. Positions are shifted with them.
     */
    private boolean fill() throws IOException {
        if (endOfFile) {
            return false;
        }
        checkLength(limit - fieldStart);
        int shift = fieldStart;
        if (shift > 0) {
            System.arraycopy(buffer, shift, buffer, 0, limit - shift);
            bufferStart += shift;
            position -= shift;
            limit -= shift;
            fieldStart = 0;
        }
        if (buffer.length - limit < buffer.length / 2) {
            buffer = Arrays.copyOf(buffer, 2 * buffer.length);
        }
        int read = 0;
        while (read == 0) {
            read = channel.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit), bufferStart + limit);
        }
        if (read < 0) {
            endOfFile = true;
            return false;
        }
        limit += read;
        return true;
    }
}
