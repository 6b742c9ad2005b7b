package causal.runtime.expr;

import causal.random.Distribution;
import causal.random.RandomSource;
import causal.runtime.CausalException;
import causal.syntax.Span;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A distribution call, e.g. {@code normal(0, 1)}: a fresh draw for every row of the chunk, from the random stream
 * of this call (see {@link EvaluationInput}). Streams are consumed in row order, chunk after chunk, so the values do
 * not depend on the chunk size (it is even, which keeps the normal sampler's pairs aligned). Parameters may be
 * columns; a row whose parameter is missing gets a missing draw and uses no random numbers.
 */
public final class DrawNode extends ExpressionNode {
    private static final Pattern CHUNK_ROW = Pattern.compile(" at row (\\d+)$");

    private final Distribution distribution;
    private final int drawIndex;
    @Children private final ExpressionNode[] parameters;

    private DrawNode(Distribution distribution, int drawIndex, ExpressionNode[] parameters, Span span) {
        super(span);
        this.distribution = distribution;
        this.drawIndex = drawIndex;
        this.parameters = parameters;
    }

    /** {@code parameters} are the distribution's in order; for categorical, one per category's probability. */
    static DrawNode create(Distribution distribution, int drawIndex, ExpressionNode[] parameters, Span span) {
        return new DrawNode(distribution, drawIndex, parameters, span);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        int firstRow = ExpressionRootNode.firstRow(frame);
        int rows = ExpressionRootNode.endRow(frame) - firstRow;
        double[][] columns = evaluateParameters(frame);
        return new NumericVector(draw(ExpressionRootNode.input(frame).stream(drawIndex), columns, rows, firstRow));
    }

    @ExplodeLoop
    private double[][] evaluateParameters(VirtualFrame frame) {
        double[][] columns = new double[parameters.length][];
        for (int k = 0; k < parameters.length; k++) {
            columns[k] = parameterColumn(k, parameters[k].executeGeneric(frame));
        }
        return columns;
    }

    /** A parameter as {@link Distribution#sample} takes it: one value for a constant, else one per row. */
    private double[] parameterColumn(int k, Object value) {
        if (value instanceof Double d) {
            return new double[] {d};
        }
        if (value instanceof Boolean b) {
            return new double[] {ColumnTypes.booleanAsNumber(b)};
        }
        if (value instanceof NumericVector v) {
            return v.values;
        }
        if (value instanceof BooleanVector v) {
            return v.toNumeric().values;
        }
        throw typeError(distribution.name() + "'s " + parameterName(k), "a number", value);
    }

    private String parameterName(int k) {
        return distribution.parameterCount() == parameters.length ? distribution.parameterNames().get(k)
                : "probability " + (k + 1);
    }

    @TruffleBoundary
    private double[] draw(RandomSource rng, double[][] columns, int rows, int firstRow) {
        int[] present = presentRows(columns, rows);
        try {
            if (present == null) {
                double[] out = new double[rows];
                distribution.sample(rng, columns, out);
                return out;
            }
            return drawPresent(rng, columns, rows, present);
        } catch (IllegalArgumentException e) {
            throw CausalException.at(this, span(), withDataRow(e.getMessage(), columns, firstRow, present));
        }
    }

    /** The rows where no parameter is missing, or null when that is every row. */
    private static int[] presentRows(double[][] columns, int rows) {
        boolean anyMissing = false;
        for (double[] column : columns) {
            for (double v : column) {
                anyMissing |= Double.isNaN(v);
            }
        }
        if (!anyMissing) {
            return null;
        }
        int[] present = new int[rows];
        int count = 0;
        for (int i = 0; i < rows; i++) {
            boolean ok = true;
            for (double[] column : columns) {
                ok &= !Double.isNaN(column[column.length == 1 ? 0 : i]);
            }
            if (ok) {
                present[count++] = i;
            }
        }
        return Arrays.copyOf(present, count);
    }

    /** Draws for the present rows only, in row order, and leaves the others missing. */
    private double[] drawPresent(RandomSource rng, double[][] columns, int rows, int[] present) {
        double[][] compact = new double[columns.length][];
        for (int k = 0; k < columns.length; k++) {
            double[] column = columns[k];
            if (column.length == 1) {
                compact[k] = column;
            } else {
                compact[k] = new double[present.length];
                for (int j = 0; j < present.length; j++) {
                    compact[k][j] = column[present[j]];
                }
            }
        }
        double[] drawn = new double[present.length];
        distribution.sample(rng, compact, drawn);
        double[] out = new double[rows];
        Arrays.fill(out, Double.NaN);
        for (int j = 0; j < present.length; j++) {
            out[present[j]] = drawn[j];
        }
        return out;
    }

    /**
     * The sampler names a row of the arrays it was given; the user needs the row of the data, 1-based like the
     * other data errors, or no row at all when every parameter is a constant.
     */
    private static String withDataRow(String message, double[][] columns, int firstRow, int[] present) {
        Matcher m = CHUNK_ROW.matcher(message);
        if (!m.find()) {
            return message;
        }
        if (Arrays.stream(columns).allMatch(c -> c.length == 1)) {
            return message.substring(0, m.start());
        }
        int index = Integer.parseInt(m.group(1));
        int chunkRow = present == null || index >= present.length ? index : present[index];
        return message.substring(0, m.start()) + " in row " + (firstRow + chunkRow + 1);
    }
}
