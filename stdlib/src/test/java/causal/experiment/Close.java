package causal.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Assertions at a relative or absolute tolerance, as the reference numbers are printed. */
final class Close {
    private Close() {
    }

    static void relative(double actual, double expected, double tolerance) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * tolerance));
    }

    static void absolute(double actual, double expected, double tolerance) {
        assertThat(actual).isCloseTo(expected, within(tolerance));
    }
}
