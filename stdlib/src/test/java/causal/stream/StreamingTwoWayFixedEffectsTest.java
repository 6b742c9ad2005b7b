package causal.stream;

import static causal.stream.Fixtures.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.estimate.Design;
import causal.estimate.EffectQuery;
import causal.estimate.Estimand;
import causal.estimate.Estimate;
import causal.estimate.Estimators;
import causal.estimate.StandardErrors;
import causal.options.OptionValue;
import causal.random.RandomSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code twfe} from per-period and per-unit sums against {@code causal.estimate}'s fixed-effects regression in memory
 * (which fixest's {@code feols} checks): the same estimate, error, interval, statistics and notes to 1e-9 on balanced
 * panels with one treatment date, for every batch size and thread count; no estimate for any other panel.
 */
class StreamingTwoWayFixedEffectsTest {
    private static final int[] BATCH_ROWS = {1, 7, 64, 10_000};
    private static final int[] THREADS = {1, 3};

    /** The shared 40-store, 4-period panel (20 stores in nj), post = period 2 and 3. */
    private static Table stores() {
        Table panel = Fixtures.shared("stores_panel.csv");
        double[] period = ((NumericColumn) panel.column("period")).toArray();
        double[] post = new double[period.length];
        for (int i = 0; i < post.length; i++) {
            post[i] = period[i] >= 2 ? 1 : 0;
        }
        return panel.with(NumericColumn.of("post", post));
    }

    private static EffectQuery did(String treated, String outcome, String unit, String time, List<String> controls) {
        return new EffectQuery(Estimand.ATT, treated, outcome, List.of(), controls,
                new Design.DifferenceInDifferences(unit, time, "post"));
    }

    /** The option {@code se = …} as a script gives it, with the matching streamed errors. */
    private record Errors(Map<String, OptionValue> option, StandardErrors streamed) {
    }

    private static List<Errors> everyKind(String unit) {
        OptionValue cluster = new OptionValue.Call("cluster", List.of(new OptionValue.Word(unit)), Map.of());
        return List.of(new Errors(Map.of(), StandardErrors.clusteredBy(unit)),
                new Errors(Map.of("se", cluster), StandardErrors.clusteredBy(unit)),
                new Errors(Map.of("se", new OptionValue.Word("hc1")), StandardErrors.HC1),
                new Errors(Map.of("se", new OptionValue.Word("classical")),
                        new StandardErrors(StandardErrors.Kind.CLASSICAL, Optional.empty())));
    }

    /** Every kind of error, batch size and thread count streams the in-memory estimate of the complete rows. */
    private static void assertStreamsAsInMemory(Table data, EffectQuery query) {
        Table complete = data.filter(data.completeRows(query.columns()));
        String unit = ((Design.DifferenceInDifferences) query.design()).unit();
        for (Errors errors : everyKind(unit)) {
            Estimate expected = Estimators.find("twfe", Design.Kind.DIFFERENCE_IN_DIFFERENCES).orElseThrow()
                    .create(errors.option()).estimate(complete, query);
            for (int rows : BATCH_ROWS) {
                for (int threads : THREADS) {
                    StreamedEstimate streamed = StreamingTwoWayFixedEffects.estimate(TableSource.of(data, rows),
                            query, errors.streamed(), List.of(), new StreamOptions(threads)).orElseThrow();
                    StreamingRegressionTest.assertSameEstimate(expected, streamed.estimate());
                    assertThat(streamed.rows()).isEqualTo(complete.rowCount());
                    assertThat(streamed.droppedRows()).isEqualTo(data.rowCount() - complete.rowCount());
                    assertThat(streamed.passes()).isEqualTo(errors.streamed().kind() == StandardErrors.Kind.CLUSTER
                            ? 2 : 3);
                }
            }
        }
    }

    @Test
    void theStoresPanelStreamsEveryKindOfErrorAsInMemory() {
        Table stores = stores();
        EffectQuery query = did("nj", "sales", "store", "period", List.of());
        assertStreamsAsInMemory(stores, query);
        // The difference of the four means, as the golden script designs/did_twfe prints it (8.2609).
        Estimate twfe = StreamingTwoWayFixedEffects.estimate(TableSource.of(stores), query,
                StandardErrors.clusteredBy("store"), List.of(), StreamOptions.DEFAULTS).orElseThrow().estimate();
        assertRelative(8.260875, twfe.value(), 1e-9);
        assertThat(twfe.statistics()).containsOnlyKeys("units", "periods", "clusters", "two_by_two", "df_residual");
        assertThat(twfe.notes()).containsExactly("standard errors clustered by store");
    }

    @Test
    void textUnitsAndPeriodsAndAControlStreamAsInMemory() {
        Table panel = simulatedPanel(150, 6, 81);
        assertStreamsAsInMemory(panel, did("treated", "y", "unit", "period", List.of("z")));
    }

    @Test
    void aUnitWithoutAnyCompleteRowIsDroppedAndTheRestStaysBalanced() {
        Table panel = simulatedPanel(60, 4, 83);
        double[] z = ((NumericColumn) panel.column("z")).toArray();
        CategoricalColumn unit = (CategoricalColumn) panel.column("unit");
        for (int i = 0; i < z.length; i++) {
            if (unit.level(i).equals("u002")) {
                z[i] = Double.NaN;
            }
        }
        Table holes = panel.with(NumericColumn.of("z", z));
        assertStreamsAsInMemory(holes, did("treated", "y", "unit", "period", List.of("z")));
        // z need not be a control: a column the rows must have (one a computed post flag was made of, say).
        EffectQuery plain = did("treated", "y", "unit", "period", List.of());
        Estimate expected = Estimators.find("twfe", Design.Kind.DIFFERENCE_IN_DIFFERENCES).orElseThrow()
                .create(Map.of()).estimate(holes.filter(holes.completeRows(List.of("z"))), plain);
        StreamedEstimate streamed = StreamingTwoWayFixedEffects.estimate(TableSource.of(holes, 50), plain,
                StandardErrors.clusteredBy("unit"), List.of("z"), new StreamOptions(2)).orElseThrow();
        StreamingRegressionTest.assertSameEstimate(expected, streamed.estimate());
        assertThat(streamed.droppedRows()).isEqualTo(4);
    }

    @Test
    void panelsThatAreNotBalancedWithOneTreatmentDateAreLeftToTheInMemoryFit() {
        Table panel = simulatedPanel(40, 4, 85);
        EffectQuery query = did("treated", "y", "unit", "period", List.of());
        assertThat(streamed(panel, query)).isPresent();
        // One missing outcome: that unit has three periods.
        assertThat(streamed(change(panel, "y", 5, Double.NaN), query)).isEmpty();
        // Post differs between units in one period: staggered timing.
        assertThat(streamed(change(panel, "post", 2, 1 - value(panel, "post", 2)), query)).isEmpty();
        // The treated flag changes within a unit.
        assertThat(streamed(change(panel, "treated", 7, 1 - value(panel, "treated", 7)), query)).isEmpty();
        // A flag that is not 0/1.
        assertThat(streamed(change(panel, "post", 3, 2), query)).isEmpty();
        // Treated units only, or post periods only.
        assertThat(streamed(panel, did("always", "y", "unit", "period", List.of()))).isEmpty();
        // A unit with two rows in one period (and none in another).
        Table repeated = panel.with(new CategoricalColumn("period", repeatFirstPeriod(panel), periodLevels(4)));
        assertThat(streamed(repeated, query)).isEmpty();
    }

    @Test
    void otherStandardErrorsAreRefused() {
        EffectQuery query = did("nj", "sales", "store", "period", List.of());
        assertThatThrownBy(() -> StreamingTwoWayFixedEffects.estimate(TableSource.of(stores()), query,
                StandardErrors.clusteredBy("nj"), List.of(), StreamOptions.DEFAULTS)).isInstanceOf(StreamException.class)
                .hasMessage("streamed twfe takes standard errors clustered by the unit store, hc1 or classical; "
                        + "not cluster(nj)");
    }

    private static Optional<StreamedEstimate> streamed(Table data, EffectQuery query) {
        return StreamingTwoWayFixedEffects.estimate(TableSource.of(data, 9), query, StandardErrors.clusteredBy("unit"),
                List.of(), new StreamOptions(2));
    }

    /**
     * A balanced panel of {@code units} text units ("u001", …) over {@code periods} text periods ("p1", …) in
     * shuffled row order: half the units treated from the middle period on (effect 1.5), unit and period effects, a
     * control z, and a column {@code always} = 1.
     */
    private static Table simulatedPanel(int units, int periods, long seed) {
        RandomSource rng = new RandomSource(seed);
        double[] unitEffect = Fixtures.normal(rng.stream(1), units, 10, 3);
        double[] noise = Fixtures.normal(rng.stream(2), units * periods, 0, 1);
        int n = units * periods;
        int[] unitCodes = new int[n];
        int[] periodCodes = new int[n];
        double[] treated = new double[n];
        double[] post = new double[n];
        double[] z = new double[n];
        double[] y = new double[n];
        double[] always = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        RandomSource shuffle = rng.stream(3);
        for (int i = n - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int u = k / periods;
            int p = k % periods;
            unitCodes[i] = u;
            periodCodes[i] = p;
            treated[i] = u % 2;
            post[i] = p >= periods / 2 ? 1 : 0;
            z[i] = noise[(i * 7) % n];
            y[i] = unitEffect[u] + 0.4 * p + 1.5 * treated[i] * post[i] + 0.3 * z[i] + noise[i];
            always[i] = 1;
        }
        List<String> unitLevels = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            unitLevels.add(String.format("u%03d", u));
        }
        List<Column> columns = List.of(new CategoricalColumn("unit", unitCodes, unitLevels),
                new CategoricalColumn("period", periodCodes, periodLevels(periods)), NumericColumn.of("treated", treated),
                NumericColumn.of("post", post), NumericColumn.of("z", z), NumericColumn.of("y", y),
                NumericColumn.of("always", always));
        return Table.of("panel", n, columns);
    }

    private static List<String> periodLevels(int periods) {
        List<String> levels = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            levels.add("p" + (p + 1));
        }
        return levels;
    }

    /** The period codes with unit u000's row in period p2 moved to period p1. */
    private static int[] repeatFirstPeriod(Table panel) {
        CategoricalColumn period = (CategoricalColumn) panel.column("period");
        CategoricalColumn unit = (CategoricalColumn) panel.column("unit");
        int[] codes = new int[panel.rowCount()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = period.code(i);
            if (unit.level(i).equals("u000") && period.level(i).equals("p2")) {
                codes[i] = 0;
            }
        }
        return codes;
    }

    private static double value(Table data, String column, int row) {
        return ((NumericColumn) data.column(column)).get(row);
    }

    private static Table change(Table data, String column, int row, double value) {
        double[] values = ((NumericColumn) data.column(column)).toArray();
        values[row] = value;
        return data.with(NumericColumn.of(column, values));
    }
}
