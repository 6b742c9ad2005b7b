package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class LogisticClassifierTest {
    private static final LearnData BINARY = LearnData.load("binary");

    /*
     * R 4.2.2, glmnet 4.1-6, on binary.csv:
     *   d <- read.csv("binary.csv"); x <- as.matrix(d[, 1:4]); y <- d$y
     *   print(as.vector(coef(glmnet(x, y, family = "binomial", alpha = 0, lambda = 0.05, thresh = 1e-14))),
     *         digits = 17)
     */
    private static final double[] GLMNET = {-0.091712649062462431, 0.543097098288352620, -0.454640544709238648,
        0.200597918623543398, 0.123710480469653994};

    /* R 4.2.2: print(coef(glm(y ~ x, family = binomial)), digits = 17). */
    private static final double[] GLM = {-0.26237657975038847, 0.85660505569448497, -0.68384978121508355,
        0.28593668918105863, 0.18219499179588391};

    @Test
    void withAnL2PenaltyMatchesGlmnetBinomialWithAlphaZero() {
        assertMatches(new LogisticClassifier(0.05).fit(BINARY.features, BINARY.target), GLMNET);
    }

    @Test
    void withoutAPenaltyMatchesGlm() {
        assertMatches(new LogisticClassifier(0).fit(BINARY.features, BINARY.target), GLM);
    }

    @Test
    void predictsTheLogisticOfTheLinearPredictor() {
        LogisticModel fit = new LogisticClassifier(0).fit(BINARY.features, BINARY.target);
        double[][] row = {{1}, {-1}, {2}, {0}};
        double eta = GLM[0] + GLM[1] - GLM[2] + 2 * GLM[3];
        assertThat(fit.predictProbability(row)[0]).isCloseTo(1 / (1 + Math.exp(-eta)), withinPercentage(1e-6));
        assertThat(fit.predict(row)[0]).isEqualTo(eta > 0 ? 1.0 : 0.0);
        assertThat(fit.conditionalMean(row)).containsExactly(fit.predictProbability(row));
    }

    @Test
    void refusesATargetThatIsNotZeroOrOne() {
        double[] y = BINARY.target.clone();
        y[4] = 2;
        assertThatThrownBy(() -> new LogisticClassifier(0.05).fit(BINARY.features, y))
                .isInstanceOf(LearnerException.class)
                .hasMessage("a classifier needs a target of 0s and 1s, but row 5 has 2.0");
    }

    @Test
    void refusesATargetOfOneClass() {
        double[] y = new double[BINARY.rows()];
        assertThatThrownBy(() -> new LogisticClassifier(0.05).fit(BINARY.features, y))
                .isInstanceOf(LearnerException.class)
                .hasMessage("logistic regression needs both classes in the target, but every row is 0");
    }

    private static void assertMatches(LogisticModel fit, double[] reference) {
        assertThat(fit.intercept()).isCloseTo(reference[0], withinPercentage(1e-4));
        double[] b = fit.coefficients();
        for (int j = 0; j < b.length; j++) {
            assertThat(b[j]).isCloseTo(reference[j + 1], withinPercentage(1e-4));
        }
    }
}
