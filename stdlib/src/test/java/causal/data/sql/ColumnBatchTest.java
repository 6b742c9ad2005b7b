package causal.data.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import causal.data.CategoricalColumn;
import causal.data.ColumnType;
import causal.data.DataException;
import causal.data.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DuckDbEngine#forEachBatch}: the streaming read for sufficient statistics. */
class ColumnBatchTest {
    @TempDir
    static Path folder;

    private static DuckDbEngine engine;
    private static SqlQuery sales;
    private static Table whole;

    /** 10,000 rows over two files; every 7th amount is NULL, every 11th flag, every 13th region. */
    @BeforeAll
    static void writeFixtures() throws Exception {
        engine = DuckDbEngine.open(DuckDbEngine.Options.DEFAULTS.withThreads(2));
        String rows = "select i::INTEGER as id, case when i %% 7 = 0 then NULL else (i %% 100) * 0.25 end as amount, "
                + "case when i %% 11 = 0 then NULL else i %% 3 = 0 end as promoted, "
                + "case when i %% 13 = 0 then NULL else 'region-' || (i %% 5) end as region from range(%d, %d) t(i)";
        Fixtures.parquet(folder.resolve("sales/a.parquet"), String.format(rows, 0, 6000));
        Fixtures.parquet(folder.resolve("sales/b.parquet"), String.format(rows, 6000, 10000));
        sales = SqlQuery.parquet(folder, "sales/*.parquet");
        whole = engine.read(sales);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    /** Sum and count of the non-missing values, as an estimator keeping sufficient statistics would. */
    private static final class Moments {
        double sum;
        long count;

        void add(double[] values, int rows) {
            for (int i = 0; i < rows; i++) {
                if (!Double.isNaN(values[i])) {
                    sum += values[i];
                    count++;
                }
            }
        }
    }

    @Test
    void batchSumsEqualTheSumsOfTheWholeTable() {
        Moments amount = new Moments();
        Moments promoted = new Moments();
        List<Integer> sizes = new ArrayList<>();

        long rows = engine.forEachBatch(sales, List.of("amount", "promoted"), 777, batch -> {
            sizes.add(batch.rowCount());
            amount.add(batch.values(0), batch.rowCount());
            promoted.add(batch.values(1), batch.rowCount());
        });

        Moments expectedAmount = new Moments();
        expectedAmount.add(((causal.data.NumericColumn) whole.column("amount")).toArray(), whole.rowCount());
        Moments expectedPromoted = new Moments();
        double[] flags = new double[whole.rowCount()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = whole.column("promoted").numeric(i);
        }
        expectedPromoted.add(flags, flags.length);
        assertThat(rows).isEqualTo(10_000);
        assertThat(sizes).hasSize(13).allMatch(size -> size <= 777);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
        assertThat(amount.sum).isEqualTo(expectedAmount.sum);
        assertThat(amount.count).isEqualTo(expectedAmount.count).isEqualTo(10_000 - 1429);
        assertThat(promoted.sum).isEqualTo(expectedPromoted.sum);
        assertThat(promoted.count).isEqualTo(10_000 - 910);
    }

    @Test
    void batchesFollowEachOtherWithoutGapsAndInTheTablesOrder() {
        double[] ids = new double[10_000];
        long[] next = {0};

        engine.forEachBatch(sales, List.of("id"), 1000, batch -> {
            assertThat(batch.firstRow()).isEqualTo(next[0]);
            System.arraycopy(batch.values(0), 0, ids, (int) batch.firstRow(), batch.rowCount());
            next[0] += batch.rowCount();
        });

        assertThat(ids).isEqualTo(((causal.data.NumericColumn) whole.column("id")).toArray());
    }

    @Test
    void categoricalCodesKeepTheirMeaningAcrossBatches() {
        List<String> regions = new ArrayList<>();

        engine.forEachBatch(sales, List.of("region"), 500, batch -> {
            assertThat(batch.type(0)).isEqualTo(ColumnType.CATEGORICAL);
            int[] codes = batch.codes(0);
            for (int i = 0; i < batch.rowCount(); i++) {
                regions.add(codes[i] < 0 ? null : batch.levels(0).get(codes[i]));
            }
        });

        CategoricalColumn expected = (CategoricalColumn) whole.column("region");
        for (int i = 0; i < whole.rowCount(); i++) {
            assertThat(regions.get(i)).as("row " + i).isEqualTo(expected.level(i));
        }
    }

    @Test
    void noColumnsAskedForMeansAllInTheirOrder() {
        List<String> names = new ArrayList<>();

        engine.forEachBatch(sales.where("id < 3"), List.of(), 10, batch -> names.addAll(batch.columnNames()));

        assertThat(names).containsExactly("id", "amount", "promoted", "region");
    }

    @Test
    void aColumnOfAnotherKindHasNoArrayOfThatKind() {
        engine.forEachBatch(sales.where("id < 3"), List.of("region", "id"), 10, batch -> {
            assertThat(batch.columnIndex("id")).isEqualTo(1);
            assertThatThrownBy(() -> batch.values(0)).hasMessageContaining("region is categorical");
            assertThatThrownBy(() -> batch.codes(1)).hasMessageContaining("id is numeric");
        });
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThereAre() {
        assertThatThrownBy(() -> engine.forEachBatch(sales, List.of("amount", "revenue"), 100, batch -> { }))
                .isInstanceOf(DataException.class)
                .hasMessage("there is no column revenue; the columns are id, amount, promoted, region")
                .extracting(e -> ((DataException) e).location().toString())
                .isEqualTo("sales/*.parquet, column revenue");
    }

    @Test
    void aBatchNeedsAtLeastOneRow() {
        assertThatThrownBy(() -> engine.forEachBatch(sales, List.of("id"), 0, batch -> { }))
                .isInstanceOf(DataException.class).hasMessage("a batch needs at least 1 row, not 0");
    }

    @Test
    void anExceptionOfTheConsumerStopsTheStream() {
        int[] calls = {0};

        assertThatThrownBy(() -> engine.forEachBatch(sales, List.of("id"), 100, batch -> {
            calls[0]++;
            throw new IllegalStateException("enough");
        })).hasMessage("enough");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(engine.forEachBatch(sales, List.of("id"), 5000, batch -> { })).isEqualTo(10_000);
    }
}
