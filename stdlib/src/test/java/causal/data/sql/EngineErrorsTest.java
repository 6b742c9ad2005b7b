package causal.data.sql;

import static org.assertj.core.api.Assertions.assertThat;

import causal.data.DataException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user reads when a Parquet or SQL source fails: DuckDB's words, the source, never Java's. */
class EngineErrorsTest {
    @TempDir
    static Path folder;

    private static DuckDbEngine engine;

    @BeforeAll
    static void writeFixtures() throws Exception {
        engine = DuckDbEngine.open(DuckDbEngine.Options.DEFAULTS.withThreads(1));
        Fixtures.parquet(folder.resolve("people.parquet"), Fixtures.PEOPLE_TYPED);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static DataException fails(Function<SqlQuery, Object> operation, SqlQuery query) {
        try {
            operation.apply(query);
        } catch (DataException e) {
            assertThat(e.getMessage()).doesNotContain("java.", "Exception", "\tat ");
            return e;
        }
        throw new AssertionError("no error for " + query.sql());
    }

    private static DataException describeFails(String sql) {
        return fails(engine::describe, SqlQuery.sql(folder, sql));
    }

    @Test
    void aSyntaxErrorShowsDuckDbsMessageWithLineColumnAndCaret() {
        DataException e = describeFails("select age,\n       city\nfrom 'people.parquet' wher age > 3");

        assertThat(e.getMessage()).isEqualTo("""
                Parser Error: syntax error at or near "age" at line 3, column 28:
                  from 'people.parquet' wher age > 3
                                             ^""");
        assertThat(e.location().file()).isEqualTo("sql(\"select age, city from 'people.parquet' wher age > 3\")");
    }

    @Test
    void onlyAQueryIsAllowedAndNothingElseRuns() {
        DataException e = describeFails("copy (select 1 as a) to 'written.csv'");

        assertThat(e.getMessage()).isEqualTo("only a query (select …, with …, from …) can be read; statements such "
                + "as create, copy, install, attach or set, and a pivot without an in (…) list, are not allowed");
        assertThat(folder.resolve("written.csv")).doesNotExist();
        assertThat(describeFails("install httpfs").getMessage()).startsWith("only a query");
    }

    @Test
    void severalStatementsAreRefusedBeforeAnyRuns() {
        DataException e = describeFails("select 1 as a; copy (select 1 as a) to 'written.csv'; select 2 as b");

        assertThat(e.getMessage()).startsWith("only a query");
        assertThat(describeFails("select 1 as a; select 2 as b").getMessage())
                .isEqualTo("the SQL text holds 2 statements; give a single query");
        assertThat(describeFails("  -- nothing here\n").getMessage()).isEqualTo("the SQL query is empty");
        assertThat(folder.resolve("written.csv")).doesNotExist();
    }

    @Test
    void aMissingParquetGlobNamesThePatternAndTheGlobAsWritten() {
        DataException e = fails(engine::describe, SqlQuery.parquet(folder, "events/*.parquet"));

        assertThat(e.getMessage()).startsWith("IO Error: No files found that match the pattern \""
                + RelativePaths.absolute(folder, "events/*.parquet") + "\"");
        assertThat(e.location().toString()).isEqualTo("events/*.parquet");
    }

    @Test
    void aMissingCsvFileInSqlNamesTheFileUnderTheScriptFolder() {
        DataException e = fails(engine::read, SqlQuery.sql(folder, "select * from read_csv('data/missing.csv')"));

        assertThat(e.getMessage()).startsWith("IO Error: No files found that match the pattern \""
                + folder.toAbsolutePath() + "/data/missing.csv\"");
    }

    @Test
    void aMissingColumnIsNamedWithDuckDbsSuggestion() {
        DataException e = describeFails("select agee from 'people.parquet'");

        assertThat(e.getMessage()).startsWith("Binder Error: Referenced column \"agee\" not found in FROM clause!")
                .contains("Candidate bindings: \"age\"");
    }

    @Test
    void aMissingColumnInAPushedDownWhereIsNamed() {
        DataException e = fails(engine::read, SqlQuery.parquet(folder, "people.parquet").where("height > 180"));

        // DuckDB's quote of the query it ran (rewritten, with absolute paths) is left out: the script's own place is
        // in the diagnostic.
        assertThat(e.getMessage()).startsWith("Binder Error: Referenced column \"height\" not found")
                .doesNotContain("LINE 1");
        assertThat(e.location().toString()).isEqualTo("people.parquet");
    }

    @Test
    void aListColumnIsNamedWithItsTypeAndWhatToDo() {
        DataException e = describeFails("select id, [id, id + 1] as tags from 'people.parquet'");

        assertThat(e.getMessage()).isEqualTo("column tags has DuckDB type INTEGER[], which a Causal table cannot "
                + "hold (columns are numeric, boolean or categorical); pick an element in the SQL, e.g. \"tags\"[1], "
                + "or unnest it, or leave it out with select * exclude (\"tags\")");
        assertThat(e.location().column()).contains("tags");
    }

    @Test
    void structBlobAndIntervalColumnsAreRefusedByName() {
        assertThat(describeFails("select {'a': 1} as s").getMessage())
                .startsWith("column s has DuckDB type STRUCT(a INTEGER), which").contains("\"s\".field");
        assertThat(describeFails("select 'x'::BLOB as b").getMessage())
                .startsWith("column b has DuckDB type BLOB, which").contains("CAST(\"b\" AS VARCHAR)");
        assertThat(describeFails("select INTERVAL 2 DAY as d").getMessage())
                .startsWith("column d has DuckDB type INTERVAL, which").contains("epoch(\"d\")");
    }

    @Test
    void twoColumnsOfTheSameNameAreRefused() {
        DataException e = describeFails("select 1 as a, 2 as a");

        assertThat(e.getMessage()).isEqualTo("columns 1 and 2 of the result are both named a; rename one with AS");
    }

    @Test
    void aValueThatFailsWhileReadingIsReportedInDuckDbsWords() {
        SqlQuery query = SqlQuery.sql(folder, "select cast(x as integer) as n from (values ('1'), ('two')) t(x)");

        assertThat(engine.describe(query).names()).containsExactly("n");
        assertThat(fails(engine::read, query).getMessage())
                .startsWith("Conversion Error: Could not convert string 'two' to INT32");
    }

    @Test
    void aCsvCellThatDoesNotFitItsSniffedTypeIsReported() throws Exception {
        StringBuilder csv = new StringBuilder("x\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append(i).append('\n');
        }
        csv.append("oops\n");
        Files.writeString(folder.resolve("late.csv"), csv);

        DataException e = fails(engine::read, SqlQuery.sql(folder, "select * from read_csv('late.csv')"));

        assertThat(e.getMessage()).contains("oops").contains("late.csv");
    }

    @Test
    void aRemoteFileNeedsAnExtensionThatIsNeverDownloaded() {
        DataException e = describeFails("select * from read_parquet('https://example.com/x.parquet')");

        assertThat(e.getMessage()).isEqualTo("Missing Extension Error: File https://example.com/x.parquet requires "
                + "the extension httpfs to be loaded; Causal does not download DuckDB extensions: copy the file next "
                + "to the script and read it from there");
    }

    @Test
    void aFileThatIsNotParquetIsReported() throws Exception {
        Files.writeString(folder.resolve("fake.parquet"), "not parquet at all");

        DataException e = fails(engine::describe, SqlQuery.parquet(folder, "fake.parquet"));

        assertThat(e.getMessage()).contains("fake.parquet").containsIgnoringCase("magic bytes");
    }

    @Test
    void badEngineOptionsAreReportedAtTheFirstQuery() {
        DuckDbEngine broken = DuckDbEngine.open(DuckDbEngine.Options.DEFAULTS.withThreads(0));
        try {
            DataException e = fails(broken::describe, SqlQuery.sql(folder, "select 1 as a"));

            assertThat(e.getMessage()).startsWith("the embedded DuckDB engine could not start: ")
                    .contains("Must have at least 1 thread");
        } finally {
            broken.close();
        }
    }
}
