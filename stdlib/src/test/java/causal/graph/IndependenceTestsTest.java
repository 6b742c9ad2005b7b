package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndependenceTestsTest {
    /**
     * Deterministic columns that R builds the same way:
     * <pre>
     * i <- 1:40; a <- sin(i); b <- cos(1.7 * i) + 0.5 * a
     * c <- ((i * 7) %% 11) / 11 + 0.3 * b; d <- sin(0.3 * i)^2 - 0.4 * c + 0.2 * a
     * </pre>
     */
    private static Map<String, double[]> columns() {
        int n = 40;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            int i = k + 1;
            a[k] = Math.sin(i);
            b[k] = Math.cos(1.7 * i) + 0.5 * a[k];
            c[k] = (i * 7 % 11) / 11.0 + 0.3 * b[k];
            d[k] = Math.pow(Math.sin(0.3 * i), 2) - 0.4 * c[k] + 0.2 * a[k];
        }
        return Map.of("a", a, "b", b, "c", c, "d", d);
    }

    private static final List<Independence> STATEMENTS = List.of(
            new Independence("a", "c", List.of("b")),
            new Independence("a", "d", List.of("b", "c")),
            new Independence("b", "d", List.of()),
            new Independence("c", "d", List.of("a")),
            new Independence("a", "b", List.of()));

    /*
     * R 4.2.2, with pc(x, y, Z) = cor(resid(lm(x ~ Z)), resid(lm(y ~ Z))) (cor(x, y) for empty Z), df = 40 - |Z| - 3,
     * z = atanh(r) * sqrt(df), p = 2 * pnorm(-abs(z)), ci = tanh(atanh(r) -/+ qnorm(0.975) / sqrt(df)),
     * bh = p.adjust(p, "BH"); printed with digits = 15.
     */
    private static final double[][] R_REFERENCE = {
        // r, p, lower, upper, bh
        {0.1124893622947507, 0.49789544582605505, -0.210498777151470, 0.413336157671208, 0.6223693072825688},
        {0.2119452600066085, 0.20295307553937739, -0.115568480460483, 0.497893645999670, 0.5073826888484435},
        {-0.0686035598786059, 0.67597951857896599, -0.372159615858221, 0.248210202531140, 0.6759795185789660},
        {-0.1213990756208324, 0.46416568247271672, -0.420798096052378, 0.201849514069615, 0.6223693072825688},
        {0.4136000754684369, 0.00744866529605063, 0.117189449131610, 0.642348993662506, 0.0372433264802531},
    };

    @Test
    void partialCorrelationTestMatchesRegressionResidualsInR() {
        List<IndependenceTest> tests = IndependenceTests.partialCorrelation(STATEMENTS, columns());

        assertThat(tests).hasSize(5);
        for (int t = 0; t < tests.size(); t++) {
            IndependenceTest test = tests.get(t);
            double[] expected = R_REFERENCE[t];
            String about = test.independence().render();
            assertThat(test.independence()).isEqualTo(STATEMENTS.get(t));
            assertThat(test.rows()).isEqualTo(40);
            assertThat(test.estimate()).as(about).isCloseTo(expected[0], within(1e-6 * Math.abs(expected[0])));
            assertThat(test.pValue()).as(about).isCloseTo(expected[1], within(1e-6 * expected[1]));
            assertThat(test.lower()).as(about).isCloseTo(expected[2], within(1e-6 * Math.abs(expected[2])));
            assertThat(test.upper()).as(about).isCloseTo(expected[3], within(1e-6 * Math.abs(expected[3])));
            assertThat(test.adjustedPValue()).as(about).isCloseTo(expected[4], within(1e-6 * expected[4]));
        }
        assertThat(tests).filteredOn(t -> t.rejectedAt(0.05)).extracting(t -> t.independence().render())
                .containsExactly("a _||_ b");
    }

    @Test
    void anAbsentColumnIsNamed() {
        List<Independence> statements = List.of(new Independence("a", "e", List.of()));

        assertThatThrownBy(() -> IndependenceTests.partialCorrelation(statements, columns()))
                .isInstanceOf(IndependenceTestException.class)
                .hasMessage("no column e in the data to test a _||_ e");
    }

    @Test
    void collinearConditioningColumnsAreRefused() {
        double[] a = columns().get("a");
        double[] twiceA = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            twiceA[i] = 2 * a[i];
        }
        Map<String, double[]> data = Map.of("a", a, "a2", twiceA, "b", columns().get("b"), "c", columns().get("c"));

        assertThatThrownBy(() -> IndependenceTests.partialCorrelation(
                List.of(new Independence("b", "c", List.of("a", "a2"))), data))
                .isInstanceOf(IndependenceTestException.class)
                .hasMessage("the conditioning columns a, a2 are collinear, so b _||_ c | a, a2 cannot be tested");
    }

    @Test
    void tooFewRowsForTheConditioningSetAreRefused() {
        Map<String, double[]> data = Map.of("x", new double[] {1, 2, 4, 3}, "y", new double[] {2, 1, 3, 5},
                "z", new double[] {0, 1, 1, 0});

        assertThatThrownBy(() -> IndependenceTests.partialCorrelation(
                List.of(new Independence("x", "y", List.of("z"))), data))
                .isInstanceOf(IndependenceTestException.class)
                .hasMessage("testing x _||_ y | z needs at least 5 rows, the data have 4");
    }

    @Test
    void missingValuesAreRefused() {
        Map<String, double[]> data = Map.of("x", new double[] {1, Double.NaN, 4, 3, 5}, "y", new double[5]);

        assertThatThrownBy(() -> IndependenceTests.partialCorrelation(
                List.of(new Independence("x", "y", List.of())), data))
                .isInstanceOf(IndependenceTestException.class)
                .hasMessageStartingWith("column x has missing values");
    }
}
