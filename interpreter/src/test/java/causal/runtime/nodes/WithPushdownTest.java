package causal.runtime.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import causal.analysis.Analysis;
import causal.analysis.HeaderSchemas;
import causal.output.Result;
import causal.runtime.EngineData;
import causal.runtime.RunOptions;
import causal.runtime.RunSession;
import causal.runtime.Runner;
import causal.syntax.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code with} over {@code parquet(…)} or {@code sql(…)} data whose columns are numbers built with {@code + − *}
 * is computed inside the query, so the dataset stays unread (estimates stream it); any other column is computed in
 * Causal after reading. Either way the columns, and the estimates on them, are those of the same {@code with} over
 * the CSV file.
 */
class WithPushdownTest {
    private static final Path ENGINE = Path.of("src/test/resources/golden/engine").toAbsolutePath();
    private static final String PARQUET = "parquet(\"../data/lalonde_parts/*.parquet\")";
    private static final String CSV = "csv(\"../../../../../../examples/jobs/data/lalonde.csv\")";
    private static final String DAG = """
            dag jobs {
              age, educ, gain, gain2 -> treat
              age, educ, gain, gain2 -> re78
              treat -> re78
            }
            """;

    private record Run(RunSession session, List<Result> results) {
    }

    private static Run run(String source, String with) {
        String text = "data d = " + source + " " + with + "\n" + DAG
                + "estimate ATE of treat on re78 in d under jobs adjust by backdoor using ols\n";
        Analysis analysis = Analysis.of(new SourceText(ENGINE.resolve("with.causal").toString(), text),
                new HeaderSchemas());
        assertThat(analysis.errors()).isEmpty();
        List<Result> results = new ArrayList<>();
        RunSession session = new RunSession(analysis, RunOptions.DEFAULTS, results::add);
        assertThat(Runner.run(session)).isEmpty();
        return new Run(session, results);
    }

    private static double estimate(Run run) {
        return ((Result.EstimateResult) run.results().get(0)).estimate().value();
    }

    @Test
    void sumsDifferencesAndProductsAreComputedInTheQuery() {
        // gain2 uses gain, made just before it; age replaces the file's age in place.
        String with = "with { gain = re75 - re74, gain2 = gain * gain / (re74 + 1), age = -age * 1 }";
        Run pushed = run(PARQUET, with);
        Run csv = run(CSV, with);
        assertThat(pushed.session().unread("d")).isPresent();
        assertThat(estimate(pushed)).isCloseTo(estimate(csv), org.assertj.core.api.Assertions.withPrecision(1e-9));
        // Read now (print needs the rows): the columns in the CSV's order, with its values.
        EngineData data = pushed.session().unread("d").orElseThrow();
        var table = data.read();
        var memory = (causal.data.Table) csv.session().value("d").orElseThrow();
        assertThat(table.columnNames()).isEqualTo(memory.columnNames());
        for (String column : List.of("age", "gain", "gain2")) {
            var read = (causal.data.NumericColumn) table.column(column);
            var computed = (causal.data.NumericColumn) memory.column(column);
            for (int row = 0; row < memory.rowCount(); row++) {
                assertThat(read.isMissing(row)).isEqualTo(computed.isMissing(row));
                assertThat(Double.doubleToLongBits(read.get(row))).as(column + " row " + row)
                        .isEqualTo(Double.doubleToLongBits(computed.get(row)));
            }
        }
    }

    @Test
    void aWhereOverComputedColumnsIsPushedToo() {
        String with = "with { gain = re75 - re74, gain2 = gain * gain } where gain > 0 and age < 40";
        Run pushed = run(PARQUET, with);
        assertThat(pushed.session().unread("d")).isPresent();
        assertThat(estimate(pushed)).isCloseTo(estimate(run(CSV, with)),
                org.assertj.core.api.Assertions.withPrecision(1e-9));
    }

    /**
     * Infinities and NaN: inf − inf and 0/0 are missing in Causal, so a pushed-down condition over them keeps what
     * the same condition in memory keeps (DuckDB orders NaN above every number; the pushed SQL makes it NULL).
     */
    @Test
    void aPushedConditionTreatsNaNAsMissingAsCausalDoes() {
        String rows = "sql(\"select a::DOUBLE as a, b::DOUBLE as b from (values ('1', 'inf'), ('inf', 'inf'), "
                + "('0', '0'), ('2', '1'), ('-inf', '3')) t(a, b)\")";
        for (String condition : List.of("b - a > 0", "not (b - a > 0)", "a / a >= 1", "not (a / b < 1)",
                "a * b != 0")) {
            String text = "data pushed = " + rows + " where " + condition + "\ndata all = " + rows
                    + "\ndata kept = all where " + condition + "\nprint pushed\nprint kept\n";
            Analysis analysis = Analysis.of(new SourceText(ENGINE.resolve("nan.causal").toString(), text),
                    new HeaderSchemas());
            assertThat(analysis.errors()).as(condition).isEmpty();
            List<Result> results = new ArrayList<>();
            RunSession session = new RunSession(analysis, RunOptions.DEFAULTS, results::add);
            assertThat(Runner.run(session)).as(condition).isEmpty();
            var pushed = (causal.data.Table) session.value("pushed").orElseThrow();
            var kept = (causal.data.Table) session.value("kept").orElseThrow();
            assertThat(pushed.rowCount()).as(condition).isEqualTo(kept.rowCount());
        }
    }

    /**
     * Over missing values, infinities and NaN: a pushed column (numbers and conditions) is the column Causal computes
     * in memory, value and missing flag alike.
     */
    @Test
    void aPushedColumnIsCausalsOwnOverMissingValuesAndInfinities() {
        String rows = "sql(\"select a::DOUBLE as a, b::DOUBLE as b, c from (values ('1', 'inf', true), "
                + "('inf', 'inf', false), ('0', '0', NULL), ('2', NULL, true), ('-inf', '3', false), "
                + "('NaN', '1', true)) t(a, b, c)\")";
        String with = "with { d = b - a, e = a / b, f = -a * 0, g = a < b, h = c and b > 1, i = not (c or a > 0) }";
        String text = "data pushed = " + rows + " " + with + "\ndata all = " + rows + "\ndata computed = all " + with
                + "\n";
        Analysis analysis = Analysis.of(new SourceText(ENGINE.resolve("missing.causal").toString(), text),
                new HeaderSchemas());
        assertThat(analysis.errors()).isEmpty();
        RunSession session = new RunSession(analysis, RunOptions.DEFAULTS, r -> { });
        assertThat(Runner.run(session)).isEmpty();
        assertThat(session.unread("pushed")).isPresent();
        var pushed = (causal.data.Table) session.value("pushed").orElseThrow();
        var computed = (causal.data.Table) session.value("computed").orElseThrow();
        assertThat(pushed.columnNames()).isEqualTo(computed.columnNames());
        for (String column : List.of("d", "e", "f", "g", "h", "i")) {
            var p = pushed.column(column);
            var m = computed.column(column);
            assertThat(p.type()).as(column).isEqualTo(m.type());
            for (int row = 0; row < m.size(); row++) {
                assertThat(p.isMissing(row)).as(column + " row " + row).isEqualTo(m.isMissing(row));
                if (!m.isMissing(row)) {
                    assertThat(value(p, row)).as(column + " row " + row).isEqualTo(value(m, row));
                }
            }
        }
    }

    private static Object value(causal.data.Column column, int row) {
        return column instanceof causal.data.NumericColumn n ? Double.doubleToLongBits(n.get(row))
                : ((causal.data.BooleanColumn) column).get(row);
    }

    @Test
    void otherColumnsAreComputedAfterReading() {
        for (String with : List.of("with { gain = re75 - re74, gain2 = re74 ^ 2 }",          // powers
                "with { gain = re75 - re74, gain2 = log(re74 + 1) }",                       // functions
                "with { gain = re75 - re74, gain2 = if(re74 > 0, 1, 0) }")) {               // not + − *
            Run inMemory = run(PARQUET, with);
            assertThat(inMemory.session().unread("d")).as(with).isEmpty();
            assertThat(estimate(inMemory)).as(with).isCloseTo(estimate(run(CSV, with)),
                    org.assertj.core.api.Assertions.withPrecision(1e-9));
        }
    }
}
