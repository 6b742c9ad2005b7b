package causal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte readings of a cell ({@link CellBytes}, {@link PlainNumbers}, {@link EightBytes}) against the char readings
 * they replace ({@link CellText}) and against Java's own parsing.
 */
class CellBytesTest {
    /** Characters that make numbers, words, markers and blanks, and non-ASCII ones that lower-case to ASCII (İ). */
    private static final String[] PIECES = {"0", "1", "5", "9", "+", "-", ".", "e", "E", "x", "d", "f", "i", "I", "n",
        "N", "F", "t", "y", "a", "A", "/", "u", "l", "L", "r", "s", "T", " ", "\t", "İ", "ı", "K", "é", "١", "\uFFFD"};

    @Test
    void bytesAreReadAsTheirCharsAreOnRandomCells() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder cell = new StringBuilder();
            int length = random.nextInt(10);
            for (int i = 0; i < length; i++) {
                cell.append(PIECES[random.nextInt(PIECES.length)]);
            }
            char[] chars = cell.toString().toCharArray();
            byte[] bytes = cell.toString().getBytes(StandardCharsets.UTF_8);
            int cs = CellText.trimStart(chars, 0, chars.length);
            int ce = CellText.trimEnd(chars, cs, chars.length);
            int bs = CellBytes.trimStart(bytes, 0, bytes.length);
            int be = CellBytes.trimEnd(bytes, bs, bytes.length);
            String text = cell.toString();

            assertThat(new String(bytes, bs, be - bs, StandardCharsets.UTF_8)).as(text)
                    .isEqualTo(new String(chars, cs, ce - cs));
            assertThat(CellBytes.isMissing(bytes, bs, be)).as(text).isEqualTo(CellText.isMissing(chars, cs, ce));
            if (cs < ce) {
                assertThat(CellBytes.booleanValue(bytes, bs, be)).as(text)
                        .isEqualTo(CellText.booleanValue(chars, cs, ce));
                assertThat(Double.doubleToRawLongBits(CellBytes.decimal(bytes, bs, be))).as(text)
                        .isEqualTo(Double.doubleToRawLongBits(CellText.decimal(chars, cs, ce)));
            }
        }
    }

    @Test
    void dottedCapitalIIsAnIAsCharacterToLowerCaseMakesIt() {
        byte[] cell = "-İnfİnİty".getBytes(StandardCharsets.UTF_8);

        assertThat(CellBytes.decimal(cell, 0, cell.length)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void decimalsAreCorrectlyRoundedAsJavaReadsThem() {
        SplittableRandom random = new SplittableRandom(12);
        for (int trial = 0; trial < 100_000; trial++) {
            String text = randomDecimal(random);
            byte[] cell = (text + ",").getBytes(StandardCharsets.US_ASCII);
            long expected = Double.doubleToRawLongBits(Double.parseDouble(text));

            assertThat(Double.doubleToRawLongBits(CellBytes.decimal(cell, 0, cell.length - 1))).as(text)
                    .isEqualTo(expected);
            PlainNumbers plain = new PlainNumbers();
            if (plain.end(cell, 0, cell.length) >= 0) {
                assertThat(Double.doubleToRawLongBits(plain.value())).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void plainNumbersAreFoundEightBytesAtATimeAndByteByByteAlike() {
        SplittableRandom random = new SplittableRandom(13);
        for (int trial = 0; trial < 100_000; trial++) {
            String text = randomDecimal(random) + (random.nextBoolean() ? "," : "\n") + "12345678901234567890";
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            int numberEnd = text.indexOf(text.contains(",") ? ',' : '\n');
            PlainNumbers wide = new PlainNumbers();
            PlainNumbers narrow = new PlainNumbers();

            int end = wide.end(bytes, 0, bytes.length);
            // With only the number and its comma read, there is no room for eight-byte loads.
            assertThat(narrow.end(bytes, 0, numberEnd + 1)).as(text).isEqualTo(end);
            if (end >= 0) {
                assertThat(end).as(text).isEqualTo(numberEnd);
                assertThat(wide.value()).as(text).isEqualTo(narrow.value());
            }
        }
    }

    @Test
    void eightBytesFindLeadingDigitsAndTheirValue() {
        SplittableRandom random = new SplittableRandom(14);
        byte[] alphabet = {'0', '1', '7', '9', '/', ':', '.', ',', ' ', (byte) 0xB0, (byte) 0xC4, (byte) 0xFF, 'a'};
        for (int trial = 0; trial < 200_000; trial++) {
            byte[] bytes = new byte[8];
            for (int i = 0; i < 8; i++) {
                bytes[i] = random.nextInt(3) > 0 ? (byte) ('0' + random.nextInt(10))
                        : alphabet[random.nextInt(alphabet.length)];
            }
            int digits = 0;
            while (digits < 8 && bytes[digits] >= '0' && bytes[digits] <= '9') {
                digits++;
            }
            long word = EightBytes.load(bytes, 0);

            assertThat(EightBytes.length(word)).isEqualTo(digits);
            if (digits > 0) {
                assertThat(EightBytes.value(word, digits))
                        .isEqualTo(Long.parseLong(new String(bytes, 0, digits, StandardCharsets.US_ASCII)));
            }
        }
    }

    @Test
    void eightBytesFindEveryMatchingByteExactly() {
        SplittableRandom random = new SplittableRandom(15);
        byte[] alphabet = {',', '\n', '\r', '"', '+', '-', 'L', (byte) 0xAC, (byte) 0x2D, 0, (byte) 0x80};
        for (int trial = 0; trial < 100_000; trial++) {
            byte[] bytes = new byte[8];
            for (int i = 0; i < 8; i++) {
                bytes[i] = alphabet[random.nextInt(alphabet.length)];
            }
            long matches = EightBytes.matches(EightBytes.load(bytes, 0), EightBytes.repeated(','));
            for (int i = 0; i < 8; i++) {
                assertThat((matches >>> (8 * i + 7) & 1) == 1).isEqualTo(bytes[i] == ',');
            }
        }
    }

    /** A decimal as a CSV file might hold it: a sign, digits around a point, sometimes an exponent. */
    private static String randomDecimal(SplittableRandom random) {
        String sign = new String[] {"", "", "-", "+"}[random.nextInt(4)];
        return switch (random.nextInt(5)) {
            case 0 -> sign + random.nextInt(1000);
            case 1 -> sign + BigDecimal.valueOf(random.nextLong(1L << 53), random.nextInt(23)).toPlainString();
            case 2 -> sign + BigDecimal.valueOf(random.nextLong(), random.nextInt(30)).abs().toPlainString();
            case 3 -> sign + random.nextInt(100) + "." + random.nextInt(1_000_000);
            default -> sign + random.nextInt(1000) + "." + random.nextInt(1000) + "e" + (random.nextInt(700) - 350);
        };
    }
}
