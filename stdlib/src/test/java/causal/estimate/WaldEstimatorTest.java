package causal.estimate;

import causal.data.NumericColumn;
import causal.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Wald ratio with a binary instrument is the reduced form over the first stage, and equals tsls. */
class WaldEstimatorTest {
    @Test
    void theWaldRatioIsReducedFormOverFirstStageAndEqualsTsls() {
        int n = 400;
        double[] z = new double[n];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = i % 2;
            double u = Math.sin(i * 1.7);
            t[i] = (z[i] == 1 && i % 5 != 0) || (z[i] == 0 && u > 0.8) ? 1 : 0;
            y[i] = 2.5 * t[i] + 3 * u + Math.cos(i * 0.3);
        }
        double y1 = 0;
        double y0 = 0;
        double t1 = 0;
        double t0 = 0;
        for (int i = 0; i < n; i++) {
            if (z[i] == 1) {
                y1 += y[i] / (n / 2.0);
                t1 += t[i] / (n / 2.0);
            } else {
                y0 += y[i] / (n / 2.0);
                t0 += t[i] / (n / 2.0);
            }
        }
        Table data = Table.of("test", n, List.of(NumericColumn.of("z", z), NumericColumn.of("t", t),
                NumericColumn.of("y", y)));
        EffectQuery query = new EffectQuery(Estimand.LATE, "t", "y", List.of(), List.of(),
                new Design.Instruments(List.of("z")));
        Estimate wald = WaldEstimator.SPEC.create(Map.of()).estimate(data, query);
        Estimate tsls = TwoStageLeastSquares.SPEC.create(Map.of()).estimate(data, query);
        assertThat(wald.value()).isCloseTo((y1 - y0) / (t1 - t0), within(1e-10));
        assertThat(wald.value()).isCloseTo(tsls.value(), within(1e-10));
        assertThat(wald.statistics().get("first_stage")).isCloseTo(t1 - t0, within(1e-12));
    }
}
