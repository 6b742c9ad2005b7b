package causal.check;

import causal.data.CsvReader;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.DifferenceInDifferencesEstimator;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.Estimator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The permutation test on the shared store panel (40 stores, 20 treated from period 2, effect about 8): shuffling
 * which stores are treated never comes near 8; with the treated stores' sales moved back by the effect, it does.
 */
class PermutationTestTest {
    private static Table panel() throws Exception {
        Table t = CsvReader.read(Path.of(PermutationTestTest.class.getResource("/panel/stores_panel.csv").toURI()),
                "stores_panel.csv");
        double[] post = new double[t.rowCount()];
        for (int i = 0; i < post.length; i++) {
            post[i] = t.column("period").numeric(i) >= 2 ? 1 : 0;
        }
        return t.with(NumericColumn.of("post", post));
    }

    private static final EffectQuery QUERY = new EffectQuery(Estimand.ATT, "nj", "sales", List.of(), List.of(),
            new Design.DifferenceInDifferences("store", "period", "post"));

    @Test
    void aRealEffectStandsOutFromEveryShuffle() throws Exception {
        Table data = panel();
        Estimator twfe = DifferenceInDifferencesEstimator.TWFE.create(Map.of());
        Estimate original = twfe.estimate(data, QUERY);
        Refutation r = new PermutationTest(new PermutationTest.Options(200, 3)).refute(twfe, data, QUERY, original);
        // No shuffle reaches 8.26: p is the smallest possible, 1 / (runs + 1).
        assertThat(r.pValue()).isCloseTo(1.0 / 201, within(1e-12));
        assertThat(r.test()).isEqualTo(SignificanceTest.PERMUTATION);
        assertThat(Math.abs(r.newEffect())).isLessThan(2.0);
        assertThat(r.interpretation()).contains("stands out");
    }

    @Test
    void withoutAnEffectShufflesLookTheSameAndTheSeedFixesTheResult() throws Exception {
        Table data = panel();
        double[] sales = new double[data.rowCount()];
        for (int i = 0; i < sales.length; i++) {
            double s = data.column("sales").numeric(i);
            boolean treatedPost = data.column("nj").numeric(i) == 1 && data.column("post").numeric(i) == 1;
            sales[i] = treatedPost ? s - 8.260875 : s;
        }
        Table none = data.with(NumericColumn.of("sales", sales));
        Estimator twfe = DifferenceInDifferencesEstimator.TWFE.create(Map.of());
        Estimate original = twfe.estimate(none, QUERY);
        Refutation a = new PermutationTest(new PermutationTest.Options(200, 3)).refute(twfe, none, QUERY, original);
        Refutation b = new PermutationTest(new PermutationTest.Options(200, 3)).refute(twfe, none, QUERY, original);
        assertThat(a.pValue()).isGreaterThan(0.5);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void twfeReestimatesAShuffleFromItsDemeanedOutcomeWithTheFullEstimatesNumbers() throws Exception {
        Table data = panel();
        Estimator twfe = DifferenceInDifferencesEstimator.TWFE.create(Map.of());
        // The estimator's shortcut (y demeaned once, no standard errors) against the interface's default, which
        // estimates in full on the data with the new treatment column.
        Estimator full = twfe::estimate;
        var quick = twfe.reassignedTreatment(data, QUERY);
        var slow = full.reassignedTreatment(data, QUERY);
        double[] flags = new double[data.rowCount()];
        for (int i = 0; i < flags.length; i++) {
            // Stores with an even number are "treated": a reassignment the data never had.
            flags[i] = Integer.parseInt(data.column("store").text(i).replaceAll("\\D", "")) % 2 == 0 ? 1 : 0;
        }
        double expected = slow.applyAsDouble(flags);
        assertThat(quick.applyAsDouble(flags)).isCloseTo(expected, within(Math.abs(expected) * 1e-12));

        Estimate original = twfe.estimate(data, QUERY);
        Refutation fast = new PermutationTest(new PermutationTest.Options(100, 9)).refute(twfe, data, QUERY, original);
        Refutation slowTest = new PermutationTest(new PermutationTest.Options(100, 9)).refute(full, data, QUERY,
                original);
        assertThat(fast.pValue()).isEqualTo(slowTest.pValue());
        assertThat(fast.newEffect()).isCloseTo(slowTest.newEffect(), within(1e-12));
    }
}
