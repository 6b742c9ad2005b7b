package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conditional chi-square test sums Pearson's statistic over the strata of the conditioning set. References:
 * scipy 1.10 (Debian) {@code chi2_contingency(table, correction=False)}: [[10, 20], [30, 40]] gives 0.7936507936507936
 * (p 0.37299848361348686); [[5, 15], [25, 5]] gives 17.013888888888886; together, on 2 df, p = 1.3587572982098894e-4
 * ({@code 1 - chi2.cdf(sum, 2)}).
 */
class ChiSquareIndependenceTest {
    /** Rows of x, y and z with the given counts per cell of each stratum: counts[z][x][y]. */
    private static Map<String, int[]> rows(int[][][] counts) {
        List<int[]> out = new ArrayList<>();
        for (int z = 0; z < counts.length; z++) {
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    for (int k = 0; k < counts[z][x][y]; k++) {
                        out.add(new int[] {x, y, z});
                    }
                }
            }
        }
        int[][] columns = new int[3][out.size()];
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < 3; j++) {
                columns[j][i] = out.get(i)[j];
            }
        }
        return Map.of("x", columns[0], "y", columns[1], "z", columns[2]);
    }

    @Test
    void withoutConditioningItIsPearsonsChiSquare() {
        IndependenceTest t = ChiSquareIndependence.test(new Independence("x", "y", List.of()),
                rows(new int[][][] {{{10, 20}, {30, 40}}}));
        assertThat(t.estimate()).isCloseTo(0.7936507936507936, within(1e-12));
        assertThat(t.pValue()).isCloseTo(0.37299848361348686, within(1e-12));
    }

    @Test
    void givenZTheStrataStatisticsAndDegreesOfFreedomAdd() {
        IndependenceTest t = ChiSquareIndependence.test(new Independence("x", "y", List.of("z")),
                rows(new int[][][] {{{10, 20}, {30, 40}}, {{5, 15}, {25, 5}}}));
        assertThat(t.estimate()).isCloseTo(0.7936507936507936 + 17.013888888888886, within(1e-10));
        assertThat(t.pValue()).isCloseTo(1.3587572982098894e-4, within(1e-12));
        assertThat(t.lower()).isNaN();
    }

    @Test
    void aStratumWithOneValueOfXTestsNothing() {
        assertThatThrownBy(() -> ChiSquareIndependence.test(new Independence("x", "y", List.of()),
                rows(new int[][][] {{{10, 20}, {0, 0}}}))).isInstanceOf(IndependenceTestException.class)
                .hasMessageContaining("no stratum");
    }
}
