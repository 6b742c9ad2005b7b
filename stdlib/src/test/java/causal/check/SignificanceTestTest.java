package causal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** DoWhy's two significance tests (dowhy/causal_refuter.py), on values worked by hand. */
class SignificanceTestTest {

    @Test
    void percentileTestIsTwiceTheSmallerTailCountingTiesAsHalf() {
        double[] runs = {1, 2, 3, 4};
        assertThat(SignificanceTest.PERCENTILE.pValue(2.5, runs)).isEqualTo(1.0);
        // one run equal (0.5), none above: half = 0.125, p = 0.25
        assertThat(SignificanceTest.PERCENTILE.pValue(4, runs)).isEqualTo(0.25);
        assertThat(SignificanceTest.PERCENTILE.pValue(9, runs)).isEqualTo(0.0);
    }

    @Test
    void normalTestIsOneTailedWithThePopulationSd() {
        double[] runs = {-1, 1};
        assertThat(SignificanceTest.NORMAL.pValue(0, runs)).isEqualTo(0.5);
        // numpy.std([-1, 1]) = 1, z = 2; R: pnorm(-2) = 0.02275013194817921
        assertThat(SignificanceTest.NORMAL.pValue(2, runs)).isCloseTo(0.02275013194817921, within(1e-15));
        assertThat(SignificanceTest.NORMAL.pValue(-2, runs)).isCloseTo(0.02275013194817921, within(1e-15));
    }

    @Test
    void dowhyPicksThePercentileTestFromAHundredRuns() {
        assertThat(SignificanceTest.forRuns(99)).isEqualTo(SignificanceTest.NORMAL);
        assertThat(SignificanceTest.forRuns(100)).isEqualTo(SignificanceTest.PERCENTILE);
    }
}
