package causal.data.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.ColumnType;
import causal.data.CsvReader;
import causal.data.NumericColumn;
import causal.data.Schema;
import causal.data.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEngineTest {
    @TempDir
    static Path folder;

    private static DuckDbEngine engine;

    @BeforeAll
    static void writeFixtures() throws Exception {
        engine = DuckDbEngine.open(DuckDbEngine.Options.DEFAULTS.withThreads(2));
        Fixtures.parquet(folder.resolve("people.parquet"), Fixtures.PEOPLE_TYPED);
        Fixtures.parquet(folder.resolve("events/part-1.parquet"),
                "select i::INTEGER as id, i * 0.5 as amount from range(0, 3) t(i)");
        Fixtures.parquet(folder.resolve("events/part-2.parquet"),
                "select i::INTEGER as id, i * 0.5 as amount from range(3, 5) t(i)");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/prices.csv"), "item,price\npen,1.25\nbook,12\n");
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static double[] numbers(Table table, String column) {
        return ((NumericColumn) table.column(column)).toArray();
    }

    @Test
    void describeMapsDuckDbTypesToCausalTypes() {
        Schema schema = engine.describe(SqlQuery.parquet(folder, "people.parquet"));

        assertThat(schema.names()).containsExactly("id", "age", "score", "member", "city", "joined", "seen", "spend");
        assertThat(schema.fields()).extracting(f -> f.type().orElseThrow()).containsExactly(ColumnType.NUMERIC,
                ColumnType.NUMERIC, ColumnType.NUMERIC, ColumnType.BOOLEAN, ColumnType.CATEGORICAL,
                ColumnType.CATEGORICAL, ColumnType.CATEGORICAL, ColumnType.NUMERIC);
    }

    @Test
    void everyNumberTypeIsNumericAndEveryDateOrTextTypeCategorical() {
        Schema schema = engine.describe(SqlQuery.sql(folder, "select 1::TINYINT a, 1::UBIGINT b, 1::HUGEINT c, "
                + "1::UHUGEINT d, 1.5::FLOAT e, 1.5::DECIMAL(38,3) f, NULL g, true h, 'x'::ENUM('x','y') i, "
                + "uuid() j, TIME '10:00' k, TIMESTAMPTZ '2024-01-01 10:00:00+02' l, TIMESTAMP_NS '2024-01-01' m"));

        assertThat(schema.fields()).extracting(f -> f.name() + ":" + f.type().orElseThrow()).containsExactly(
                "a:numeric", "b:numeric", "c:numeric", "d:numeric", "e:numeric", "f:numeric", "g:numeric",
                "h:boolean", "i:categorical", "j:categorical", "k:categorical", "l:categorical", "m:categorical");
    }

    @Test
    void forOtherEnginesOnlyTextIsText() {
        // Spark writes a timestamp with a time zone, a date or a UUID as text its own way: not comparable with text.
        Schema schema = engine.describeForOtherEngines(SqlQuery.sql(folder, "select 1 a, 'x' b, "
                + "'x'::ENUM('x','y') c, DATE '2024-01-01' d, TIMESTAMPTZ '2024-01-01 10:00:00+02' e, uuid() f, "
                + "true g"));

        assertThat(schema.fields()).extracting(f -> f.name() + ":" + f.type().map(Object::toString).orElse("?"))
                .containsExactly("a:numeric", "b:categorical", "c:categorical", "d:?", "e:?", "f:?", "g:boolean");
    }

    @Test
    void readsNumbersWithNullAndNanAsMissing() {
        Table people = engine.read(SqlQuery.parquet(folder, "people.parquet"));

        assertThat(people.rowCount()).isEqualTo(4);
        assertThat(people.source()).isEqualTo("people.parquet");
        assertThat(numbers(people, "id")).containsExactly(1, 2, 3, 4);
        assertThat(numbers(people, "age")).containsExactly(23, Double.NaN, 41, 35);
        assertThat(people.column("age").missing().stream().toArray()).containsExactly(1);
        // NaN in the data is missing, as "NaN" in a CSV file is.
        assertThat(people.column("score").missing().stream().toArray()).containsExactly(1, 2);
        assertThat(numbers(people, "score")[3]).isEqualTo(-2.0);
        assertThat(numbers(people, "spend")).containsExactly(12.25, Double.NaN, 0.1, 7.0);
    }

    @Test
    void readsBooleansWithNullAsMissing() {
        BooleanColumn member = (BooleanColumn) engine.read(SqlQuery.parquet(folder, "people.parquet"))
                .column("member");

        assertThat(List.of(member.get(0), member.get(1), member.get(3))).containsExactly(true, false, true);
        assertThat(member.missing().stream().toArray()).containsExactly(2);
        assertThat(member.numeric(2)).isNaN();
    }

    @Test
    void categoricalLevelsAreSortedAsTheCsvReaderSortsThem() {
        CategoricalColumn city = (CategoricalColumn) engine.read(SqlQuery.parquet(folder, "people.parquet"))
                .column("city");

        assertThat(city.levels()).containsExactly("Bergen", "Oslo");
        assertThat(new int[] {city.code(0), city.code(1), city.code(2), city.code(3)}).containsExactly(1, 0, -1, 1);
    }

    @Test
    void datesAndTimestampsAreIsoText() {
        Table people = engine.read(SqlQuery.parquet(folder, "people.parquet"));
        CategoricalColumn joined = (CategoricalColumn) people.column("joined");
        CategoricalColumn seen = (CategoricalColumn) people.column("seen");

        assertThat(joined.level(0)).isEqualTo("2024-03-01");
        assertThat(joined.isMissing(1)).isTrue();
        // Sorted as text, dates are in calendar order.
        assertThat(joined.levels()).containsExactly("2023-12-31", "2024-01-15", "2024-03-01");
        assertThat(seen.level(0)).isEqualTo("2024-03-01 09:30:00");
        assertThat(seen.level(2)).isEqualTo("2023-12-31 23:59:59.5");
    }

    @Test
    void timestampsWithTimeZoneAreShownInUtc() {
        Table t = engine.read(SqlQuery.sql(folder, "select TIMESTAMPTZ '2024-01-01 10:00:00+02' as at"));

        assertThat(((CategoricalColumn) t.column("at")).level(0)).isEqualTo("2024-01-01 08:00:00+00");
    }

    @Test
    void aGlobReadsEveryMatchingFile() {
        Table events = engine.read(SqlQuery.parquet(folder, "events/*.parquet"));

        assertThat(events.source()).isEqualTo("events/*.parquet");
        assertThat(numbers(events, "id")).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(numbers(events, "amount")).containsExactlyInAnyOrder(0, 0.5, 1, 1.5, 2);
    }

    @Test
    void relativePathsInSqlAreRelativeToTheScriptFolder() {
        Table prices = engine.read(SqlQuery.sql(folder, "select * from read_csv('sub/prices.csv') order by price"));
        Table shorthand = engine.read(SqlQuery.sql(folder, "from 'people.parquet' select count(*) as n"));
        Table list = engine.read(SqlQuery.sql(folder,
                "select count(*) as n from read_parquet(['events/part-1.parquet', 'events/part-2.parquet'])"));

        assertThat(numbers(prices, "price")).containsExactly(1.25, 12);
        assertThat(numbers(shorthand, "n")).containsExactly(4);
        assertThat(numbers(list, "n")).containsExactly(5);
    }

    @Test
    void aFileOfTheSameNameInTheWorkingFolderDoesNotShadowTheScriptFolders() throws Exception {
        // DuckDB alone would look "pom.xml" up in the working folder (the module, under Maven) before its search path.
        assumeTrue(Files.isRegularFile(Path.of("pom.xml")), "the working folder has a pom.xml");
        Files.writeString(folder.resolve("pom.xml"), "kind\nscript folder\n");

        Table t = engine.read(SqlQuery.sql(folder, "select * from read_csv('pom.xml', header = true)"));

        assertThat(t.column("kind").text(0)).isEqualTo("script folder");
    }

    @Test
    void textBeforeAPathMayHoldAnyCharacter() {
        Table t = engine.read(SqlQuery.sql(folder,
                "select 'é€😀' as label, price from read_csv('sub/prices.csv') where item = 'pen'"));

        assertThat(((CategoricalColumn) t.column("label")).level(0)).isEqualTo("é€😀");
        assertThat(numbers(t, "price")).containsExactly(1.25);
    }

    @Test
    void aWhereAndAProjectionArePushedIntoTheQuery() {
        SqlQuery adults = SqlQuery.parquet(folder, "people.parquet")
                .select(List.of("city", "age"), SqlText.identifier("age") + " >= " + SqlText.number(30));

        Table t = engine.read(adults);

        assertThat(t.columnNames()).containsExactly("city", "age");
        assertThat(numbers(t, "age")).containsExactly(41, 35);
        assertThat(t.column("city").isMissing(0)).isTrue();
        assertThat(engine.describe(adults).names()).containsExactly("city", "age");
    }

    @Test
    void pushdownsChainOverAQueryEndingInASemicolonAndAComment() {
        SqlQuery query = SqlQuery.sql(folder, "select * from 'people.parquet'; -- all of them")
                .where("city = " + SqlText.string("Oslo")).project(List.of("id"));

        assertThat(numbers(engine.read(query), "id")).containsExactly(1, 4);
    }

    @Test
    void anEmptyResultIsATableWithNoRows() {
        Table t = engine.read(SqlQuery.parquet(folder, "people.parquet").where("id > 100"));

        assertThat(t.rowCount()).isZero();
        assertThat(t.columnNames()).hasSize(8);
        assertThat(((CategoricalColumn) t.column("city")).levels()).isEmpty();
    }

    @Test
    void readCsvGivesTheSameTableAsTheCsvReader() throws Exception {
        // The module's copy of /work/shared/data/lalonde.csv (byte-identical).
        Path csv = Path.of(DuckDbEngineTest.class.getResource("/causal/data/lalonde.csv").toURI());
        Table expected = CsvReader.read(csv, "lalonde.csv");

        Table actual = engine.read(SqlQuery.sql(csv.getParent(), "select * from read_csv('lalonde.csv')"));

        assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount()).isEqualTo(614);
        for (Column column : expected.columns()) {
            Column other = actual.column(column.name());
            assertThat(other.type()).as(column.name()).isEqualTo(column.type());
            for (int row = 0; row < expected.rowCount(); row++) {
                assertThat(other.text(row)).as(column.name() + " row " + row).isEqualTo(column.text(row));
                if (column.type() == ColumnType.NUMERIC) {
                    // Exactly the same doubles, not merely close ones.
                    assertThat(Double.doubleToLongBits(other.numeric(row))).as(column.name() + " row " + row)
                            .isEqualTo(Double.doubleToLongBits(column.numeric(row)));
                }
            }
        }
        assertThat(((CategoricalColumn) actual.column("race")).levels())
                .isEqualTo(((CategoricalColumn) expected.column("race")).levels());
    }

    @Test
    void threadsReadingFromDifferentFoldersEachSeeTheirOwnFiles() throws Exception {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path f = Files.createDirectories(folder.resolve("script-" + i));
            Files.writeString(f.resolve("x.csv"), "which\n" + i + "\n");
            folders.add(f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Path f : folders) {
                    results.add(pool.submit(() -> engine.read(SqlQuery.sql(f, "select * from 'x.csv'"))
                            .column("which").numeric(0)));
                }
            }
            for (int k = 0; k < results.size(); k++) {
                assertThat(results.get(k).get()).isEqualTo(k % 4);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSharedEngineServesQueriesAndCanBeReopenedAfterClose() {
        DuckDbEngine own = DuckDbEngine.open(DuckDbEngine.Options.DEFAULTS.withMemoryLimit("256MB"));
        Table before = own.read(SqlQuery.sql(folder, "select current_setting('memory_limit') as m"));
        own.close();
        Table after = own.read(SqlQuery.sql(folder, "select 2 as x"));

        assertThat(((CategoricalColumn) before.column("m")).level(0)).isEqualTo("244.1 MiB");
        assertThat(after.column("x").numeric(0)).isEqualTo(2);
        assertThat(DuckDbEngine.shared().describe(SqlQuery.parquet(folder, "people.parquet")).field("age"))
                .map(Schema.Field::type).contains(Optional.of(ColumnType.NUMERIC));
        own.close();
    }
}
