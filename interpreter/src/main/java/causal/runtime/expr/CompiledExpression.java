package causal.runtime.expr;

import causal.syntax.Name;
import com.oracle.truffle.api.CallTarget;

import java.util.List;

/**
 * An expression ready to run: the call target of its node tree, the names it reads (slot {@code i} is
 * {@code columns().get(i)}) and how many random streams its distribution calls need.
 */
final class CompiledExpression {
    /**
     * Rows per call: small enough that a chunk's temporaries (16K doubles = 128 KB each) stay in cache, large enough
     * that the per-node overhead is nothing. Even, so that paired samplers (the normal's polar method) never split
     * a pair across chunks.
     */
    static final int ROWS_PER_CHUNK = 1 << 14;

    private final CallTarget target;
    private final List<Name> columns;
    private final int drawCount;

    CompiledExpression(ExpressionRootNode root, List<Name> columns, int drawCount) {
        this.target = root.getCallTarget();
        this.columns = List.copyOf(columns);
        this.drawCount = drawCount;
    }

    List<Name> columns() {
        return columns;
    }

    int drawCount() {
        return drawCount;
    }

    /** The value over rows {@code [firstRow, endRow)}: a vector of that length or a constant. */
    Object evaluateChunk(EvaluationInput input, int firstRow, int endRow) {
        return target.call(input, firstRow, endRow);
    }

    /** Evaluates every row, chunk by chunk in row order, into {@code out} (at least one call, even for no rows). */
    void evaluateAll(EvaluationInput input, int rows, ColumnAccumulator out) {
        int first = 0;
        do {
            int end = Math.min(rows, first + ROWS_PER_CHUNK);
            out.write(evaluateChunk(input, first, end), first, end);
            first = end;
        } while (first < rows);
    }
}
