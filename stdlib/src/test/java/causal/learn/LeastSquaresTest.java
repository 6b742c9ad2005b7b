package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {
    private static final LearnData LINEAR = LearnData.load("linear");

    /* R 4.2.2: d <- read.csv("linear.csv"); print(coef(lm(y ~ ., data = d)), digits = 17). */
    private static final double[] LM = {1.243464707886848597, 1.988561427158575423, -1.483828993402434682,
        9.581301709446389481, 0.032914724765001728, 0.217611121190197682};

    @Test
    void matchesLm() {
        LinearModel fit = new LeastSquares().fit(LINEAR.features, LINEAR.target);
        assertThat(fit.intercept()).isCloseTo(LM[0], withinPercentage(1e-8));
        for (int j = 0; j < 5; j++) {
            assertThat(fit.coefficients()[j]).isCloseTo(LM[j + 1], withinPercentage(1e-8));
        }
    }

    @Test
    void namesCollinearFeaturesByPosition() {
        double[][] twice = {LINEAR.features[0], LINEAR.features[0]};
        assertThatThrownBy(() -> new LeastSquares().fit(twice, LINEAR.target))
                .isInstanceOfSatisfying(CollinearColumnsException.class,
                        e -> assertThat(e.columns()).contains("x2"));
    }

    @Test
    void refusesColumnsOfDifferentLengths() {
        double[][] ragged = {new double[3], new double[4]};
        assertThatThrownBy(() -> new LeastSquares().fit(ragged, new double[3]))
                .isInstanceOf(LearnerException.class).hasMessage("feature column 2 has 4 rows but column 1 has 3");
    }

    @Test
    void refusesAMissingValue() {
        double[][] x = {{1, 2, Double.NaN, 4}};
        assertThatThrownBy(() -> new LeastSquares().fit(x, new double[4]))
                .isInstanceOf(LearnerException.class)
                .hasMessage("feature column 1 has the value NaN in row 3; learners need finite numbers");
    }

    @Test
    void refusesToPredictFromADifferentNumberOfColumns() {
        LinearModel fit = new LeastSquares().fit(LINEAR.features, LINEAR.target);
        assertThatThrownBy(() -> fit.predict(new double[][] {{1}, {2}}))
                .isInstanceOf(LearnerException.class)
                .hasMessage("the model was fitted on 5 feature columns but is given 2");
    }
}
