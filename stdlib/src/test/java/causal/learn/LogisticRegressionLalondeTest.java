package causal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import causal.data.CsvReader;
import causal.data.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionLalondeTest {

    private static Table lalonde() {
        // The module's copy (byte-identical to ../shared/data/lalonde.csv), else the shared one.
        Path path = Path.of("src/test/resources/causal/data/lalonde.csv");
        if (!Files.exists(path)) {
            path = Path.of("../../shared/data/lalonde.csv");
        }
        return CsvReader.read(path, "lalonde.csv");
    }

    @Test
    void matchesRsGlmOnTheLalondePropensityModel() {
        LogisticFit fit = LogisticRegression.fit(DesignMatrix.of(lalonde(),
                List.of("age", "educ", "black", "hispan", "married", "nodegree", "re74", "re75")),
                columnOf(lalonde(), "treat"));
        // R 4.2.2: coef(glm(treat ~ age + educ + black + hispan + married + nodegree + re74 + re75,
        //   family = binomial, data = lalonde)), format(digits = 15); ps_fit$iter = 5
        double[] r = {-4.72864932405592e+00, 1.57770709858204e-02, 1.61306877011067e-01, 3.06536772923412e+00,
            9.83633610278194e-01, -8.32113271326341e-01, 7.07296881079664e-01, -7.17766856807590e-05,
            5.34464463884473e-05};
        for (int j = 0; j < r.length; j++) {
            assertThat(fit.coefficient(j)).as(fit.names().get(j)).isCloseTo(r[j], withinPercentage(1e-6));
        }
        assertThat(fit.iterations()).isEqualTo(5);
        // R: logLik(ps_fit) = -243.921965655249; head(fitted(ps_fit), 2)
        assertThat(fit.deviance()).isCloseTo(2 * 243.921965655249, withinPercentage(1e-8));
        assertThat(fit.probability(0)).isCloseTo(0.638769933296501, withinPercentage(1e-6));
        assertThat(fit.probability(1)).isCloseTo(0.224634241570063, withinPercentage(1e-6));
    }

    private static double[] columnOf(Table table, String name) {
        double[] out = new double[table.rowCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = table.column(name).numeric(i);
        }
        return out;
    }
}
