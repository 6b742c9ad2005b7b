package causal.panel;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Fixed-effects regression against {@code lm} with the fixed effects as dummies on small simulated panels
 * (resources/panel/unbalanced.csv: 12 firms x 6 years less 15 rows, a crossed region factor, two regressors;
 * disconnected.csv: two groups of firms seen in disjoint years). Reference values from
 * stdlib/src/test/r/panel_reference.R, R 4.2.2 and sandwich 3.0-2.
 */
class FixedEffectsRegressionTest {
    private static final double REL = 1e-6;

    private final PanelFile unbalanced = PanelFile.read("unbalanced.csv");
    private final Factor firm = Factor.fromValues("firm", unbalanced.integers("firm"));
    private final Factor year = Factor.fromValues("year", unbalanced.integers("year"));
    private final Factor region = Factor.fromValues("region", unbalanced.integers("region"));
    private final Regressors x1x2 = Regressors.of(List.of("x1", "x2"),
            new double[][] {unbalanced.numbers("x1"), unbalanced.numbers("x2")});

    private static void assertRelClose(double expected, double actual) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    private FixedEffectsFit fitUnbalanced(List<Factor> effects, StandardErrors errors) {
        return FixedEffectsRegression.fit("y", unbalanced.numbers("y"), x1x2, effects, errors);
    }

    @Test
    void twoFactorsOnAnUnbalancedPanelGiveLmsCoefficientsAndErrors() {
        FixedEffectsFit f = fitUnbalanced(List.of(firm, year), StandardErrors.classical());
        // R: m <- lm(y ~ x1 + x2 + factor(firm) + factor(year)); coef(m)[c("x1", "x2")]
        assertRelClose(1.36892728033095, f.coefficient("x1").estimate());
        assertRelClose(-0.424771297308126, f.coefficient("x2").estimate());
        // R: summary(m)$coefficients[c("x1", "x2"), 2]; df.residual(m) = 38
        assertRelClose(0.123946136978247, f.coefficient("x1").stdError());
        assertRelClose(0.156846663846425, f.coefficient("x2").stdError());
        assertThat(f.residualDegreesOfFreedom()).isEqualTo(38);
        assertThat(f.observations()).isEqualTo(57);
        // an unbalanced panel needs more than the two sweeps of a balanced one
        assertThat(f.iterations()).isGreaterThan(2);
        assertThat(f.converged()).isTrue();
    }

    @Test
    void heteroskedasticAndFirmClusteredErrorsOnTheUnbalancedPanel() {
        // R: sqrt(vcovHC(m, type = "HC1")["x1", "x1"]) = 0.107097347822521
        assertRelClose(0.107097347822521,
                fitUnbalanced(List.of(firm, year), StandardErrors.heteroskedastic()).coefficient("x1").stdError());
        FixedEffectsFit clustered = fitUnbalanced(List.of(firm, year), StandardErrors.clustered(firm));
        // R: sqrt(vcovCL(m, ~firm, type = "HC0", cadjust = TRUE) * (n-1)/(n-(2+6))): fixest's default ssc, K = 8
        assertRelClose(0.0882789222617823, clustered.coefficient("x1").stdError());
        assertRelClose(0.15062873778532, clustered.coefficient("x2").stdError());
        assertThat(clustered.parametersK()).isEqualTo(8);
    }

    @Test
    void threeCrossedFactorsAreAbsorbedLikeThreeSetsOfDummies() {
        FixedEffectsFit f = fitUnbalanced(List.of(firm, year, region), StandardErrors.classical());
        // R: lm(y ~ x1 + x2 + factor(firm) + factor(year) + factor(region)): coefficients, se of x1, df 36
        assertRelClose(1.34389566047087, f.coefficient("x1").estimate());
        assertRelClose(-0.448110345682505, f.coefficient("x2").estimate());
        assertRelClose(0.12626695163181, f.coefficient("x1").stdError());
        assertThat(f.residualDegreesOfFreedom()).isEqualTo(36);
    }

    @Test
    void oneFactorIsAbsorbedExactlyInOnePass() {
        FixedEffectsFit f = fitUnbalanced(List.of(firm), StandardErrors.classical());
        // R: lm(y ~ x1 + x2 + factor(firm)): coef and se of x1
        assertRelClose(1.3414238730761, f.coefficient("x1").estimate());
        assertRelClose(0.1349423510085, f.coefficient("x1").stdError());
        assertThat(f.iterations()).isEqualTo(1);
    }

    @Test
    void aDisconnectedPanelLosesOneLevelPerExtraComponent() {
        PanelFile file = PanelFile.read("disconnected.csv");
        FixedEffectsFit f = FixedEffectsRegression.fit("y", file.numbers("y"),
                Regressors.of("x", file.numbers("x")), List.of(Factor.fromValues("firm", file.integers("firm")),
                        Factor.fromValues("year", file.integers("year"))), StandardErrors.classical());
        // R: lm(y ~ x + factor(firm) + factor(year)) has 1 aliased dummy (two components), df.residual 19
        assertThat(f.absorbedLevels()).isEqualTo(12 + 6 - 2);
        assertThat(f.residualDegreesOfFreedom()).isEqualTo(19);
        assertRelClose(2.23872642956891, f.coefficient("x").estimate());
        assertRelClose(0.228848808289557, f.coefficient("x").stdError());
    }

    @Test
    void anEjmlMatrixGivesTheSameFitAsColumns() {
        int n = unbalanced.rows();
        DMatrixRMaj m = new DMatrixRMaj(n, 2);
        double[] a = unbalanced.numbers("x1");
        double[] b = unbalanced.numbers("x2");
        for (int i = 0; i < n; i++) {
            m.set(i, 0, a[i]);
            m.set(i, 1, b[i]);
        }
        FixedEffectsFit fromMatrix = FixedEffectsRegression.fit("y", unbalanced.numbers("y"),
                Regressors.of(List.of("x1", "x2"), m), List.of(firm, year), StandardErrors.clustered(firm));
        assertThat(fromMatrix).isEqualTo(fitUnbalanced(List.of(firm, year), StandardErrors.clustered(firm)));
    }

    @Test
    void theEstimatesDoNotDependOnTheOrderOfTheRows() {
        FixedEffectsFit original = fitUnbalanced(List.of(firm, year), StandardErrors.clustered(firm));
        SplittableRandom random = new SplittableRandom(42);
        for (int run = 0; run < 5; run++) {
            int n = unbalanced.rows();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            FixedEffectsFit shuffled = FixedEffectsRegression.fit("y", permute(unbalanced.numbers("y"), order),
                    Regressors.of(List.of("x1", "x2"), new double[][] {permute(unbalanced.numbers("x1"), order),
                            permute(unbalanced.numbers("x2"), order)}),
                    List.of(Factor.of("firm", permute(codes(firm), order)),
                            Factor.of("year", permute(codes(year), order))),
                    StandardErrors.clustered(Factor.of("firm", permute(codes(firm), order))));
            for (String name : List.of("x1", "x2")) {
                assertThat(shuffled.coefficient(name).estimate())
                        .isCloseTo(original.coefficient(name).estimate(), within(1e-9));
                assertThat(shuffled.coefficient(name).stdError())
                        .isCloseTo(original.coefficient(name).stdError(), within(1e-9));
            }
        }
    }

    @Test
    void aSlopeShiftsWithTheOutcomeButNotWithTheFixedEffects() {
        // adding 3 x1 to y adds 3 to its slope; adding any firm and year effects changes nothing
        double[] y = unbalanced.numbers("y");
        double[] x1 = unbalanced.numbers("x1");
        double[] shifted = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            shifted[i] = y[i] + 3 * x1[i] + 10 * firm.code(i) - 7 * year.code(i) * year.code(i);
        }
        FixedEffectsFit base = fitUnbalanced(List.of(firm, year), StandardErrors.classical());
        FixedEffectsFit moved = FixedEffectsRegression.fit("y", shifted, x1x2, List.of(firm, year),
                StandardErrors.classical());
        assertThat(moved.coefficient("x1").estimate()).isCloseTo(base.coefficient("x1").estimate() + 3,
                within(1e-8));
        assertThat(moved.coefficient("x2").estimate()).isCloseTo(base.coefficient("x2").estimate(), within(1e-8));
    }

    @Test
    void theSlopeAloneEqualsTheFitsCoefficientForEveryRegressorAgainstOneOutcome() {
        // Frisch–Waugh–Lovell: one regressor against y with firm and year absorbed, y demeaned once for all of them.
        double[] y = unbalanced.numbers("y");
        var slopes = FixedEffectsRegression.slopes("y", y, "x", List.of(firm, year),
                FixedEffectsRegression.Options.DEFAULTS);
        SplittableRandom random = new SplittableRandom(5);
        for (int draw = 0; draw < 20; draw++) {
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = draw == 0 ? unbalanced.numbers("x1")[i] : random.nextInt(2);
            }
            double full = FixedEffectsRegression.fit("y", y, Regressors.of("x", x), List.of(firm, year),
                    StandardErrors.classical()).coefficient("x").estimate();
            assertThat(slopes.applyAsDouble(x)).isCloseTo(full, within(Math.abs(full) * 1e-12));
        }
        // A regressor that cannot be estimated is refused with fit's words.
        assertThatThrownBy(() -> slopes.applyAsDouble(new double[y.length]))
                .isInstanceOf(PanelException.class).hasMessage("x does not vary: it is 0.0 in every row");
    }

    @Test
    void aUnitWithASingleRowIsRefusedByName() {
        double[] y = {1, 2, 3, 4, 5};
        Factor unit = Factor.of("store", new int[] {0, 0, 1, 1, 2}, List.of("a", "b", "c"));
        assertThatThrownBy(() -> FixedEffectsRegression.fit("sales", y, Regressors.of("x", new double[] {1, 3, 2, 5,
                4}), List.of(unit), StandardErrors.classical()))
                .isInstanceOf(PanelException.class).hasMessageStartingWith("store c has a single row");
    }

    @Test
    void aRegressorConstantWithinUnitsIsAbsorbedByTheUnitEffects() {
        double[] y = {1, 2, 3, 5, 4, 6};
        Factor unit = Factor.of("store", new int[] {0, 0, 1, 1, 2, 2});
        double[] treated = {1, 1, 0, 0, 1, 1};
        assertThatThrownBy(() -> FixedEffectsRegression.fit("sales", y, Regressors.of("treated", treated),
                List.of(unit), StandardErrors.clustered(unit)))
                .isInstanceOf(PanelException.class)
                .hasMessage("treated is constant within each store, so the store fixed effects absorb it and its "
                        + "coefficient cannot be estimated");
    }

    @Test
    void aRegressorThatNeverVariesIsNamed() {
        double[] y = {1, 2, 3, 5};
        Factor unit = Factor.of("store", new int[] {0, 0, 1, 1});
        assertThatThrownBy(() -> FixedEffectsRegression.fit("sales", y, Regressors.of("post", new double[4]),
                List.of(unit), StandardErrors.classical()))
                .isInstanceOf(PanelException.class).hasMessage("post does not vary: it is 0.0 in every row");
    }

    @Test
    void regressorsCollinearWithEachOtherAfterDemeaningAreNamed() {
        double[] x1 = unbalanced.numbers("x1");
        double[] twice = x1.clone();
        for (int i = 0; i < twice.length; i++) {
            twice[i] = 2 * x1[i] + firm.code(i);
        }
        assertThatThrownBy(() -> FixedEffectsRegression.fit("y", unbalanced.numbers("y"),
                Regressors.of(List.of("x1", "x1 again"), new double[][] {x1, twice}), List.of(firm, year),
                StandardErrors.classical()))
                .isInstanceOf(PanelException.class).hasMessageContaining("x1 again")
                .hasMessageContaining("once the fixed effects are removed");
    }

    @Test
    void aMissingOutcomeIsReportedWithItsRow() {
        double[] y = unbalanced.numbers("y");
        y[4] = Double.NaN;
        assertThatThrownBy(() -> FixedEffectsRegression.fit("y", y, x1x2, List.of(firm), StandardErrors.classical()))
                .isInstanceOf(PanelException.class).hasMessageStartingWith("y is NaN in row 5");
    }

    private static double[] permute(double[] v, int[] order) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[order[i]];
        }
        return out;
    }

    private static int[] permute(int[] v, int[] order) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[order[i]];
        }
        return out;
    }

    private static int[] codes(Factor f) {
        int[] out = new int[f.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.code(i);
        }
        return out;
    }
}
