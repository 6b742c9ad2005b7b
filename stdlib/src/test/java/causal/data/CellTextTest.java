package causal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellTextTest {
    private static final String ALPHABET = "0123456789+-.eExXdDfFpPinfINFty ";

    @Test
    void fastParseAgreesWithTheNumberSyntaxOnRandomCells() {
        SplittableRandom random = new SplittableRandom(1);
        for (int trial = 0; trial < 200_000; trial++) {
            char[] cell = new char[1 + random.nextInt(8)];
            for (int i = 0; i < cell.length; i++) {
                cell[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            int start = CellText.trimStart(cell, 0, cell.length);
            int end = CellText.trimEnd(cell, start, cell.length);
            if (start == end) {
                continue;
            }
            String text = new String(cell, start, end - start);
            boolean number = CellText.isNumber(cell, start, end);
            double value = CellText.decimal(cell, start, end);

            assertThat(!Double.isNaN(value)).as(text).isEqualTo(number);
            if (number && !text.toLowerCase().contains("inf")) {
                assertThat(value).as(text).isEqualTo(Double.parseDouble(text));
            }
        }
    }

    @Test
    void infinityIsANumberInAnyCaseWithASign() {
        for (String text : new String[] {"Inf", "-inf", "+INFINITY", "Infinity"}) {
            char[] cell = text.toCharArray();
            assertThat(CellText.isNumber(cell, 0, cell.length)).as(text).isTrue();
            assertThat(Math.abs(CellText.decimal(cell, 0, cell.length))).isEqualTo(Double.POSITIVE_INFINITY);
        }
    }

    @Test
    void javaLiteralsAreNotNumbers() {
        for (String text : new String[] {"1d", "2F", "0x1p3", "-0X10p0", "1e", "e5", ".", "+", "1.2.3", "NaN"}) {
            char[] cell = text.toCharArray();
            assertThat(CellText.isNumber(cell, 0, cell.length)).as(text).isFalse();
            assertThat(CellText.decimal(cell, 0, cell.length)).as(text).isNaN();
        }
    }
}
