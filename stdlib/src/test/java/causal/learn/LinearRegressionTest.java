package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearRegressionTest {
    private static final double[] ONES = {1, 1, 1, 1, 1, 1};
    private static final double[] X = {1, 2, 3, 4, 5, 6};

    @Test
    void recoversAnExactLinearRelation() {
        double[] y = new double[X.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 3 - 0.5 * X[i];
        }
        LinearFit fit = LinearRegression.fit(DesignMatrix.ofColumns(List.of("(intercept)", "x"),
                new double[][] {ONES, X}), y, null);
        assertThat(fit.coefficient(0)).isCloseTo(3, within(1e-12));
        assertThat(fit.coefficient(1)).isCloseTo(-0.5, within(1e-12));
        assertThat(fit.residualDegreesOfFreedom()).isEqualTo(4);
    }

    @Test
    void zeroWeightsDropRowsAsRDoes() {
        // With weights 0 on the last two rows the fit is the line through the first four points, y = x exactly.
        double[] y = {1, 2, 3, 4, 100, -100};
        double[] w = {1, 1, 1, 1, 0, 0};
        LinearFit fit = LinearRegression.fit(DesignMatrix.ofColumns(List.of("(intercept)", "x"),
                new double[][] {ONES, X}), y, w);
        assertThat(fit.coefficient(1)).isCloseTo(1, within(1e-12));
        assertThat(fit.observations()).isEqualTo(4);
    }

    @Test
    void namesTheColumnsOfALinearCombination() {
        double[] z = new double[X.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = 2 * X[i] + 3;
        }
        DesignMatrix design = DesignMatrix.ofColumns(List.of("(intercept)", "x", "z"), new double[][] {ONES, X, z});
        assertThatThrownBy(() -> LinearRegression.fit(design, X, null))
                .isInstanceOfSatisfying(CollinearColumnsException.class, e -> {
                    assertThat(e.columns()).containsExactly("(intercept)", "x", "z");
                    assertThat(e.getMessage()).isEqualTo("z is a linear combination of (intercept), x");
                });
    }

    @Test
    void callsAConstantColumnConstant() {
        double[] c = {7, 7, 7, 7, 7, 7};
        DesignMatrix design = DesignMatrix.ofColumns(List.of("(intercept)", "c", "x"), new double[][] {ONES, c, X});
        assertThatThrownBy(() -> LinearRegression.fit(design, X, null))
                .isInstanceOf(CollinearColumnsException.class).hasMessage("c is constant");
    }

    @Test
    void callsAnAllZeroColumnByWhatItIs() {
        double[] zero = new double[6];
        DesignMatrix design = DesignMatrix.ofColumns(List.of("(intercept)", "zero"), new double[][] {ONES, zero});
        assertThatThrownBy(() -> LinearRegression.fit(design, X, null))
                .isInstanceOf(CollinearColumnsException.class).hasMessage("zero is 0 in every row");
    }
}
