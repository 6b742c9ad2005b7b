package causal.learn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void refusesPerfectlySeparatedData() {
        double[] ones = {1, 1, 1, 1, 1, 1};
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {0, 0, 0, 1, 1, 1};
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {ones, x}, y))
                .isInstanceOf(PerfectSeparationException.class)
                .hasMessageContaining("separate");
    }
}
