package causal.data.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlQueryTest {
    private static final Path FOLDER = Path.of("/studies/jobs");

    @Test
    void parquetIsNamedByItsGlob() {
        SqlQuery q = SqlQuery.parquet(FOLDER, "events/*.parquet");

        assertThat(q.source()).isEqualTo("events/*.parquet");
        assertThat(q.sql()).isEqualTo("select * from read_parquet('events/*.parquet')");
        assertThat(q.origin()).isEqualTo(q.sql());
        assertThat(q.folder()).isEqualTo(FOLDER);
    }

    @Test
    void sqlIsNamedByItsTextOnOneLineAndShortened() {
        assertThat(SqlQuery.sql(FOLDER, "select *\n  from read_csv('x.csv')").source())
                .isEqualTo("sql(\"select * from read_csv('x.csv')\")");
        assertThat(SqlQuery.sql(FOLDER, "select " + "a, ".repeat(30) + "b from t").source())
                .isEqualTo("sql(\"select " + "a, ".repeat(17) + "a,…\")");
    }

    @Test
    void selectNestsTheQueryUnderAProjectionAndAFilter() {
        SqlQuery q = SqlQuery.sql(FOLDER, "select * from 'x.parquet';")
                .select(List.of("age", "pre spend"), "\"age\" >= 18");

        assertThat(q.sql()).isEqualTo("select \"age\", \"pre spend\"\nfrom (\nselect * from 'x.parquet'\n) as source"
                + "\nwhere \"age\" >= 18");
        assertThat(q.origin()).isEqualTo("select * from 'x.parquet';");
        assertThat(q.source()).isEqualTo("sql(\"select * from 'x.parquet';\")");
    }

    @Test
    void whereAndProjectEachAddOneLevel() {
        SqlQuery q = SqlQuery.parquet(FOLDER, "x.parquet").where("a > 1").project(List.of("a"));

        assertThat(q.sql()).isEqualTo("select \"a\"\nfrom (\nselect *\nfrom (\nselect * from read_parquet('x.parquet')"
                + "\n) as source\nwhere a > 1\n) as source");
    }

    @Test
    void aComputedColumnComesAfterTheOthersOrInPlaceOfItsNamesake() {
        SqlQuery q = SqlQuery.sql(FOLDER, "select a, b from t;").withColumn("c", "a + b", false)
                .withColumn("a", "-a", true);

        assertThat(q.sql()).isEqualTo("select * replace ((-a) as \"a\")\nfrom (\nselect *, (a + b) as \"c\"\n"
                + "from (\nselect a, b from t\n) as source\n) as source");
        assertThat(q.origin()).isEqualTo("select a, b from t;");
    }
}
