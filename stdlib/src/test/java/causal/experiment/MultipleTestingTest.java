package causal.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Adjusted p-values against R 4.2.2's p.adjust on p <- c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9, 0.0001)
 * (ties and an unsorted order on purpose), printed with options(digits = 15).
 */
class MultipleTestingTest {
    private static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9, 0.0001};

    @Test
    void benjaminiHochbergEqualsPAdjustBH() {
        // R: p.adjust(p, "BH")
        assertThat(MultipleTesting.benjaminiHochberg(P)).containsExactly(new double[] {0.0266666666666667,
                0.0533333333333333, 0.0533333333333333, 0.02, 0.2285714285714286, 0.0533333333333333, 0.9, 0.0008},
                within(1e-15));
    }

    @Test
    void bonferroniEqualsPAdjustBonferroni() {
        // R: p.adjust(p, "bonferroni")
        assertThat(MultipleTesting.bonferroni(P)).containsExactly(new double[] {0.08, 0.32, 0.24, 0.04, 1, 0.32, 1,
                0.0008}, within(1e-15));
    }

    @Test
    void holmEqualsPAdjustHolm() {
        // R: p.adjust(p, "holm")
        assertThat(MultipleTesting.holm(P)).containsExactly(new double[] {0.06, 0.16, 0.15, 0.035, 0.4, 0.16, 0.9,
                0.0008}, within(1e-15));
    }

    @Test
    void theInputIsLeftAloneAndBadPValuesAreRefused() {
        double[] p = P.clone();
        MultipleTesting.holm(p);
        assertThat(p).containsExactly(P);
        assertThatThrownBy(() -> MultipleTesting.bonferroni(new double[] {0.2, 1.5}))
                .isInstanceOf(ExperimentException.class).hasMessage("p-value 2 is 1.5; p-values lie between 0 and 1");
        assertThatThrownBy(() -> MultipleTesting.holm(new double[0]))
                .isInstanceOf(ExperimentException.class).hasMessage("there are no p-values to adjust");
    }
}
