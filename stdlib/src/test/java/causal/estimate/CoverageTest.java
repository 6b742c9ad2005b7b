package causal.estimate;

import causal.options.OptionValue;
import static org.assertj.core.api.Assertions.assertThat;

import causal.data.Table;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo: the share of 95% intervals that contain the true effect on {@link ConfoundedSimulation} data. Seeded;
 * with R replications the share has a standard deviation of about {@code sqrt(0.95 · 0.05 / R)}, so the bounds are
 * about three of those either side of 0.95 (wider above where the method is known to be conservative).
 */
class CoverageTest {

    private static double coverage(String keyword, Map<String, OptionValue> options, Estimand estimand, int n,
            int replications, long seed) {
        return coverage(keyword, options, estimand, n, -0.3, replications, seed);
    }

    private static double coverage(String keyword, Map<String, OptionValue> options, Estimand estimand, int n,
            double treatmentIntercept, int replications, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Estimator estimator = Estimators.find(keyword).orElseThrow().create(options);
        int covered = 0;
        for (int r = 0; r < replications; r++) {
            Table data = ConfoundedSimulation.draw(n, treatmentIntercept, random);
            Estimate e = estimator.estimate(data, ConfoundedSimulation.query(estimand));
            if (e.ciLow() <= ConfoundedSimulation.EFFECT && ConfoundedSimulation.EFFECT <= e.ciHigh()) {
                covered++;
            }
        }
        return (double) covered / replications;
    }

    @Test
    void olsIntervalsCoverNominally() {
        assertThat(coverage("ols", Map.of(), Estimand.ATE, 200, 1000, 11)).isBetween(0.93, 0.97);
    }

    @Test
    void aipwIntervalsCoverNominally() {
        assertThat(coverage("aipw", Map.of(), Estimand.ATE, 400, 600, 12)).isBetween(0.92, 0.98);
        assertThat(coverage("aipw", Map.of(), Estimand.ATT, 400, 600, 13)).isBetween(0.92, 0.98);
    }

    @Test
    void ipwIntervalsCoverNominallyWhenTheErrorAccountsForTheEstimatedScore() {
        assertThat(coverage("ipw", Map.of(), Estimand.ATE, 1000, 600, 14)).isBetween(0.92, 0.98);
    }

    @Test
    void ipwIntervalsThatTreatTheScoreAsKnownAreConservativeForTheAte() {
        assertThat(coverage("ipw", Map.of("se", new OptionValue.Word("hc0")), Estimand.ATE, 400, 300, 14))
                .isGreaterThan(0.98);
    }

    @Test
    void matchingWithReplacementAndAbadieImbensErrorsCoversNominally() {
        assertThat(coverage("psm", Map.of("replace", new OptionValue.Bool(true)), Estimand.ATT, 600, -1.5, 600, 16))
                .isBetween(0.92, 0.98);
    }

    @Test
    void matchingIntervalsCoverRoughlyNominally() {
        // Matching without replacement needs many more controls than treated to find close matches, so here about
        // 20% are treated; the pair-clustered error is approximate (Abadie and Spiess 2022), hence the wider band.
        assertThat(coverage("psm", Map.of("caliper", new OptionValue.Number(0.05)), Estimand.ATT, 600, -1.5, 400, 15))
                .isBetween(0.90, 0.99);
    }
}
