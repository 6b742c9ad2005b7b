package causal.data.sql;

import static org.assertj.core.api.Assertions.assertThat;

import causal.data.NumericColumn;
import causal.data.Table;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlTextTest {
    @TempDir
    Path folder;

    @Test
    void identifiersAreDoubleQuotedWithInnerQuotesDoubled() {
        assertThat(SqlText.identifier("age")).isEqualTo("\"age\"");
        assertThat(SqlText.identifier("pre-period spend")).isEqualTo("\"pre-period spend\"");
        assertThat(SqlText.identifier("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void stringsAreSingleQuotedWithInnerQuotesDoubled() {
        assertThat(SqlText.string("SE")).isEqualTo("'SE'");
        assertThat(SqlText.string("it's")).isEqualTo("'it''s'");
        assertThat(SqlText.string("")).isEqualTo("''");
    }

    @Test
    void wholeNumbersAreIntegersAndOtherNumbersCastsFromTheirShortestText() {
        assertThat(SqlText.number(18)).isEqualTo("18");
        assertThat(SqlText.number(-3)).isEqualTo("-3");
        assertThat(SqlText.number(0.1)).isEqualTo("CAST('0.1' AS DOUBLE)");
        assertThat(SqlText.number(1e300)).isEqualTo("CAST('1.0E300' AS DOUBLE)");
        assertThat(SqlText.number(Double.POSITIVE_INFINITY)).isEqualTo("CAST('Infinity' AS DOUBLE)");
    }

    @Test
    void quotedValuesReadBackExactlyThroughDuckDb() {
        double awkward = 0.1 + 0.2;
        String sql = "select " + SqlText.number(awkward) + " as " + SqlText.identifier("a \"b\"") + ", "
                + SqlText.number(-1e-310) + " as tiny, " + SqlText.string("it's") + " as s";

        Table t = DuckDbEngine.shared().read(SqlQuery.sql(folder, sql));

        assertThat(((NumericColumn) t.column("a \"b\"")).get(0)).isEqualTo(awkward);
        assertThat(((NumericColumn) t.column("tiny")).get(0)).isEqualTo(-1e-310);
        assertThat(t.column("s").text(0)).isEqualTo("it's");
    }

    @Test
    void parquetQueryQuotesTheGlob() {
        assertThat(SqlText.parquetQuery("events/*.parquet")).isEqualTo("select * from read_parquet('events/*.parquet')");
        assertThat(SqlText.parquetQuery("o'brien/*.parquet"))
                .isEqualTo("select * from read_parquet('o''brien/*.parquet')");
    }

    @Test
    void onlyAFinalSemicolonIsRemoved() {
        assertThat(SqlText.withoutFinalSemicolon("select 1;")).isEqualTo("select 1");
        assertThat(SqlText.withoutFinalSemicolon("select 1;  -- done\n")).isEqualTo("select 1");
        assertThat(SqlText.withoutFinalSemicolon("select 1; /* done */")).isEqualTo("select 1");
        assertThat(SqlText.withoutFinalSemicolon("select ';'")).isEqualTo("select ';'");
        assertThat(SqlText.withoutFinalSemicolon("select 1 as \"a;\" -- x;")).isEqualTo("select 1 as \"a;\" -- x;");
        assertThat(SqlText.withoutFinalSemicolon("select 'it''s;'")).isEqualTo("select 'it''s;'");
        assertThat(SqlText.withoutFinalSemicolon("select 1; select 2")).isEqualTo("select 1; select 2");
    }
}
