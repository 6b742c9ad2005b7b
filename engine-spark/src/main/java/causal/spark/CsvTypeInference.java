package causal.spark;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Types a CSV file read as text the way {@code causal.data.CsvReader} types it, in one aggregation over the file:
 * a column is numeric (double) when every non-missing cell is a decimal number, boolean when every one is true or
 * false (any case), and text otherwise, except that a column of mostly numbers with a stray word is an error
 * naming the word, not a text column. Missing cells (empty, NA, N/A, NaN, null, NULL) become null; a column with no
 * values is numeric. Spark's own {@code inferSchema} would make integers, dates and timestamps and read {@code NA}
 * as text, so the same file would mean something else under {@code engine spark}.
 */
final class CsvTypeInference {
    private static final Object[] MISSING = {"NA", "N/A", "NaN", "null", "NULL"};
    /** CellText's decimal: sign, digits with at most one point, optional exponent; or Inf/Infinity in any case. */
    private static final String DECIMAL =
            "^[+-]?([0-9]+\\.?[0-9]*([eE][+-]?[0-9]+)?|\\.[0-9]+([eE][+-]?[0-9]+)?|(?i:inf|infinity))$";

    private CsvTypeInference() {
    }

    /** {@code text} (every column a string) with Causal's types; {@code displayName} names the file in errors. */
    static Dataset<Row> typed(Dataset<Row> text, String displayName) {
        String[] names = text.columns();
        List<Column> tallies = new ArrayList<>();
        for (String name : names) {
            Column cell = SparkColumns.column(name);
            Column present = present(cell);
            tallies.add(count(when(present, lit(1))));
            tallies.add(count(when(present.and(cell.rlike(DECIMAL)), lit(1))));
            tallies.add(count(when(present.and(lower(cell).isin("true", "false")), lit(1))));
        }
        Row counts = Actions.run(displayName, () -> text.agg(tallies.get(0),
                tallies.subList(1, tallies.size()).toArray(Column[]::new)).first());
        List<Column> typed = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            long values = counts.getLong(3 * c);
            long numbers = counts.getLong(3 * c + 1);
            long booleans = counts.getLong(3 * c + 2);
            Column cell = SparkColumns.column(names[c]);
            Column present = present(cell);
            String name = names[c].strip();
            if (numbers == values) {
                typed.add(when(present, cell.try_cast(DataTypes.DoubleType)).as(name));
            } else if (booleans == values) {
                typed.add(when(present, lower(cell).equalTo("true")).as(name));
            } else if (2 * numbers > values) {
                throw new SparkEngineException(displayName + ", column " + name + ": cell \""
                        + firstNonNumber(text, cell) + "\" is not a number (the column's other values are numbers)");
            } else {
                typed.add(when(present, cell).as(name));
            }
        }
        return text.select(typed.toArray(Column[]::new));
    }

    private static Column present(Column cell) {
        return cell.isNotNull().and(not(cell.isin(MISSING)));
    }

    private static String firstNonNumber(Dataset<Row> text, Column cell) {
        return text.filter(present(cell).and(not(cell.rlike(DECIMAL)))).select(cell).first().getString(0);
    }
}
