package causal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Printf gives the text of {@code String.format(Locale.ROOT, …)} for every pattern Causal's reports use. */
class PrintfTest {
    private static final String[] NUMBER_PATTERNS = {"%.4f", "%.3f", "%.2f", "%.1f", "%.0f", "%8.1f", "%9.4f",
        "%11.2f", "%.4e", "%.2e", "%.4g", "%.6g", "%12.4g", "%-12.3f|"};

    @Test
    void numbersAreFormattedAsJavaFormatterFormatsThem() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            double v = switch (k % 5) {
                case 0 -> random.nextDouble(-10, 10);
                case 1 -> Math.pow(10, random.nextDouble(-12, 12)) * (random.nextBoolean() ? 1 : -1);
                case 2 -> Math.round(random.nextDouble(-1e6, 1e6)) / 1e4;   // ties at the fourth decimal
                case 3 -> Math.round(random.nextDouble(-1e3, 1e3)) / 8.0;     // exact binary halves
                default -> random.nextDouble() * 1e-4;
            };
            for (String p : NUMBER_PATTERNS) {
                assertThat(Printf.format(p, v)).as("%s of %s", p, v).isEqualTo(String.format(Locale.ROOT, p, v));
            }
        }
    }

    @Test
    void edgeValues() {
        double[] values = {0.0, -0.0, 1e-5, -1e-5, 0.00005, 0.99995, 9.99995, 99999.5, 1e20, -1e-300, 5e-324,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-4, 9.9995e-5, 123456.0};
        for (double v : values) {
            for (String p : NUMBER_PATTERNS) {
                assertThat(Printf.format(p, v)).as("%s of %s", p, v).isEqualTo(String.format(Locale.ROOT, p, v));
            }
        }
    }

    @Test
    void textIntegersAndPadding() {
        Object[][] cases = {
            {"%-14s%12s%12s%9s|", new Object[] {"treat", "1.2", "x", "abc"}},
            {"  %10d   %.3f\n", new Object[] {12345L, 0.8}},
            {"%6d  %-40s%12s\n", new Object[] {3, "item", "0.25"}},
            {"%,d rows, %d%%", new Object[] {1234567L, 50}},
            {"%,d", new Object[] {-1234L}},
            {"%.3s|%5s|%-5s|", new Object[] {"abcdef", "ab", "ab"}},
            {"%s and %s", new Object[] {null, true}},
        };
        for (Object[] c : cases) {
            assertThat(Printf.format((String) c[0], (Object[]) c[1]))
                    .isEqualTo(String.format(Locale.ROOT, (String) c[0], (Object[]) c[1]));
        }
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> Printf.format("%x", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Printf.format("%s %s", "one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Printf.format("%.2f", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Printf.format("%d", 3.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
