package causal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import causal.data.ColumnType;
import causal.data.Schema;
import causal.syntax.Expr;
import causal.syntax.ScriptParser;
import causal.syntax.SourceText;
import causal.syntax.Stmt;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A where condition runs inside DuckDB only when it means there exactly what it means in Causal. */
class EngineSourcesTest {
    private static final Schema SCHEMA = new Schema(List.of(new Schema.Field("age", ColumnType.NUMERIC),
            new Schema.Field("re74", ColumnType.NUMERIC), new Schema.Field("member", ColumnType.BOOLEAN),
            new Schema.Field("race", ColumnType.CATEGORICAL)));

    private static Optional<String> pushed(String condition) {
        Stmt.Data data = (Stmt.Data) ScriptParser.parse(new SourceText("t.causal",
                "data d = parquet(\"x.parquet\") where " + condition)).script().statements().get(0);
        return EngineSources.predicate(((Stmt.DataSource.Where) data.source()).condition(), SCHEMA);
    }

    @Test
    void comparisonsOfNumbersAndTextWithAndOrNotArePushed() {
        assertThat(pushed("age < 30 and re74 > 0")).contains("((nullif(CAST(\"age\" AS DOUBLE), 'NaN'::DOUBLE) < "
                + "30::DOUBLE) AND (nullif(CAST(\"re74\" AS DOUBLE), 'NaN'::DOUBLE) > 0::DOUBLE))");
        assertThat(pushed("race == \"black\" or not member")).contains("((CAST(\"race\" AS VARCHAR) = 'black') OR "
                + "(NOT \"member\"))");
        assertThat(pushed("age * 2 - 1 >= re74")).isPresent();
        // Division too (IEEE in both); a NaN result (0/0, inf - inf) is NULL, as Causal's is missing.
        assertThat(pushed("re74 / age > 1")).contains("(nullif((nullif(CAST(\"re74\" AS DOUBLE), 'NaN'::DOUBLE) / "
                + "nullif(CAST(\"age\" AS DOUBLE), 'NaN'::DOUBLE)), 'NaN'::DOUBLE) > 1::DOUBLE)");
    }

    @Test
    void conditionsThatDifferInSqlStayInCausal() {
        assertThat(pushed("re74 ^ 2 > 1")).isEmpty();       // StrictMath's pow, not DuckDB's
        assertThat(pushed("log(re74 + 1) > 5")).isEmpty();  // DuckDB's ln fails on negatives
        assertThat(pushed("age")).isEmpty();                // a number is not a condition in SQL
        assertThat(pushed("agee > 3")).isEmpty();           // unknown: the checker reports it
        assertThat(pushed("race < \"b\"")).isEmpty();      // text order is Causal's, not the engine's collation
    }

    private static Optional<EngineSources.ComputedColumn> computed(String expression) {
        Stmt.Data data = (Stmt.Data) ScriptParser.parse(new SourceText("t.causal",
                "data d = parquet(\"x.parquet\") with { z = " + expression + " }")).script().statements().get(0);
        return EngineSources.column(((Stmt.DataSource.With) data.source()).assignments().get(0).value(), SCHEMA,
                EngineSources.Dialect.DUCKDB);
    }

    @Test
    void aWithColumnIsComputedInDuckDbWhenItIsANumberOfArithmeticOrACondition() {
        assertThat(computed("age * 2")).contains(new EngineSources.ComputedColumn("nullif((nullif(CAST(\"age\" AS "
                + "DOUBLE), 'NaN'::DOUBLE) * 2::DOUBLE), 'NaN'::DOUBLE)", ColumnType.NUMERIC));
        assertThat(computed("-age")).isPresent();
        assertThat(computed("re74 / age - 1")).isPresent();
        assertThat(computed("age > 30 and not member")).map(EngineSources.ComputedColumn::type)
                .contains(ColumnType.BOOLEAN);
        assertThat(computed("re74 ^ 2")).isEmpty();      // powers
        assertThat(computed("sqrt(age)")).isEmpty();     // functions
        assertThat(computed("race")).isEmpty();          // text stays Causal's
    }

    private static final String AGE = "nanvl(CAST(`age` AS DOUBLE), CAST(NULL AS DOUBLE))";
    private static final String RE74 = "nanvl(CAST(`re74` AS DOUBLE), CAST(NULL AS DOUBLE))";

    @Test
    void sparkGetsItsOwnSpellingAndDividesAsIeee() {
        Stmt.Data data = (Stmt.Data) ScriptParser.parse(new SourceText("t.causal",
                "data d = parquet(\"x.parquet\") where age * 2 > 30 and race == \"it's\\\\\"")).script()
                .statements().get(0);
        assertThat(EngineSources.predicate(((Stmt.DataSource.Where) data.source()).condition(), SCHEMA,
                EngineSources.Dialect.SPARK)).contains("((nanvl((nanvl(CAST(`age` AS DOUBLE), CAST(NULL AS DOUBLE)) * "
                + "CAST('2.0' AS DOUBLE)), CAST(NULL AS DOUBLE)) > CAST('30.0' AS DOUBLE)) AND "
                + "(CAST(`race` AS STRING) = CAST(X'697427735c' AS STRING)))");   // "it's\" as UTF-8
        Stmt.Data divided = (Stmt.Data) ScriptParser.parse(new SourceText("t.causal",
                "data d = parquet(\"x.parquet\") where re74 / age > 1")).script().statements().get(0);
        // Spark's ANSI mode fails on a division by zero, where Causal's is infinite: Spark is told the infinity.
        assertThat(EngineSources.predicate(((Stmt.DataSource.Where) divided.source()).condition(), SCHEMA,
                EngineSources.Dialect.SPARK)).contains("(nanvl((CASE WHEN " + AGE + " = CAST('0.0' AS DOUBLE) THEN "
                + RE74 + " * (CASE WHEN CAST(" + AGE + " AS STRING) LIKE '-%' THEN CAST('-Infinity' AS DOUBLE) ELSE "
                + "CAST('Infinity' AS DOUBLE) END) ELSE " + RE74 + " / " + AGE + " END), CAST(NULL AS DOUBLE)) > "
                + "CAST('1.0' AS DOUBLE))");
        // Which repeats each side: a long chain of quotients stays Causal's for Spark, not for DuckDB.
        Stmt.Data chain = (Stmt.Data) ScriptParser.parse(new SourceText("t.causal",
                "data d = parquet(\"x.parquet\") where re74" + " / age".repeat(12) + " > 1")).script()
                .statements().get(0);
        Expr condition = ((Stmt.DataSource.Where) chain.source()).condition();
        assertThat(EngineSources.predicate(condition, SCHEMA, EngineSources.Dialect.SPARK)).isEmpty();
        assertThat(EngineSources.predicate(condition, SCHEMA, EngineSources.Dialect.DUCKDB)).isPresent();
    }
}
