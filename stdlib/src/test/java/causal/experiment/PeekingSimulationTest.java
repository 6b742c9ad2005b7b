package causal.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The A/A simulation: 1,000 seeded runs of 5,000 units per arm at a 10% base rate, 20 looks. Monte Carlo tolerance:
 * three binomial standard errors at 5%, 3·sqrt(.05·.95/1000) = 0.021.
 */
class PeekingSimulationTest {
    private static final double TOLERANCE = 3 * Math.sqrt(0.05 * 0.95 / 1000);
    private static final PeekingSimulation.Options TWENTY_LOOKS = PeekingSimulation.Options.of(5000, 20, 1000, 7,
            0.10);

    @Test
    void peekingAtEveryLookInflatesFalsePositivesWhileMsprtStaysAtAlpha() {
        PeekingSimulation.Result result = PeekingSimulation.run(TWENTY_LOOKS);
        // Armitage, McPherson and Rowe (1969, Table 2): 20 looks at nominal 5% reject a true null about 25% of
        // the time. Anything above 12% is "well above 5%".
        assertThat(result.peekingRate()).isGreaterThan(0.12);
        assertThat(result.fixedHorizonRate()).isBetween(0.05 - TOLERANCE, 0.05 + TOLERANCE);
        assertThat(result.msprtRate()).isLessThanOrEqualTo(0.05 + TOLERANCE);
        assertThat(result.runs()).isEqualTo(1000);
    }

    @Test
    void theSameSeedGivesTheSameRates() {
        assertThat(PeekingSimulation.run(TWENTY_LOOKS)).isEqualTo(PeekingSimulation.run(TWENTY_LOOKS));
    }
}
