package causal.data.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which string literals DuckDB's parser says are file paths, and how they become absolute. */
class RelativePathsTest {
    private static final Path FOLDER = Path.of("/studies/jobs");
    private static Connection connection;

    @BeforeAll
    static void connect() throws Exception {
        connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
    }

    @AfterAll
    static void disconnect() throws Exception {
        connection.close();
    }

    private static String resolved(String sql) throws Exception {
        return RelativePaths.resolve(sql, ParsedQuery.parse(connection, sql, "test").fileLiterals(), FOLDER);
    }

    @Test
    void fileReaderArgumentsAndQuotedTableNamesBecomeAbsolute() throws Exception {
        assertThat(resolved("select * from read_csv('data/x.csv', header = true) where country = 'SE'"))
                .isEqualTo("select * from read_csv('/studies/jobs/data/x.csv', header = true) where country = 'SE'");
        assertThat(resolved("from 'events/*.parquet' e join read_parquet(['a.parquet', 'b.parquet']) using (id)"))
                .isEqualTo("from '/studies/jobs/events/*.parquet' e join "
                        + "read_parquet(['/studies/jobs/a.parquet', '/studies/jobs/b.parquet']) using (id)");
    }

    @Test
    void pathsInsideSubqueriesAndCtesAreFound() throws Exception {
        assertThat(resolved("with w as (select * from READ_PARQUET('w.parquet')) "
                + "select * from w where id in (select id from 'ids.csv')"))
                .isEqualTo("with w as (select * from READ_PARQUET('/studies/jobs/w.parquet')) "
                        + "select * from w where id in (select id from '/studies/jobs/ids.csv')");
    }

    @Test
    void absolutePathsUrlsAndHomePathsAreLeftAlone() throws Exception {
        String sql = "select * from read_csv('/data/x.csv'), 's3://bucket/y.parquet', read_json('~/z.json'), "
                + "read_csv('C:/data/w.csv')";

        assertThat(resolved(sql)).isEqualTo(sql);
    }

    @Test
    void positionsAreRightAfterNonAsciiTextAndEscapedQuotes() throws Exception {
        assertThat(resolved("select 'é€😀' as label, * from read_csv('it''s.csv')"))
                .isEqualTo("select 'é€😀' as label, * from read_csv('/studies/jobs/it''s.csv')");
    }

    @Test
    void stringsThatAreNotFileArgumentsStayAsWritten() throws Exception {
        String sql = "select 'x.csv' as name, concat('a', '.csv') as c from range(3) where 'y.csv' <> ''";

        assertThat(resolved(sql)).isEqualTo(sql);
        assertThat(ParsedQuery.parse(connection, sql, "test").fileLiterals()).isEmpty();
    }

    @Test
    void relativeMeansNeitherRootedNorAUrl() {
        assertThat(List.of("x.csv", "data/x.csv", "./x.csv", "../x.csv", "*.parquet"))
                .allMatch(RelativePaths::isRelative);
        assertThat(List.of("/x.csv", "\\\\server\\x.csv", "~/x.csv", "C:\\x.csv", "https://h/x.csv", "s3://b/x", ""))
                .noneMatch(RelativePaths::isRelative);
    }
}
