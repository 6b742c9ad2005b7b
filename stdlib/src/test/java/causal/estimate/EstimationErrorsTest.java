package causal.estimate;

import causal.options.OptionValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.CategoricalColumn;
import causal.data.DataLocation;
import causal.data.NumericColumn;
import causal.data.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimationErrorsTest {

    private static Table table(double[] t, double[] x, double[] y) {
        return Table.of("d.csv", t.length, List.of(NumericColumn.of("t", t), NumericColumn.of("x", x),
                NumericColumn.of("y", y)));
    }

    private static Estimate run(String keyword, Table data, Estimand estimand, List<String> covariates) {
        return Estimators.find(keyword).orElseThrow().create(Map.of())
                .estimate(data, new EffectQuery(estimand, "t", "y", covariates, List.of()));
    }

    @Test
    void nonBinaryTreatmentNamesTheColumnTheValueAndTheRow() {
        Table data = table(new double[] {0, 1, 2, 1}, new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4});
        assertThatThrownBy(() -> run("psm", data, Estimand.ATT, List.of("x")))
                .isInstanceOfSatisfying(TreatmentNotBinaryException.class, e -> {
                    assertThat(e.column()).isEqualTo("t");
                    assertThat(e.location()).contains(DataLocation.cell("d.csv", 3, "t"));
                })
                .hasMessage("psm needs a binary treatment (0/1 or true/false) but t is 2 in row 3");
    }

    @Test
    void categoricalTreatmentIsNotBinary() {
        Table data = Table.of("d.csv", 3, List.of(new CategoricalColumn("t", new int[] {0, 1, 0}, List.of("no", "yes")),
                NumericColumn.of("y", new double[] {1, 2, 3})));
        assertThatThrownBy(() -> Estimators.find("ipw").orElseThrow().create(Map.of())
                .estimate(data, new EffectQuery(Estimand.ATE, "t", "y", List.of(), List.of())))
                .isInstanceOf(TreatmentNotBinaryException.class).hasMessageContaining("t is no in row 1");
    }

    @Test
    void treatmentWithoutControlsIsRefused() {
        Table data = table(new double[] {1, 1, 1}, new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertThatThrownBy(() -> run("ipw", data, Estimand.ATE, List.of("x")))
                .isInstanceOf(EstimationException.class)
                .hasMessage("every row has t = 1: ipw needs both treated and control rows");
    }

    @Test
    void separatedGroupsAreReportedAsNoOverlap() {
        Table data = table(new double[] {0, 0, 0, 1, 1, 1}, new double[] {1, 2, 3, 4, 5, 6},
                new double[] {1, 2, 3, 4, 5, 6});
        for (String keyword : List.of("ipw", "psm", "aipw")) {
            Estimand estimand = keyword.equals("psm") ? Estimand.ATT : Estimand.ATE;
            assertThatThrownBy(() -> run(keyword, data, estimand, List.of("x")))
                    .isInstanceOf(EstimationException.class)
                    .hasMessageStartingWith("no overlap between treated and control rows");
        }
    }

    @Test
    void collinearCovariatesAreNamed() {
        Table data = Table.of("d.csv", 5, List.of(NumericColumn.of("t", new double[] {0, 1, 0, 1, 1}),
                NumericColumn.of("a", new double[] {1, 2, 3, 4, 6}), NumericColumn.of("b", new double[] {2, 4, 6, 8, 12}),
                NumericColumn.of("y", new double[] {1, 3, 2, 5, 4})));
        assertThatThrownBy(() -> Estimators.find("ols").orElseThrow().create(Map.of())
                .estimate(data, new EffectQuery(Estimand.ATE, "t", "y", List.of("a", "b"), List.of())))
                .isInstanceOfSatisfying(SingularDesignException.class,
                        e -> assertThat(e.columns()).containsExactly("a", "b"))
                .hasMessage("the regression cannot be fitted: b is a linear combination of a");
    }

    @Test
    void caliperThatMatchesNobodyIsRefused() {
        Table data = table(new double[] {0, 1, 0, 0, 1, 1, 0, 1}, new double[] {1, 2, 3, 4, 5, 6, 7, 8},
                new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> PropensityScoreMatching.SPEC.create(Map.of("caliper", new OptionValue.Number(1e-12)))
                .estimate(data, new EffectQuery(Estimand.ATT, "t", "y", List.of("x"), List.of())))
                .isInstanceOf(EstimationException.class)
                .hasMessage("no treated row has a match within the caliper 1.0E-12; widen the caliper");
    }
}
