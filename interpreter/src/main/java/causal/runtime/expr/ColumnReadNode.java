package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** A name in an expression: the chunk's rows of the column (or model variable) bound to its slot. */
public final class ColumnReadNode extends ExpressionNode {
    private final int slot;

    private ColumnReadNode(int slot, Span span) {
        super(span);
        this.slot = slot;
    }

    static ColumnReadNode create(int slot, Span span) {
        return new ColumnReadNode(slot, span);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return read(ExpressionRootNode.input(frame).column(slot), ExpressionRootNode.firstRow(frame),
                ExpressionRootNode.endRow(frame));
    }

    @TruffleBoundary
    private static Object read(ColumnSource column, int firstRow, int endRow) {
        return column.slice(firstRow, endRow);
    }
}
