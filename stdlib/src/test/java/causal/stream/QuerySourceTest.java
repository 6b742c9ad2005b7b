package causal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query's passes: the third pass in a row over the same columns is kept when it fits the memory budget and
 * replayed by later passes over those columns or some of them, with the same rows, cuts and codes; a pass that
 * outgrows the budget keeps nothing, and every pass then runs the query again with the same result.
 */
class QuerySourceTest {
    private static DuckDbEngine engine;

    @BeforeAll
    static void openEngine() {
        engine = DuckDbEngine.open(DuckDbEngine.Options.DEFAULTS.withThreads(1));
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static SqlQuery abTest() {
        return SqlQuery.sql(Path.of("."), "select * from read_csv('" + Fixtures.sharedPath("ab_test.csv") + "')");
    }

    private static List<RowBatch> pass(QuerySource source, List<String> columns) {
        List<RowBatch> batches = new ArrayList<>();
        source.forEach(columns, batches::add);
        return batches;
    }

    @Test
    void aPassThatFitsIsReplayedForTheSameColumnsAndForSomeOfThem() {
        QuerySource source = QuerySource.of(engine, abTest(), 97);
        List<String> columns = List.of("variant", "converted", "revenue");
        List<RowBatch> first = pass(source, columns);
        List<RowBatch> again = pass(source, columns);
        pass(source, columns);
        List<RowBatch> third = pass(source, columns);
        List<RowBatch> fourth = pass(source, columns);
        assertThat(first).hasSizeGreaterThan(2);
        assertThat(again.get(0).column(0)).as("the second pass runs the query").isNotSameAs(first.get(0).column(0));
        assertThat(fourth).as("replayed: the same kept batches").containsExactlyElementsOf(third);
        List<RowBatch> some = pass(source, List.of("revenue", "variant"));
        assertThat(some).hasSameSizeAs(first);
        for (int b = 0; b < first.size(); b++) {
            assertSameRows(third.get(b), first.get(b), 0, 0);
            assertThat(some.get(b).column(0)).isSameAs(third.get(b).column(2));
            assertThat(some.get(b).column(1)).isSameAs(third.get(b).column(0));
            assertSameRows(some.get(b), first.get(b), 0, 2);
            assertSameRows(some.get(b), first.get(b), 1, 0);
            assertThat(some.get(b).levels(1)).isEqualTo(first.get(b).levels(0));
        }
    }

    private static void assertSameRows(RowBatch actual, RowBatch expected, int column, int expectedColumn) {
        assertThat(actual.firstRow()).isEqualTo(expected.firstRow());
        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(Arrays.copyOfRange(actual.column(column), actual.start(), actual.start() + actual.rows()))
                .isEqualTo(Arrays.copyOfRange(expected.column(expectedColumn), expected.start(),
                        expected.start() + expected.rows()));
    }

    @Test
    void aPassOverOtherColumnsOrBeyondTheBudgetRunsTheQueryAgainWithTheSameRows() {
        QuerySource unkept = QuerySource.of(engine, abTest(), 97, 1000);
        QuerySource kept = QuerySource.of(engine, abTest(), 97);
        List<String> columns = List.of("converted", "revenue");
        List<RowBatch> first = pass(unkept, columns);
        List<RowBatch> again = pass(unkept, columns);
        List<RowBatch> reference = pass(kept, columns);
        pass(kept, columns);
        pass(kept, columns);
        List<RowBatch> wider = pass(kept, List.of("converted", "revenue", "variant"));
        assertThat(again).hasSameSizeAs(first);
        for (int b = 0; b < first.size(); b++) {
            for (int j = 0; j < columns.size(); j++) {
                assertThat(again.get(b).column(j)).isNotSameAs(first.get(b).column(j));
                assertThat(wider.get(b).column(j)).isNotSameAs(reference.get(b).column(j));
                assertSameRows(again.get(b), first.get(b), j, j);
                assertSameRows(wider.get(b), first.get(b), j, j);
            }
        }
    }
}
