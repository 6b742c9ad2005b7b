package causal.runtime.expr;

import causal.runtime.CausalException;
import causal.syntax.Span;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * An expression evaluated over one chunk of rows at a time (the chunk is in the frame's arguments, see
 * {@link ExpressionRootNode}). It returns a vector for the chunk or a constant that stands for every row.
 */
@TypeSystemReference(ColumnTypes.class)
public abstract class ExpressionNode extends Node {
    private final Span span;

    protected ExpressionNode(Span span) {
        this.span = span;
    }

    public Span span() {
        return span;
    }

    public abstract Object executeGeneric(VirtualFrame frame);

    /** The error for operands this node cannot take, e.g. "+ needs numbers, not text and a number". */
    protected final CausalException typeError(String operation, String needs, Object... operands) {
        StringBuilder kinds = new StringBuilder();
        for (int i = 0; i < operands.length; i++) {
            if (i > 0) {
                kinds.append(i == operands.length - 1 ? " and " : ", ");
            }
            kinds.append(ValueKinds.describe(operands[i]));
        }
        return CausalException.at(this, span, operation + " needs " + needs + ", not " + kinds);
    }
}
