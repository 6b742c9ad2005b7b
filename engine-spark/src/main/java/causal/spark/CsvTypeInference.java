package causal.spark;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.nanvl;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Types a CSV file read as text the way {@code causal.data.CsvReader} types it, in one aggregation over the file:
 * a column is numeric (double) when every non-missing cell is a decimal number, boolean when every one is true or
 * false (any case), and text otherwise, except that a column of mostly numbers with a stray word is an error
 * naming the word, not a text column. Missing cells (empty, NA, N/A, NaN, null, NULL) become null; a column with no
 * values is numeric. Spark's own {@code inferSchema} would make integers, dates and timestamps and read {@code NA}
 * as text, so the same file would mean something else under {@code engine spark}.
 *
 * <p>Once the types are known the file is read again with them as its schema, so that Spark's CSV parser makes the
 * numbers as it reads (every cell of a numeric column is then a number or a missing marker, which fails to parse and
 * is null). Converting text cells with SQL expressions instead cost every later pass the conversions once per use
 * of a column — the complete-row test, each mean and each product: 13 s a pass over 2M rows × 12 columns where the
 * typed read takes 4 s. Only a numeric column holding an infinity written as Causal accepts it and Spark's parser
 * does not ({@code inf}, {@code Infinity} in other cases than Java's) keeps the expressions.
 */
final class CsvTypeInference {
    private static final Object[] MISSING = {"NA", "N/A", "NaN", "null", "NULL"};
    /** CellText's decimal: sign, digits with at most one point, optional exponent; or Inf/Infinity in any case. */
    private static final String DECIMAL =
            "^[+-]?([0-9]+\\.?[0-9]*([eE][+-]?[0-9]+)?|\\.[0-9]+([eE][+-]?[0-9]+)?|(?i:inf|infinity))\\z";
    /** Letters of the numbers Java and Spark parse that are not Causal's decimals: hex, d/f suffixes, NaN, inf. */
    private static final String NON_DECIMAL_LETTER = "[dDfFxXpPnNiI]";
    /** How Spark's CSV parser and Java spell the infinities it reads (its default positiveInf, negativeInf). */
    private static final Object[] PARSED_INFINITIES = {"Inf", "-Inf", "Infinity", "+Infinity", "-Infinity"};

    private CsvTypeInference() {
    }

    /**
     * {@code text} (every column a string) with Causal's types; {@code withSchema} reads the same file again with
     * a schema of the same columns; {@code displayName} names the file in errors.
     */
    static Dataset<Row> typed(Dataset<Row> text, Function<StructType, Dataset<Row>> withSchema, String displayName) {
        String[] names = text.columns();
        List<Column> tallies = new ArrayList<>();
        for (String name : names) {
            Column cell = SparkColumns.column(name);
            Column present = present(cell);
            tallies.add(count(when(present, lit(1))));
            tallies.add(count(when(present.and(number(cell)), lit(1))));
            tallies.add(count(when(present.and(length(cell).between(4, 5)).and(lower(cell).isin("true", "false")),
                    lit(1))));
            tallies.add(count(when(present.and(cell.rlike(NON_DECIMAL_LETTER)).and(cell.rlike(DECIMAL))
                    .and(not(cell.isin(PARSED_INFINITIES))), lit(1))));
        }
        Row counts = Actions.run("column types of " + displayName, () -> text.agg(tallies.get(0),
                tallies.subList(1, tallies.size()).toArray(Column[]::new)).first());
        List<Column> typed = new ArrayList<>();
        List<StructField> schema = new ArrayList<>();
        List<Column> fromSchema = new ArrayList<>();
        boolean parserReadsAll = true;
        for (int c = 0; c < names.length; c++) {
            long values = counts.getLong(4 * c);
            long numbers = counts.getLong(4 * c + 1);
            long booleans = counts.getLong(4 * c + 2);
            long unparsedInfinities = counts.getLong(4 * c + 3);
            Column cell = SparkColumns.column(names[c]);
            Column present = present(cell);
            String name = names[c].strip();
            DataType type;
            if (numbers == values) {
                typed.add(when(present, cell.try_cast(DataTypes.DoubleType)).as(name));
                type = DataTypes.DoubleType;
                parserReadsAll &= unparsedInfinities == 0;
                // The parser reads NaN as a number; Causal's reader as a missing value.
                fromSchema.add(nanvl(SparkColumns.column(name), lit(null).cast(DataTypes.DoubleType)).as(name));
            } else if (booleans == values) {
                typed.add(when(present, lower(cell).equalTo("true")).as(name));
                type = DataTypes.BooleanType;
                fromSchema.add(SparkColumns.column(name));
            } else if (2 * numbers > values) {
                // Declined: Causal's own reader then reads the file and names the cell's row too.
                throw new causal.engine.EngineDeclinedException(displayName + ", column " + name + ": cell \""
                        + firstNonNumber(text, cell) + "\" is not a number (the column's other values are numbers)");
            } else {
                typed.add(when(present, cell).as(name));
                type = DataTypes.StringType;
                fromSchema.add(when(present(SparkColumns.column(name)), SparkColumns.column(name)).as(name));
            }
            schema.add(DataTypes.createStructField(name, type, true));
        }
        if (parserReadsAll) {
            return withSchema.apply(DataTypes.createStructType(schema)).select(fromSchema.toArray(Column[]::new));
        }
        return text.select(typed.toArray(Column[]::new));
    }

    /**
     * Whether a present cell is a decimal as Causal's reader reads it. A cell Spark casts to a double is one unless it
     * has a letter of Java's other spellings (hex, a d or f suffix, NaN, Infinity); only cells with such a letter go
     * through the full pattern. (Testing for a letter is a character-class search: removing the decimal characters
     * with translate and checking the rest is empty took twice as long.) Spark's cast, like Causal's reader, ignores
     * spaces and control characters around the number.
     */
    private static Column number(Column cell) {
        Column letter = cell.rlike(NON_DECIMAL_LETTER);
        return cell.try_cast(DataTypes.DoubleType).isNotNull().and(not(letter)).or(letter.and(cell.rlike(DECIMAL)));
    }

    private static Column present(Column cell) {
        return cell.isNotNull().and(not(cell.isin(MISSING)));
    }

    private static String firstNonNumber(Dataset<Row> text, Column cell) {
        return text.filter(present(cell).and(not(number(cell)))).select(cell).first().getString(0);
    }
}
