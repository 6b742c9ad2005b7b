package causal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path folder;

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Table read(String content) throws IOException {
        return CsvReader.read(write("data.csv", content), "data.csv");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CsvReaderTest.class.getResource(name).toURI());
    }

    private static DataException readFails(Path file, String displayName) {
        try {
            CsvReader.read(file, displayName);
        } catch (DataException e) {
            return e;
        }
        throw new AssertionError("reading " + displayName + " did not fail");
    }

    @Test
    void infersNumericBooleanAndCategoricalColumns() throws IOException {
        Table t = read("x,flag,city\n1.5,true,Oslo\n-2,FALSE,Bergen\n3e2,True,Oslo\n");

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnNames()).containsExactly("x", "flag", "city");
        assertThat(t.column("x").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("flag").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(t.column("city").type()).isEqualTo(ColumnType.CATEGORICAL);
        NumericColumn x = (NumericColumn) t.column("x");
        assertThat(x.toArray()).containsExactly(1.5, -2, 300);
        BooleanColumn flag = (BooleanColumn) t.column("flag");
        assertThat(List.of(flag.get(0), flag.get(1), flag.get(2))).containsExactly(true, false, true);
    }

    @Test
    void categoricalLevelsAreSortedAndCodesFollowThem() throws IOException {
        Table t = read("city\nOslo\nBergen\noslo\nBergen\n");

        CategoricalColumn city = (CategoricalColumn) t.column("city");
        assertThat(city.levels()).containsExactly("Bergen", "Oslo", "oslo");
        assertThat(new int[] {city.code(0), city.code(1), city.code(2), city.code(3)}).containsExactly(1, 0, 2, 0);
        assertThat(city.level(2)).isEqualTo("oslo");
    }

    @Test
    void everyMissingMarkerIsMissingInEveryType() throws IOException {
        Table t = read("n,b,c\n1,true,a\nNA,NA,NA\nN/A,N/A,N/A\nNaN,NaN,NaN\nnull,null,null\nNULL,NULL,NULL\n,,\n"
                + "\"\",\"\",\"\"\n");

        assertThat(t.rowCount()).isEqualTo(8);
        for (String name : List.of("n", "b", "c")) {
            assertThat(t.column(name).missingCount()).as(name).isEqualTo(7);
            assertThat(t.column(name).isMissing(0)).isFalse();
        }
        assertThat(t.column("n").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("n").numeric(3)).isNaN();
        assertThat(t.column("b").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(((CategoricalColumn) t.column("c")).levels()).containsExactly("a");
        assertThat(((CategoricalColumn) t.column("c")).code(1)).isEqualTo(-1);
    }

    @Test
    void missingMarkersAreMatchedExactly() throws IOException {
        Table t = read("c\nna\nNone\nn/a\n");

        assertThat(t.column("c").missingCount()).isZero();
        assertThat(((CategoricalColumn) t.column("c")).levels()).containsExactly("None", "n/a", "na");
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        Table t = read("name,note\n\"Smith, J.\",\"said \"\"hi\"\"\"\nplain,\"two\nlines\"\n");

        CategoricalColumn name = (CategoricalColumn) t.column("name");
        CategoricalColumn note = (CategoricalColumn) t.column("note");
        assertThat(name.level(0)).isEqualTo("Smith, J.");
        assertThat(note.level(0)).isEqualTo("said \"hi\"");
        assertThat(note.level(1)).isEqualTo("two\nlines");
    }

    @Test
    void headerNamesWithSpacesAndDashesAreTrimmedAndKept() throws IOException {
        Table t = read(" pre-period spend ,\" post period\",x-1\n1,2,3\n");

        assertThat(t.columnNames()).containsExactly("pre-period spend", "post period", "x-1");
    }

    @Test
    void cellsAreTrimmedBeforeTheirTypeIsDecided() throws IOException {
        Table t = read("a,b\n 1 ,  true\n2\t,false \n");

        assertThat(t.column("a").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("b").type()).isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void numbersTakeDecimalFormsButNotJavaLiterals() throws IOException {
        Table t = read("n\n1e-3\n-0.5\n+2\n.5\n5.\nInf\n-infinity\n");

        assertThat(((NumericColumn) t.column("n")).toArray())
                .containsExactly(0.001, -0.5, 2, 0.5, 5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        // "1d" and "0x1p3" are Java literals but not numbers in a CSV file, so each column has one bad cell.
        assertThat(readFails(write("d.csv", "d\n1d\n2\n3\n"), "d.csv").getMessage()).contains("\"1d\"");
        assertThat(readFails(write("h.csv", "h\n0x1p3\n1\n2\n"), "h.csv").getMessage()).contains("\"0x1p3\"");
    }

    @Test
    void badCellNamesTheFileRowLineColumnAndValue() throws URISyntaxException {
        // The shared conformance case data_bad/bad_cell.csv: "abc" in column age on data row 3, file line 4.
        DataException e = readFails(resource("bad_cell.csv"), "data/bad_cell.csv");

        assertThat(e.getMessage())
                .isEqualTo("cell \"abc\" is not a number (the column's other values are numbers)");
        assertThat(e.location().row()).isEqualTo(OptionalLong.of(3));
        assertThat(e.location().line()).isEqualTo(OptionalLong.of(4));
        assertThat(e.location().column()).contains("age");
        assertThat(e.location()).hasToString("data/bad_cell.csv, row 3 (line 4), column age");
    }

    @Test
    void badCellLineCountsBlankLinesAndLineBreaksInsideQuotes() throws IOException {
        DataException e = readFails(write("lines.csv", "a,b\n1,\"x\ny\"\n\n2,z\nten,w\n3,v\n"), "lines.csv");

        assertThat(e.location()).hasToString("lines.csv, row 3 (line 6), column a");
        assertThat(e.getMessage()).contains("\"ten\"");
    }

    @Test
    void theBadCellNearestTheTopIsReported() throws IOException {
        DataException e = readFails(write("two.csv", "a,b\n1,1\n2,oops\nbad,3\n4,4\n"), "two.csv");

        assertThat(e.location()).hasToString("two.csv, row 2 (line 3), column b");
    }

    @Test
    void columnWithAtMostHalfNumbersIsCategoricalWithTheTextAsWritten() throws IOException {
        Table t = read("code\n007\n1.50\nabc\nxyz\n");

        CategoricalColumn code = (CategoricalColumn) t.column("code");
        assertThat(code.levels()).containsExactly("007", "1.50", "abc", "xyz");
        assertThat(code.level(0)).isEqualTo("007");
        assertThat(code.level(1)).isEqualTo("1.50");
    }

    @Test
    void booleanColumnThatMeetsTextKeepsTheBooleansAsWritten() throws IOException {
        Table t = read("answer\nTrue\nNA\nfalse\nmaybe\n");

        CategoricalColumn answer = (CategoricalColumn) t.column("answer");
        assertThat(answer.levels()).containsExactly("True", "false", "maybe");
        assertThat(answer.isMissing(1)).isTrue();
    }

    @Test
    void booleanCellInAMostlyNumericColumnIsABadCell() throws IOException {
        DataException e = readFails(write("b.csv", "x\ntrue\n1\n2\n3\n"), "b.csv");

        assertThat(e.getMessage()).contains("\"true\"");
        assertThat(e.location().row()).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void longColumnThatTurnsToTextLateKeepsEveryEarlierValue() throws IOException {
        StringBuilder csv = new StringBuilder("id,n\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(i % 2 == 0 ? "k" + i : "0" + i).append(',').append(i).append('\n');
        }
        for (int i = 0; i < 3000; i++) {
            csv.append("late").append(i).append(',').append(i).append('\n');
        }
        Table t = read(csv.toString());

        CategoricalColumn id = (CategoricalColumn) t.column("id");
        assertThat(id.level(1)).isEqualTo("01");
        assertThat(id.level(2)).isEqualTo("k2");
        assertThat(id.level(5999)).isEqualTo("late2999");
        assertThat(id.levels()).hasSize(6000);
        assertThat(t.column("n").numeric(5999)).isEqualTo(2999);
    }

    @Test
    void numericColumnThatBecomesCategoricalAfterManyRowsReadsTheEarlyRowsAgain() throws IOException {
        StringBuilder csv = new StringBuilder("v\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i == 7 ? "NA" : "0" + i).append('\n');
        }
        for (int i = 0; i < 2001; i++) {
            csv.append("t").append(i).append('\n');
        }
        Table t = read(csv.toString());

        CategoricalColumn v = (CategoricalColumn) t.column("v");
        assertThat(v.level(0)).isEqualTo("00");
        assertThat(v.level(1999)).isEqualTo("01999");
        assertThat(v.isMissing(7)).isTrue();
        assertThat(v.level(4000)).isEqualTo("t2000");
    }

    @Test
    void columnWithNoValuesIsNumericAndAllMissing() throws IOException {
        Table t = read("a,b\n1,\n2,NA\n");

        assertThat(t.column("b").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("b").missingCount()).isEqualTo(2);
    }

    @Test
    void rowWithTooFewFieldsNamesTheRowAndTheCounts() throws IOException {
        DataException e = readFails(write("short.csv", "a,b,c\n1,2,3\n4,5\n"), "short.csv");

        assertThat(e.getMessage()).isEqualTo("row 2 has 2 fields but the header has 3 columns");
        assertThat(e.location()).hasToString("short.csv, row 2 (line 3)");
    }

    @Test
    void rowWithTooManyFieldsNamesTheRowAndTheCounts() throws IOException {
        DataException e = readFails(write("long.csv", "a,b\n1,2\n3,4\n5,6,7\n"), "long.csv");

        assertThat(e.getMessage()).isEqualTo("row 3 has 3 fields but the header has 2 columns");
    }

    @Test
    void missingFileSaysFileNotFoundWithTheAbsolutePathTried() {
        Path file = folder.resolve("nowhere.csv");

        DataException e = readFails(file, "data/nowhere.csv");

        assertThat(e.getMessage()).startsWith("file not found").contains(file.toAbsolutePath().toString());
        assertThat(e.location()).hasToString("data/nowhere.csv");
    }

    @Test
    void emptyFileSaysFileIsEmpty() throws IOException {
        assertThat(readFails(write("empty.csv", ""), "empty.csv").getMessage()).isEqualTo("file is empty");
        assertThat(readFails(write("blank.csv", "\n\n"), "blank.csv").getMessage()).isEqualTo("file is empty");
    }

    @Test
    void headerWithoutRowsIsAnEmptyTable() throws IOException {
        Table t = read("a,b\n");

        assertThat(t.rowCount()).isZero();
        assertThat(t.columnNames()).containsExactly("a", "b");
    }

    @Test
    void blankHeaderNameIsAnErrorNamingItsPosition() throws IOException {
        DataException e = readFails(write("blank.csv", "a, ,c\n1,2,3\n"), "blank.csv");

        assertThat(e.getMessage()).isEqualTo("column 2 of the header has no name");
        assertThat(e.location()).hasToString("blank.csv, line 1");
    }

    @Test
    void duplicateHeaderNameIsAnErrorNamingBothPositions() throws IOException {
        DataException e = readFails(write("dup.csv", "age,x,age\n1,2,3\n"), "dup.csv");

        assertThat(e.getMessage()).isEqualTo("columns 1 and 3 of the header are both named age");
    }

    @Test
    void unclosedQuoteIsInvalidCsv() throws IOException {
        DataException e = readFails(write("open.csv", "a,b\n1,\"open\n2,3\n"), "open.csv");

        assertThat(e.getMessage()).startsWith("file is not valid CSV");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstName() throws IOException {
        Path file = folder.resolve("bom.csv");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b', '\n', '1', ',', '2', '\n'});

        assertThat(CsvReader.read(file, "bom.csv").columnNames()).containsExactly("a", "b");
        assertThat(CsvReader.readHeader(file, "bom.csv")).containsExactly("a", "b");
    }

    @Test
    void readHeaderDoesNotReadTheRows() throws IOException {
        Path file = write("rows_bad.csv", "treat,age\n1,25\n1,2,3\n0,abc\n1,\"open\n");

        assertThat(CsvReader.readHeader(file, "rows_bad.csv")).containsExactly("treat", "age");
    }

    @Test
    void readHeaderGivesTheSameErrorsForMissingEmptyAndBadHeaders() throws IOException {
        assertThatThrownBy(() -> CsvReader.readHeader(folder.resolve("none.csv"), "none.csv"))
                .isInstanceOf(DataException.class).hasMessageStartingWith("file not found");
        assertThatThrownBy(() -> CsvReader.readHeader(write("e.csv", ""), "e.csv"))
                .isInstanceOf(DataException.class).hasMessage("file is empty");
        assertThatThrownBy(() -> CsvReader.readHeader(write("d.csv", "a,a\n"), "d.csv"))
                .isInstanceOf(DataException.class).hasMessage("columns 1 and 2 of the header are both named a");
    }

    @Test
    void lalondeHas614RowsRaceLevelsAndThePythonColumnSums() throws URISyntaxException {
        Table t = CsvReader.read(resource("lalonde.csv"), "lalonde.csv");

        assertThat(t.rowCount()).isEqualTo(614);
        assertThat(t.columnNames()).containsExactly("treat", "age", "educ", "race", "married", "nodegree", "re74",
                "re75", "re78", "black", "hispan");
        CategoricalColumn race = (CategoricalColumn) t.column("race");
        assertThat(race.levels()).containsExactly("black", "hispan", "white");
        int[] counts = new int[3];
        for (int i = 0; i < t.rowCount(); i++) {
            counts[race.code(i)]++;
        }
        // python3: collections.Counter(r["race"] for r in csv.DictReader(open("lalonde.csv")))
        assertThat(counts).containsExactly(243, 72, 299);
        // python3: sum(float(r[c]) for r in csv.DictReader(open("lalonde.csv"))), printed with repr()
        assertSum(t, "treat", 185.0);
        assertSum(t, "age", 16801.0);
        assertSum(t, "educ", 6305.0);
        assertSum(t, "married", 255.0);
        assertSum(t, "nodegree", 387.0);
        assertSum(t, "re74", 2798333.5936400015);
        assertSum(t, "re75", 1341552.0591500006);
        assertSum(t, "re78", 4170800.37255);
        assertSum(t, "black", 243.0);
        assertSum(t, "hispan", 72.0);
    }

    private static void assertSum(Table t, String column, double expected) {
        assertThat(t.column(column).type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column(column).missingCount()).isZero();
        double sum = 0;
        for (double v : ((NumericColumn) t.column(column)).toArray()) {
            sum += v;
        }
        assertThat(sum).as(column).isCloseTo(expected, within(1e-6 * Math.abs(expected)));
    }
}
