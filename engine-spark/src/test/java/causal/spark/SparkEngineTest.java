package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkEngineTest {
    private static final Path RESOURCES = Path.of("src/test/resources/causal/spark").toAbsolutePath();

    @Test
    void csvColumnsAreTypedAsCausalsOwnReaderTypesThem() {
        Dataset<Row> lalonde = LocalSpark.engine().read("lalonde.csv");
        assertThat(lalonde.schema().apply("treat").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(lalonde.schema().apply("re78").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(lalonde.schema().apply("race").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(lalonde.count()).isEqualTo(SameResults.table("lalonde.csv").rowCount());
    }

    @Test
    void missingMarkersBooleansInfinityAndBlanksReadAsTheInMemoryReaderReadsThem() {
        Dataset<Row> mixed = LocalSpark.engine().read(RESOURCES.resolve("mixed.csv").toString());
        assertThat(mixed.schema().apply("score").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(mixed.schema().apply("passed").dataType()).isEqualTo(DataTypes.BooleanType);
        assertThat(mixed.schema().apply("group").dataType()).isEqualTo(DataTypes.StringType);
        List<Row> rows = mixed.orderBy("id").collectAsList();
        assertThat(rows.get(0).getDouble(1)).isEqualTo(3.5);
        assertThat(rows.get(1).isNullAt(1)).as("NA with blanks around it is missing").isTrue();
        assertThat(rows.get(2).getDouble(1)).isEqualTo(-100.0);
        assertThat(rows.get(3).getDouble(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(rows.get(4).getDouble(1)).isEqualTo(0.5);
        assertThat(rows.get(0).getBoolean(2)).isTrue();
        assertThat(rows.get(3).isNullAt(2)).isTrue();
        assertThat(rows.get(4).getBoolean(2)).isFalse();
        assertThat(rows.get(2).isNullAt(3)).as("an empty text cell is missing").isTrue();
        assertThat(rows.get(5).isNullAt(1)).as("NaN is missing, though Spark's parser reads it as a number").isTrue();
    }

    /**
     * Spark's CSV parser reads Inf and Java's Infinity; Causal also reads inf and infinity in any case. A file with
     * those keeps the conversion in expressions (slower), with the same values.
     */
    @Test
    void infinitiesSparksParserDoesNotReadAreReadAsCausalReadsThem() {
        Dataset<Row> data = LocalSpark.engine().read(RESOURCES.resolve("infinities.csv").toString());
        assertThat(data.schema().apply("x").dataType()).isEqualTo(DataTypes.DoubleType);
        List<Row> rows = data.orderBy("id").collectAsList();
        assertThat(rows.get(0).getDouble(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(rows.get(1).getDouble(1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(rows.get(2).getDouble(1)).isEqualTo(2.5);
        assertThat(rows.get(1).isNullAt(2)).isTrue();
        assertThat(rows.get(2).getDouble(2)).isEqualTo(3.0);
    }

    /** Declined, naming the cell: the interpreter then reads the file itself and reports the cell with its row. */
    @Test
    void aStrayWordInANumericColumnIsAnErrorNamingIt() {
        assertThatThrownBy(() -> LocalSpark.engine().read(RESOURCES.resolve("stray_word.csv").toString()))
                .isInstanceOf(causal.engine.EngineDeclinedException.class)
                .hasMessageContaining("column y: cell \"oops\" is not a number");
    }

    /** A quoted number with a space around it is a number, as in Causal's reader: the stray word is the one named. */
    @Test
    void aPaddedNumberIsANumberAndTheStrayWordIsNamed() {
        assertThatThrownBy(() -> LocalSpark.engine().read(RESOURCES.resolve("padded_stray.csv").toString()))
                .isInstanceOf(causal.engine.EngineDeclinedException.class)
                .hasMessageContaining("column y: cell \"oops\" is not a number");
    }

    /** Java (and Spark's cast) read 1d and 0x1p3 as numbers; Causal's reader does not, and neither does the engine. */
    @Test
    void javasOtherSpellingsOfNumbersAreNotNumbers() {
        assertThatThrownBy(() -> LocalSpark.engine().read(RESOURCES.resolve("java_spellings.csv").toString()))
                .isInstanceOf(causal.engine.EngineDeclinedException.class)
                .hasMessageContaining("column y: cell \"1d\" is not a number");
    }

    /** The typing pass reads the whole file: once per version of it, not once per estimate. */
    @Test
    void aCsvFileIsTypedOncePerVersion(@TempDir Path folder) throws java.io.IOException {
        Path file = folder.resolve("d.csv");
        java.nio.file.Files.writeString(file, "x,y\n1,a\n2,b\n");
        Dataset<Row> first = LocalSpark.engine().read(file.toString());
        assertThat(LocalSpark.engine().read(file.toString())).isSameAs(first);

        java.nio.file.Files.writeString(file, "x,y\n1,true\n2,false\n3,true\n");
        Dataset<Row> changed = LocalSpark.engine().read(file.toString());
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.schema().apply("y").dataType().simpleString()).isEqualTo("boolean");
        assertThat(changed.count()).isEqualTo(3);
    }

    @Test
    void aMissingFileNamesThePathTried() {
        assertThatThrownBy(() -> LocalSpark.engine().read("no_such.csv"))
                .isInstanceOf(SparkEngineException.class)
                .hasMessageContaining("no_such.csv: file not found (tried " + LocalSpark.DATA.resolve("no_such.csv"));
    }

    @Test
    void parquetGlobsAreReadRelativeToTheBaseFolderOfAnEngineJoiningTheRunningSession(@TempDir Path folder) {
        Dataset<Row> lalonde = LocalSpark.engine().read("lalonde.csv");
        lalonde.filter("treat = 1").write().parquet(folder.resolve("treated.parquet").toString());
        lalonde.filter("treat = 0").write().parquet(folder.resolve("control.parquet").toString());
        try (SparkEngine joined = SparkEngine.open(SparkEngine.Options.DEFAULTS.withMaster("local[2]"), folder)) {
            assertThat(joined.session()).isSameAs(LocalSpark.engine().session());
            Dataset<Row> both = joined.read("*.parquet");
            assertThat(both.count()).isEqualTo(614);
            assertThat(both.schema().apply("race").dataType()).isEqualTo(DataTypes.StringType);
        }
        assertThat(LocalSpark.engine().session().sparkContext().isStopped())
                .as("closing an engine that joined the session leaves it running").isFalse();
    }

    @Test
    void anotherMasterWhileASessionRunsIsRefusedInWords() {
        LocalSpark.engine();
        assertThatThrownBy(() -> SparkEngine.open(SparkEngine.Options.DEFAULTS.withMaster("local[1]"), Path.of(".")))
                .isInstanceOf(SparkEngineException.class)
                .hasMessageContaining("a Spark session for master local[2] is already running");
    }
}
