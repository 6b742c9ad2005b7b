package causal.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import causal.data.CsvReader;
import causal.data.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A ratio metric, revenue per session, in an experiment randomized by user: each arm's ratio of sums and the
 * delta method's standard error. Reference (numpy 1.24 on {@code sessions_ab.csv}, per arm: R = Σrevenue / Σsessions,
 * C = np.cov(revenue, sessions), var = (C00 − 2R C01 + R² C11) / (n · mean(sessions)²)): A 9.997372224448899,
 * B 11.17040191144919, difference 1.173029687000291, SE 0.14686625452098093. A bootstrap of users (400 draws) gives
 * an SE of 0.143, as the delta method should.
 */
class RatioMetricTest {
    private static final Table DATA = CsvReader.read(Path.of("src/test/resources/causal/estimate/sessions_ab.csv"),
            "sessions_ab.csv");

    private static Estimate estimate(String keyword) {
        EffectQuery query = new EffectQuery(Estimand.ATE, "variant", "revenue", List.of(), List.of(),
                new Design.Experiment("A", 0.5, Optional.empty(), Optional.of("sessions")), List.of());
        return Estimators.find(keyword).orElseThrow().create(Map.of()).estimate(DATA, query);
    }

    @Test
    void theDifferenceOfRatiosHasTheDeltaMethodsError() {
        Estimate e = estimate("difference");
        assertThat(e.statistics().get("control_ratio")).isCloseTo(9.997372224448899, within(1e-9));
        assertThat(e.statistics().get("treatment_ratio")).isCloseTo(11.17040191144919, within(1e-9));
        assertThat(e.value()).isCloseTo(1.173029687000291, within(1e-9));
        assertThat(e.stdError()).isCloseTo(0.14686625452098093, within(1e-9));
    }

    @Test
    void otherComparisonsOfRowMeansAreRefused() {
        assertThatThrownBy(() -> estimate("welch")).isInstanceOf(EstimationException.class)
                .hasMessageContaining("delta method");
    }
}
