package causal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte reader ({@link CsvReader}) gives the table or the error that the FastCSV reader it replaced
 * ({@link FastCsvReader}) gives, for random files: numbers, booleans, text, missing markers, quoted fields with commas,
 * quotes and line breaks, byte order marks, CR/CRLF/LF, blank lines, invalid UTF-8, bad cells, wrong field counts,
 * characters after closing quotes and unclosed quotes. The files are cut into tiny chunks read with tiny buffers, so
 * that chunk cuts and buffer refills fall everywhere, inside quoted fields too.
 */
class CsvReaderAgreesWithFastCsvTest {
    private static final String[] WORDS = {"Oslo", "Bergen", "oslo", "a b", "Zürich", "İnf", "-İnfİnİty", "inf",
        "-Inf", "NaN", "NA", "N/A", "null", "NULL", "na", "None", "n/a", "true", "FALSE", "True", "tRuE", "maybe",
        "007", "1.50", "1d", "2F", "0x1p3", "-0X10p0", "1e", "e5", ".", "+", "1.2.3", "日本", "🙂", "x\"y", "a,b",
        "two\nlines", "cr\rx", "crlf\r\nx", "", " ", "\t", " 1 ", "\uFEFFbom", "1_000", "١٢", "Infinity1", "+-1"};
    private static final String[] NUMBERS = {"0", "-0", "+2", ".5", "5.", "-0.0", "1e-3", "1E+300", "1e308", "2e308",
        "4.9e-324", "1e-400", "Inf", "-infinity", "+INF", "123456789012345678901234567890", "9007199254740993",
        "9007199254740992", "0.1000000000000000055511151231257827", "1.7976931348623157e308", "000000000000000000001",
        "1e22", "1e23", "123456789e-22", "3.14159265358979323846", "0.30000000000000004", "2.2250738585072014E-308"};
    private static final String[] BREAKS = {"\n", "\r\n", "\r"};
    private static final byte[] NOISE_ALPHABET = {',', '"', '\n', '\r', ' ', 'a', '1', '.', 'e', '-', 'N', 'A', 't',
        'r', 'u', 'E', (byte) 0xC4, (byte) 0xB0, (byte) 0xFF, (byte) 0xE2, (byte) 0x82, (byte) 0xF0};

    @TempDir
    Path folder;

    @Test
    void randomFilesGiveTheSameTableOrTheSameError() throws IOException {
        SplittableRandom random = new SplittableRandom(20261203);
        for (int trial = 0; trial < 1500; trial++) {
            byte[] content = trial % 5 == 4 ? noise(random) : csv(random);
            assertSameOutcome(content, chunking(random), trial);
        }
    }

    /** Numbers read eight bytes at a time (with a large buffer) and one at a time (with a tiny one). */
    @Test
    void numericFilesGiveTheSameTableWithLargeAndTinyBuffers() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 60; trial++) {
            StringBuilder csv = new StringBuilder("x,y,z\n");
            int rows = random.nextInt(300);
            for (int i = 0; i < rows; i++) {
                csv.append(number(random)).append(',').append(random.nextInt(1000) - 500).append(',')
                        .append(random.nextDouble() * 1e6 - 5e5)
                        .append(i + 1 < rows || random.nextBoolean() ? "\n" : "");
            }
            byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
            assertSameOutcome(content, new CsvBody.Chunking(0, 1 + random.nextInt(400), 8, 1 << 20), trial);
            assertSameOutcome(content, chunking(random), trial);
        }
    }

    @Test
    void lineBreaksInQuotesCountInTheLinesOfLaterRows() throws IOException {
        // Row 1 takes lines 2-4: its quoted field holds a CR, a q and an LF (two line breaks), so row 3 is on line 6.
        byte[] content = bytes("a,b\n\"p\rq\nr\",1\ns,2\nt,oops\n");

        assertThat(assertSameOutcome(content, CsvBody.Chunking.forThisMachine(), 0))
                .isEqualTo("error: cell \"oops\" is not a number (the column's other values are numbers)"
                        + " @ data.csv OptionalLong[3] OptionalLong[6] Optional[b]");
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharacters() throws IOException {
        byte[] content = {'n', '\n', (byte) 0xFF, (byte) 0xE2, (byte) 0x82, ' ', 'o', 'k', '\n'};

        assertThat(assertSameOutcome(content, CsvBody.Chunking.forThisMachine(), 0))
                .contains("levels [\uFFFD\uFFFD ok]");
    }

    @Test
    void aUtf16FileIsDecodedAsFastCsvDecodesIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(assertSameOutcome(out.toByteArray(), CsvBody.Chunking.forThisMachine(), 0))
                .startsWith("rows 1\na numeric 1 missing {}: 3ff0000000000000\nb numeric");
    }

    @Test
    void aFieldLongerThanFastCsvSurelyReadsIsLeftToFastCsv() throws IOException {
        // 8.4 million chars in 16.8 million bytes: more bytes than the byte reader checks, fewer chars than FastCSV's
        // buffer holds, so FastCSV reads it and the byte reader must give the same table.
        int chars = 8_400_000;
        byte[] content = new byte[2 + 3 + 2 * chars + 2];
        System.arraycopy(bytes("a\n\""), 0, content, 0, 3);
        for (int i = 0; i < chars; i++) {
            content[3 + 2 * i] = (byte) 0xC3;
            content[4 + 2 * i] = (byte) 0xA9;
        }
        content[3 + 2 * chars] = '"';
        content[4 + 2 * chars] = '\n';
        Path file = folder.resolve("long.csv");
        Files.write(file, Arrays.copyOf(content, 5 + 2 * chars));

        Table table = CsvReader.read(file, "long.csv");

        assertThat(((CategoricalColumn) table.column("a")).level(0)).hasSize(chars).startsWith("ééé");
        assertThat(describe(table)).isEqualTo(describe(FastCsvReader.read(file, "long.csv")));
    }

    @Test
    void quotedLineBreaksAtChunkCutsAreReadAgainFromTheRightStart() throws IOException {
        StringBuilder csv = new StringBuilder("id,note,x\n");
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(',').append(random.nextInt(3) == 0 ? "\"two\nlines, \"\"quoted\"\"\"" : "plain")
                    .append(',').append(random.nextGaussian()).append('\n');
        }

        String outcome = assertSameOutcome(bytes(csv.toString()), new CsvBody.Chunking(0, 1 << 12, 64, 1 << 20), 0);

        assertThat(outcome).startsWith("rows 20000\n");
    }

    /** The outcome of both readers on {@code content}, as text: the table's every value and bit, or the error. */
    private String assertSameOutcome(byte[] content, CsvBody.Chunking chunking, int trial) throws IOException {
        Path file = folder.resolve("t" + trial + ".csv");
        Files.write(file, content);
        String expected = outcome(() -> FastCsvReader.read(file, "data.csv"));
        String actual = outcome(() -> CsvReader.read(file, "data.csv", chunking));
        String shown = escape(content) + " with " + chunking;
        assertThat(actual).as(shown).isEqualTo(expected);
        String expectedHeader = outcome(() -> FastCsvReader.readHeader(file, "data.csv"));
        assertThat(outcome(() -> CsvReader.readHeader(file, "data.csv"))).as(shown).isEqualTo(expectedHeader);
        Files.delete(file);
        return actual;
    }

    private static CsvBody.Chunking chunking(SplittableRandom random) {
        int buffer = random.nextInt(4) == 0 ? 1 << 20 : 16 + random.nextInt(24);
        return new CsvBody.Chunking(random.nextInt(3) == 0 ? 1 << 20 : 0, 1 + random.nextInt(40),
                1 + random.nextInt(8), buffer);
    }

    private static String outcome(Supplier<Object> read) {
        try {
            Object result = read.get();
            return result instanceof Table table ? describe(table) : result.toString();
        } catch (DataException e) {
            DataLocation at = e.location();
            return "error: " + e.getMessage() + " @ " + at.file() + " " + at.row() + " " + at.line() + " "
                    + at.column();
        }
    }

    private static String describe(Table table) {
        StringBuilder text = new StringBuilder("rows " + table.rowCount() + "\n");
        for (Column column : table.columns()) {
            text.append(column.name()).append(' ').append(column.type()).append(' ').append(column.size())
                    .append(" missing ").append(column.missing()).append(":");
            for (int i = 0; i < column.size(); i++) {
                text.append(' ').append(value(column, i));
            }
            if (column instanceof CategoricalColumn c) {
                text.append(" levels ").append(c.levels());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String value(Column column, int row) {
        if (column instanceof NumericColumn n) {
            return Long.toHexString(Double.doubleToRawLongBits(n.get(row)));
        }
        if (column instanceof BooleanColumn b) {
            return b.get(row) + (b.isMissing(row) ? "?" : "");
        }
        return Integer.toString(((CategoricalColumn) column).code(row));
    }

    /** A CSV file of a few typed columns, with the odd fault. */
    private static byte[] csv(SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int bom = random.nextInt(20);
        if (bom == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        } else if (bom == 1) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        }
        int columns = 1 + random.nextInt(5);
        String lineBreak = BREAKS[random.nextInt(BREAKS.length)];
        boolean mixedBreaks = random.nextInt(5) == 0;
        List<String> header = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            header.add(random.nextInt(60) == 0 ? (random.nextBoolean() ? " " : "c0") : "c" + j);
        }
        blankLines(out, random, lineBreak);
        writeRecord(out, random, header, random.nextInt(10) == 0);
        int[] styles = random.ints(columns, 0, 5).toArray();
        int rows = random.nextInt(30);
        for (int i = 0; i < rows; i++) {
            out.writeBytes(bytes(mixedBreaks ? BREAKS[random.nextInt(BREAKS.length)] : lineBreak));
            blankLines(out, random, lineBreak);
            int fields = random.nextInt(300) == 0 ? Math.max(0, columns + random.nextInt(3) - 1) : columns;
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < fields; j++) {
                cells.add(cell(random, styles[Math.min(j, columns - 1)]));
            }
            writeRecord(out, random, cells, random.nextInt(8) == 0);
        }
        finish(out, random, lineBreak);
        return out.toByteArray();
    }

    private static void blankLines(ByteArrayOutputStream out, SplittableRandom random, String lineBreak) {
        while (random.nextInt(8) == 0) {
            out.writeBytes(bytes(random.nextInt(4) == 0 ? " " + lineBreak : lineBreak));
        }
    }

    private static void writeRecord(ByteArrayOutputStream out, SplittableRandom random, List<String> cells,
            boolean quoteAll) {
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                out.write(',');
            }
            String cell = cells.get(j);
            boolean quote = quoteAll || random.nextInt(6) == 0 || needsQuotes(cell) && random.nextInt(10) != 0;
            String pad = random.nextInt(12) == 0 ? " " : "";
            String afterQuote = random.nextInt(400) == 0 ? "x" : "";
            String quoted = "\"" + cell.replace("\"", "\"\"") + "\"" + afterQuote;
            out.writeBytes(bytes(quote ? pad + quoted : pad + cell + pad));
            if (random.nextInt(200) == 0) {
                out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82});
            }
        }
    }

    private static void finish(ByteArrayOutputStream out, SplittableRandom random, String lineBreak) {
        switch (random.nextInt(16)) {
            case 0, 1, 2, 7, 8, 9, 10, 11 -> out.writeBytes(bytes(lineBreak));
            case 3 -> out.writeBytes(bytes(lineBreak + lineBreak));
            case 4 -> out.writeBytes(bytes(lineBreak + "\"unclosed, field"));
            case 5 -> out.writeBytes(bytes(","));
            case 6 -> out.writeBytes(bytes(lineBreak + "\"a\"" + new String(Character.toChars(0x1F642)) + ","));
            default -> {
                // no line break after the last record
            }
        }
    }

    /** A cell of a column style: numbers, booleans, text, a mix, or mostly missing; sometimes one odd value. */
    private static String cell(SplittableRandom random, int style) {
        if (random.nextInt(60) == 0) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        return switch (style) {
            case 0 -> number(random);
            case 1 -> random.nextBoolean() ? "true" : random.nextBoolean() ? "FALSE" : "True";
            case 2 -> WORDS[random.nextInt(WORDS.length)];
            case 3 -> random.nextBoolean() ? number(random) : WORDS[random.nextInt(WORDS.length)];
            default -> random.nextInt(4) == 0 ? number(random)
                    : new String[] {"", "NA", "NaN", "null"}[random.nextInt(4)];
        };
    }

    private static String number(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 1 -> Integer.toString(random.nextInt(2001) - 1000);
            case 2 -> String.format(Locale.ROOT, "%." + random.nextInt(9) + "f", random.nextGaussian() * 100);
            default -> Double.toString(Double.longBitsToDouble(random.nextLong()));
        };
    }

    /** Bytes from the characters that matter to CSV, plus pieces of UTF-8 characters: mostly broken files. */
    private static byte[] noise(SplittableRandom random) {
        byte[] content = new byte[random.nextInt(80)];
        for (int i = 0; i < content.length; i++) {
            content[i] = NOISE_ALPHABET[random.nextInt(NOISE_ALPHABET.length)];
        }
        return content;
    }

    private static boolean needsQuotes(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(byte[] content) {
        StringBuilder text = new StringBuilder();
        for (byte b : content) {
            text.append(b >= 32 && b < 127 ? Character.toString(b) : String.format("\\x%02x", b & 0xFF));
        }
        return text.toString();
    }
}
