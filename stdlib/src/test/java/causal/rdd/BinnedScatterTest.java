package causal.rdd;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The data of an RD plot, checked by hand on small designs. */
class BinnedScatterTest {

    @Test
    void binsAreEvenlySpacedOnEachSideWithTheirCountsAndMeans() {
        // Left of the cutoff 0: x from -1 to 0, two bins [-1, -0.5) and [-0.5, 0); right: [0, 0.5) and [0.5, 1].
        double[] x = {-1, -0.8, -0.4, -0.2, -0.1, 0, 0.3, 0.6, 1};
        double[] y = {1, 3, 5, 7, 9, 2, 4, 6, 8};
        BinnedScatter plot = RegressionDiscontinuity.of("x", x, 0).binnedScatter("y", y,
                new BinnedScatter.Options(2, 1, 3));
        assertThat(plot.left()).hasSize(2);
        BinnedScatter.Bin far = plot.left().get(0);
        assertThat(far.low()).isEqualTo(-1);
        assertThat(far.high()).isEqualTo(-0.5);
        assertThat(far.count()).isEqualTo(2);
        assertThat(far.meanX()).isCloseTo(-0.9, within(1e-12));
        assertThat(far.meanY()).isCloseTo(2, within(1e-12));
        BinnedScatter.Bin near = plot.left().get(1);
        assertThat(near.count()).isEqualTo(3);
        assertThat(near.meanY()).isCloseTo(7, within(1e-12));
        assertThat(near.high()).isEqualTo(0);
        assertThat(plot.right()).extracting(BinnedScatter.Bin::count).containsExactly(2, 2);
        assertThat(plot.right().get(1).meanY()).isCloseTo(7, within(1e-12));
        assertThat(plot.right().get(1).high()).isEqualTo(1);
    }

    @Test
    void emptyBinsAreLeftOutAndCurvesFollowThePolynomialOnEachSide() {
        // y = 2 + 3x left of the cutoff 1 and y = 10 - x right of it: order-1 curves reproduce both lines.
        double[] x = {0, 0.1, 0.2, 0.3, 1, 1.5, 2, 2.5, 3};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] < 1 ? 2 + 3 * x[i] : 10 - x[i];
        }
        BinnedScatter plot = RegressionDiscontinuity.of("x", x, 1).binnedScatter("y", y,
                new BinnedScatter.Options(4, 1, 5));
        // Left bins of width 0.25 from 0: [0, 0.25) holds 3 rows, [0.25, 0.5) 1, the two nearer ones none.
        assertThat(plot.left()).extracting(BinnedScatter.Bin::count).containsExactly(3, 1);
        assertThat(plot.leftCurve()).hasSize(5);
        assertThat(plot.leftCurve().get(0).x()).isCloseTo(0, within(1e-12));
        assertThat(plot.leftCurve().get(4).x()).isCloseTo(1, within(1e-12));
        for (BinnedScatter.CurvePoint point : plot.leftCurve()) {
            assertThat(point.y()).isCloseTo(2 + 3 * point.x(), within(1e-9));
        }
        for (BinnedScatter.CurvePoint point : plot.rightCurve()) {
            assertThat(point.y()).isCloseTo(10 - point.x(), within(1e-9));
        }
        assertThat(plot.rightCurve().get(4).x()).isCloseTo(3, within(1e-12));
        assertThat(plot.curveOrder()).isEqualTo(1);
        // The default order 4 is lowered to what four distinct values allow on each side.
        assertThat(RegressionDiscontinuity.of("x", x, 1).binnedScatter("y", y, BinnedScatter.Options.DEFAULTS)
                .curveOrder()).isEqualTo(3);
    }
}
