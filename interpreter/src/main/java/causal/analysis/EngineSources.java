package causal.analysis;

import causal.data.ColumnType;
import causal.data.Schema;
import causal.data.sql.SqlQuery;
import causal.data.sql.SqlText;
import causal.syntax.Expr;
import causal.syntax.Stmt.DataSource;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code parquet("glob")} and {@code sql("…")} as queries for the embedded engine (DuckDB), and the {@code where}
 * conditions and {@code with} columns that can run inside it. A condition is pushed down only when it means exactly
 * what it means in Causal: comparisons of numbers built with {@code + − * /}, equality of text and of booleans,
 * and {@code and}, {@code or} and {@code not} (three-valued in both); a column only when it is such a number or
 * such a condition.
 * Anything else — powers, functions — is computed in Causal after reading, with the same result.
 */
public final class EngineSources {
    private EngineSources() {
    }

    /** Whether a read goes through the embedded engine. */
    public static boolean isEngineRead(DataSource source) {
        return source instanceof DataSource.Read r && r.format() != DataSource.Format.CSV;
    }

    /** The query of a {@code parquet(…)} or {@code sql(…)} read; paths inside are relative to {@code folder}. */
    public static SqlQuery query(DataSource.Read read, Path folder) {
        return read.format() == DataSource.Format.PARQUET
                ? SqlQuery.parquet(folder, ScriptPaths.localPath(read.location()))
                : SqlQuery.sql(folder, read.location());
    }

    private enum Kind { NUMBER, TEXT, BOOLEAN }

    /** The longest SQL of a pushed division, in characters. */
    private static final int LONGEST_QUOTIENT = 1 << 15;

    private record Sql(String text, Kind kind) {
    }

    /**
     * How a query engine spells what a pushed condition or column needs. Both are IEEE doubles with three-valued
     * logic; they differ in names, literals, how a NaN is made NULL, and division: DuckDB divides as IEEE (Causal sets
     * its {@code ieee_floating_point_ops}); Spark's ANSI mode fails on a division by zero, so Spark is told what IEEE
     * (and Causal) gives for a zero divisor.
     */
    public enum Dialect {
        DUCKDB("nullif(%s, 'NaN'::DOUBLE)", "VARCHAR") {
            @Override
            String identifier(String name) {
                return SqlText.identifier(name);
            }

            @Override
            String number(double value) {
                // A double, as in Causal: DuckDB would multiply two whole-number literals as integers (and overflow).
                String literal = SqlText.number(value);
                return literal.startsWith("CAST(") ? literal : literal + "::DOUBLE";
            }

            @Override
            String string(String value) {
                return SqlText.string(value);
            }
        },
        SPARK("nanvl(%s, CAST(NULL AS DOUBLE))", "STRING") {
            @Override
            String identifier(String name) {
                return "`" + name.replace("`", "``") + "`";
            }

            @Override
            String number(double value) {
                return "CAST('" + Double.toString(value) + "' AS DOUBLE)";
            }

            @Override
            String string(String value) {
                // As UTF-8 bytes: how Spark reads escapes in quoted text is a setting a cluster may change.
                StringBuilder hex = new StringBuilder("CAST(X'");
                for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
                }
                return hex.append("' AS STRING)").toString();
            }

            /**
             * IEEE's quotient where ANSI mode would fail: for a zero divisor {@code l × ±∞}, the sign of the zero
             * (told by its text: Spark's own sign functions make −0 positive) times that of l, and NaN for a
             * dividend of 0 or NaN. A NULL side is NULL, as in Causal.
             */
            @Override
            String divide(String l, String r) {
                return "(CASE WHEN " + r + " = " + number(0) + " THEN " + l + " * (CASE WHEN CAST(" + r
                        + " AS STRING) LIKE '-%' THEN " + number(Double.NEGATIVE_INFINITY) + " ELSE "
                        + number(Double.POSITIVE_INFINITY) + " END) ELSE " + l + " / " + r + " END)";
            }
        };

        private final String nanAsNull;
        private final String textType;

        Dialect(String nanAsNull, String textType) {
            this.nanAsNull = nanAsNull;
            this.textType = textType;
        }

        abstract String identifier(String name);

        abstract String number(double value);

        abstract String string(String value);

        /** {@code number} with NaN made NULL: Causal reads NaN as missing, both engines order it above every number. */
        String nanAsNull(String number) {
            return String.format(java.util.Locale.ROOT, nanAsNull, number);
        }

        String text(String column) {
            return "CAST(" + column + " AS " + textType + ")";
        }

        /** {@code l / r} as IEEE divides doubles (a zero divisor gives ±∞, or NaN for 0/0), as Causal does. */
        String divide(String l, String r) {
            return "(" + l + " / " + r + ")";
        }
    }

    /** A {@code with} column as the engine computes it: its SQL, and its type (numeric or boolean). */
    public record ComputedColumn(String sql, ColumnType type) {
    }

    /**
     * A {@code with} column's expression as SQL of {@code dialect} over the columns of {@code schema}, or empty when
     * it must be computed in Causal. A number built with {@code + − * /} from numeric
     * columns and literals: the engines agree with Causal bit for bit (IEEE doubles, the same order of operations; a
     * missing operand or a NaN result gives a missing value). Or a condition as {@link #predicate} pushes: a boolean
     * column whose missing values (a comparison with a missing side, Kleene's and/or/not) are NULL there. Text is
     * left to Causal.
     */
    public static Optional<ComputedColumn> column(Expr expression, Schema schema, Dialect dialect) {
        return translate(expression, schema, dialect).flatMap(s -> switch (s.kind()) {
            case NUMBER -> Optional.of(new ComputedColumn(s.text(), ColumnType.NUMERIC));
            case BOOLEAN -> Optional.of(new ComputedColumn(s.text(), ColumnType.BOOLEAN));
            case TEXT -> Optional.empty();
        });
    }

    /** The condition as DuckDB SQL over the columns of {@code schema}, or empty when it must run in Causal. */
    public static Optional<String> predicate(Expr condition, Schema schema) {
        return predicate(condition, schema, Dialect.DUCKDB);
    }

    /** As {@link #predicate(Expr, Schema)}, in {@code dialect}. */
    public static Optional<String> predicate(Expr condition, Schema schema, Dialect dialect) {
        return translate(condition, schema, dialect).filter(s -> s.kind() == Kind.BOOLEAN).map(Sql::text);
    }

    /**
     * Whether {@code e} could be pushed to an engine whatever its columns' types turn out to be, judged from
     * its form alone: numbers, booleans, columns, and the operators {@link #predicate} takes; no text literal when
     * {@code text} is false (a source whose text columns are compared in Causal). A cheap test before asking an
     * engine for the types, which may read the whole file.
     */
    public static boolean mayPush(Expr e, boolean text) {
        if (e instanceof Expr.Number || e instanceof Expr.Bool || e instanceof Expr.Ref) {
            return true;
        }
        if (e instanceof Expr.Str) {
            return text;
        }
        if (e instanceof Expr.Unary u) {
            return mayPush(u.operand(), text);
        }
        if (e instanceof Expr.Binary b) {
            return b.op() != Expr.BinaryOp.POWER && mayPush(b.left(), text)
                    && mayPush(b.right(), text);
        }
        return false;
    }

    private static Optional<Sql> translate(Expr e, Schema schema, Dialect dialect) {
        if (e instanceof Expr.Number n) {
            return Optional.of(new Sql(dialect.number(n.value()), Kind.NUMBER));
        }
        if (e instanceof Expr.Str s) {
            return Optional.of(new Sql(dialect.string(s.value()), Kind.TEXT));
        }
        if (e instanceof Expr.Bool b) {
            return Optional.of(new Sql(b.value() ? "TRUE" : "FALSE", Kind.BOOLEAN));
        }
        if (e instanceof Expr.Ref r) {
            return column(r.name().text(), schema, dialect);
        }
        if (e instanceof Expr.Unary u) {
            Optional<Sql> operand = translate(u.operand(), schema, dialect);
            if (operand.isEmpty()) {
                return operand;
            }
            return switch (u.op()) {
                case NEGATE -> operand.get().kind() == Kind.NUMBER
                        ? Optional.of(new Sql("(-" + operand.get().text() + ")", Kind.NUMBER)) : Optional.empty();
                case NOT -> operand.get().kind() == Kind.BOOLEAN
                        ? Optional.of(new Sql("(NOT " + operand.get().text() + ")", Kind.BOOLEAN)) : Optional.empty();
            };
        }
        if (e instanceof Expr.Binary b) {
            return binary(b, schema, dialect);
        }
        return Optional.empty();
    }

    private static Optional<Sql> binary(Expr.Binary b, Schema schema, Dialect dialect) {
        Optional<Sql> left = translate(b.left(), schema, dialect);
        Optional<Sql> right = translate(b.right(), schema, dialect);
        if (left.isEmpty() || right.isEmpty() || left.get().kind() != right.get().kind()) {
            return Optional.empty();
        }
        Kind kind = left.get().kind();
        String l = left.get().text();
        String r = right.get().text();
        return switch (b.op()) {
            // IEEE doubles in both (see Dialect). A NaN result (0/0, inf − inf, 0 × inf) is missing in Causal, so NULL
            // here. Powers are not pushed (StrictMath's pow and the engine's may differ in the last bit).
            case ADD, SUBTRACT, MULTIPLY -> kind == Kind.NUMBER
                    ? Optional.of(new Sql(dialect.nanAsNull("(" + l + " " + b.op().symbol + " " + r + ")"),
                    Kind.NUMBER))
                    : Optional.empty();
            // Spark's quotient repeats its sides: quotients of quotients could grow the SQL past what an engine
            // compiles, and are then computed in Causal.
            case DIVIDE -> kind == Kind.NUMBER
                    ? Optional.of(new Sql(dialect.nanAsNull(dialect.divide(l, r)), Kind.NUMBER))
                    .filter(q -> q.text().length() <= LONGEST_QUOTIENT)
                    : Optional.empty();
            case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL -> kind == Kind.NUMBER
                    ? Optional.of(new Sql("(" + l + " " + b.op().symbol + " " + r + ")", Kind.BOOLEAN))
                    : Optional.empty();
            case EQUAL -> Optional.of(new Sql("(" + l + " = " + r + ")", Kind.BOOLEAN));
            case NOT_EQUAL -> Optional.of(new Sql("(" + l + " <> " + r + ")", Kind.BOOLEAN));
            case AND, OR -> kind == Kind.BOOLEAN
                    ? Optional.of(new Sql("(" + l + " " + b.op().symbol.toUpperCase(java.util.Locale.ROOT) + " " + r
                    + ")", Kind.BOOLEAN)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<Sql> column(String name, Schema schema, Dialect dialect) {
        Optional<ColumnType> type = schema.field(name).flatMap(Schema.Field::type);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String id = dialect.identifier(name);
        return Optional.of(switch (type.get()) {
            case NUMERIC -> new Sql(dialect.nanAsNull("CAST(" + id + " AS DOUBLE)"), Kind.NUMBER);
            case BOOLEAN -> new Sql(id, Kind.BOOLEAN);
            case CATEGORICAL -> new Sql(dialect.text(id), Kind.TEXT);
        });
    }
}
