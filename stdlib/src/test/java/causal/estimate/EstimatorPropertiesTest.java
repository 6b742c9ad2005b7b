package causal.estimate;

import causal.options.OptionValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import causal.data.NumericColumn;
import causal.data.Table;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invariances every estimator must have, checked on LaLonde's data with the usual covariates. */
class EstimatorPropertiesTest {
    private static final Table LALONDE = Lalonde.table();

    private static Estimate run(String keyword, String estimand, Table data) {
        return Estimators.find(keyword).orElseThrow().create(
                keyword.equals("psm") ? Map.of("caliper", new OptionValue.Number(0.05)) : Map.of())
                .estimate(data, Lalonde.query(Estimand.valueOf(estimand)));
    }

    /** LaLonde's table with re78 replaced by {@code a + b * treat + c * re78}. */
    private static Table transformedOutcome(double a, double b, double c) {
        NumericColumn treat = (NumericColumn) LALONDE.column("treat");
        NumericColumn re78 = (NumericColumn) LALONDE.column("re78");
        double[] y = new double[LALONDE.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = a + b * treat.get(i) + c * re78.get(i);
        }
        return LALONDE.with(NumericColumn.of("re78", y));
    }

    // Not psm on LaLonde: rows with equal covariates have equal scores, and MatchIt breaks those ties by row order.
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ols, ATE", "ipw, ATE", "ipw, ATT", "ipw, ATC", "aipw, ATE", "aipw, ATT", "aipw, ATC"})
    void rowOrderDoesNotMatter(String keyword, String estimand) {
        int n = LALONDE.rowCount();
        int[] reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = n - 1 - i;
        }
        Estimate original = run(keyword, estimand, LALONDE);
        Estimate permuted = run(keyword, estimand, LALONDE.select(reversed));
        assertThat(permuted.value()).isCloseTo(original.value(), withinPercentage(1e-7));
        assertThat(permuted.stdError()).isCloseTo(original.stdError(), withinPercentage(1e-7));
    }

    @Test
    void matchingDoesNotDependOnRowOrderWhenScoresAreDistinct() {
        Table data = ConfoundedSimulation.draw(500, new SplittableRandom(3));
        int n = data.rowCount();
        int[] reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = n - 1 - i;
        }
        Estimator psm = PropensityScoreMatching.SPEC.create(Map.of("caliper", new OptionValue.Number(0.02)));
        EffectQuery att = ConfoundedSimulation.query(Estimand.ATT);
        Estimate original = psm.estimate(data, att);
        Estimate permuted = psm.estimate(data.select(reversed), att);
        assertThat(permuted.value()).isCloseTo(original.value(), withinPercentage(1e-7));
        assertThat(permuted.statistics().get("matched_treated")).isEqualTo(original.statistics().get("matched_treated"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ols, ATE", "ipw, ATE", "ipw, ATT", "ipw, ATC", "psm, ATT", "aipw, ATE", "aipw, ATT", "aipw, ATC"})
    void addingAnEffectToTheTreatedShiftsTheEstimateAndNotTheError(String keyword, String estimand) {
        Estimate original = run(keyword, estimand, LALONDE);
        Estimate shifted = run(keyword, estimand, transformedOutcome(1000, 250, 1));
        assertThat(shifted.value()).isCloseTo(original.value() + 250, withinPercentage(1e-7));
        assertThat(shifted.stdError()).isCloseTo(original.stdError(), withinPercentage(1e-7));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ols, ATE", "ipw, ATE", "ipw, ATT", "ipw, ATC", "psm, ATT", "aipw, ATE", "aipw, ATT", "aipw, ATC"})
    void scalingTheOutcomeScalesEstimateAndError(String keyword, String estimand) {
        Estimate original = run(keyword, estimand, LALONDE);
        Estimate scaled = run(keyword, estimand, transformedOutcome(0, 0, -3));
        assertThat(scaled.value()).isCloseTo(-3 * original.value(), withinPercentage(1e-7));
        assertThat(scaled.stdError()).isCloseTo(3 * original.stdError(), withinPercentage(1e-7));
        assertThat(scaled.ciLow()).isCloseTo(-3 * original.ciHigh(), withinPercentage(1e-7));
    }

}
