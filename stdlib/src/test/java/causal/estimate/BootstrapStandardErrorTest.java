package causal.estimate;

import causal.options.OptionValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** se = bootstrap(…) for any estimator: same point, resampled standard error, the same for a seed on any pool. */
class BootstrapStandardErrorTest {
    private static final OptionValue BOOTSTRAP = new OptionValue.Call("bootstrap", List.of(),
            Map.of("runs", new OptionValue.Number(300), "seed", new OptionValue.Number(4)));

    private static Estimate ols(OptionValue se) {
        return RegressionAdjustment.SPEC.create(Map.of("se", se)).estimate(Lalonde.table(), Lalonde.query(
                Estimand.ATE));
    }

    @Test
    void theBootstrapKeepsThePointAndComesNearTheRobustStandardError() {
        Estimate hc1 = ols(new OptionValue.Word("hc1"));
        Estimate boot = ols(BOOTSTRAP);
        assertThat(boot.value()).isEqualTo(hc1.value());
        // The HC1 SE is 740.576 (R's sandwich); 300 resamples estimate it within Monte Carlo error.
        assertThat(boot.stdError()).isCloseTo(hc1.stdError(), within(0.15 * hc1.stdError()));
        assertThat(boot.statistics()).containsEntry("bootstrap_runs", 300.0).containsEntry("analytic_std_error",
                hc1.stdError());
        assertThat(boot.ciHigh() - boot.value()).isCloseTo(Lalonde.Z975 * boot.stdError(), within(1e-9));
    }

    @Test
    void theSameSeedGivesTheSameStandardErrorOnAnyNumberOfThreads() throws Exception {
        Estimate common = ols(BOOTSTRAP);
        Estimate single = new ForkJoinPool(1).submit(() -> ols(BOOTSTRAP)).get();
        assertThat(single.stdError()).isEqualTo(common.stdError());
    }

    @Test
    void weightingRowsByTheirDrawsGivesWhatCopyingTheResampledRowsGives() {
        // ols takes the weighted path; the same estimator seen through a plain Estimator copies the rows instead
        Estimator ols = RegressionAdjustment.SPEC.create(Map.of());
        Estimator copying = ols::estimate;
        OptionValue.Call bootstrap = (OptionValue.Call) BOOTSTRAP;
        Estimate weighted = BootstrapStandardError.wrap(ols, bootstrap).estimate(Lalonde.table(),
                Lalonde.query(Estimand.ATE));
        Estimate copied = BootstrapStandardError.wrap(copying, bootstrap).estimate(Lalonde.table(),
                Lalonde.query(Estimand.ATE));
        assertThat(weighted.stdError()).isCloseTo(copied.stdError(), within(1e-9 * copied.stdError()));
    }

    @Test
    void anyEstimatorTakesItEvenWithoutAnSeOptionOfItsOwn() {
        Estimate psm = PropensityScoreMatching.SPEC.create(Map.of("se", BOOTSTRAP)).estimate(Lalonde.table(),
                Lalonde.query(Estimand.ATT));
        assertThat(psm.notes()).anyMatch(n -> n.contains("bootstrap resamples"));
        assertThatThrownBy(() -> RegressionAdjustment.SPEC.create(Map.of("se", new OptionValue.Call("bootstrap",
                List.of(), Map.of("rounds", new OptionValue.Number(10)))))).isInstanceOf(OptionException.class);
    }
}
