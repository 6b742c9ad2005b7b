package causal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.data.Table;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.RegressionAdjustment;
import causal.estimate.StandardErrors;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sensitivity analyses on simulated data where the "effect" is pure confounding by u, left out of the regression. */
class SensitivityOnDataTest {
    private static final Table CONFOUNDED = SimulatedStudies.pureConfounding(500, 0.4, 21);
    private static final EffectQuery NAIVE = SimulatedStudies.ignoringU();

    @Test
    void omittedVariableBiasFormulaIsExactForTheLeftOutConfounder() {
        // Cinelli & Hazlett (2020) eq. 11–14 hold exactly in the sample: the gap between the coefficients without and
        // with u is se sqrt(dof r2yz r2dz / (1 - r2dz)), with u's sample partial R²s.
        ClassicalRegression naive = ClassicalRegression.fit(CONFOUNDED, "y", List.of("t"));
        ClassicalRegression full = ClassicalRegression.fit(CONFOUNDED, "y", List.of("t", "u"));
        ClassicalRegression treatment = ClassicalRegression.fit(CONFOUNDED, "t", List.of("u"));
        double r2dz = OmittedVariableBias.partialR2(treatment.t("u"), treatment.residualDegreesOfFreedom());
        double r2yz = OmittedVariableBias.partialR2(full.t("u"), full.residualDegreesOfFreedom());
        double gap = Math.abs(naive.coefficient("t") - full.coefficient("t"));
        double bias = OmittedVariableBias.bias(naive.stdError("t"), naive.residualDegreesOfFreedom(), r2dz, r2yz);
        assertThat(bias).isCloseTo(gap, within(1e-12 * gap + 1e-15));
        ConfounderGrid grid = ConfounderGrid.of(CONFOUNDED, NAIVE, List.of(r2dz), List.of(r2yz));
        assertThat(grid.cell(0, 0).adjustedEstimate()).isCloseTo(
                Math.signum(naive.coefficient("t")) * Math.abs(Math.abs(naive.coefficient("t")) - gap), within(1e-12));
    }

    @Test
    void sensitivityNumbersOfASpuriousEffectAreSmall() {
        RegressionSensitivity s = RegressionSensitivity.of(CONFOUNDED, NAIVE, RegressionSensitivity.Options.DEFAULTS);
        ClassicalRegression full = ClassicalRegression.fit(CONFOUNDED, "y", List.of("t", "u"));
        ClassicalRegression treatment = ClassicalRegression.fit(CONFOUNDED, "t", List.of("u"));
        double r2dz = OmittedVariableBias.partialR2(treatment.t("u"), treatment.residualDegreesOfFreedom());
        double r2yz = OmittedVariableBias.partialR2(full.t("u"), full.residualDegreesOfFreedom());
        // u removes the share q = |b_naive - b_full| / |b_naive| of the estimate; no confounder weaker than RV_q on
        // both sides could remove that much (Cinelli & Hazlett 2020, section 4.1), so u must reach RV_q on one side.
        ClassicalRegression naive = ClassicalRegression.fit(CONFOUNDED, "y", List.of("t"));
        double q = Math.abs(naive.coefficient("t") - full.coefficient("t")) / Math.abs(naive.coefficient("t"));
        double rvOfU = OmittedVariableBias.robustnessValue(naive.t("t"), naive.residualDegreesOfFreedom(), q, 1);
        assertThat(Math.max(r2dz, r2yz)).isGreaterThanOrEqualTo(rvOfU * (1 - 1e-12));
        assertThat(Math.min(r2dz, r2yz)).isLessThanOrEqualTo(rvOfU * (1 + 1e-12));
        assertThat(s.robustnessValue()).isLessThan(0.15);
        assertThat(s.partialR2()).isLessThan(0.05);
        Estimate spurious = new RegressionAdjustment(new RegressionAdjustment.Options(new StandardErrors(StandardErrors.Kind.CLASSICAL, Optional.empty())))
                .estimate(CONFOUNDED, NAIVE);
        assertThat(s.estimate()).isCloseTo(spurious.value(), within(1e-12));
        assertThat(s.stdError()).isCloseTo(spurious.stdError(), within(1e-12));
        assertThat(EValue.of(spurious, CONFOUNDED).point()).isLessThan(1.6);
    }

    @Test
    void benchmarkFromTheDataUsesTheCovariatesPartialR2s() {
        Table data = SimulatedStudies.trueEffect(800, 3);
        EffectQuery query = new EffectQuery(Estimand.ATE, "t", "y", List.of("x"), List.of());
        RegressionSensitivity s = RegressionSensitivity.of(data, query,
                RegressionSensitivity.Options.DEFAULTS.withBenchmarks(List.of("x"), List.of(1.0)));
        ClassicalRegression treatment = ClassicalRegression.fit(data, "t", List.of("x"));
        double r2dx = OmittedVariableBias.partialR2(treatment.t("x"), treatment.residualDegreesOfFreedom());
        // kd = 1: a confounder as strong as x explains r2dx / (1 - r2dx) of the treatment's residual variance.
        assertThat(s.bounds().get(0).r2dz()).isCloseTo(r2dx / (1 - r2dx), within(1e-12));
        // x is a strong confounder, yet a real effect of 2 survives one as strong as it.
        assertThat(s.bounds().get(0).adjustedEstimate()).isGreaterThan(0.5);
    }

    @Test
    void gridFlagsTheCellsThatExplainTheEstimateAway() {
        ConfounderGrid grid = ConfounderGrid.of(CONFOUNDED, NAIVE, ConfounderGrid.range(0, 0.5, 11),
                ConfounderGrid.range(0, 0.5, 11));
        assertThat(grid.cells()).hasSize(121);
        assertThat(grid.cell(0, 5).adjustedEstimate()).isEqualTo(grid.estimate());
        assertThat(grid.onTreatment().get(10)).isEqualTo(0.5);
        assertThat(grid.interpretation()).startsWith("the estimate reaches 0 or changes sign in ");
        ConfounderGrid tiny = ConfounderGrid.of(1, 0.1, 1000, List.of(0.0, 0.001), List.of(0.0, 0.001));
        assertThat(tiny.interpretation()).isEqualTo("the estimate keeps its sign for every confounder on the grid, "
                + "up to 0.1% of the treatment's and 0.1% of the outcome's residual variance");
    }
}
