package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code not x}: true and false swap, missing stays missing. */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class NotNode extends ExpressionNode {

    protected NotNode(Span span) {
        super(span);
    }

    static NotNode create(ExpressionNode operand, Span span) {
        return NotNodeGen.create(span, operand);
    }

    @Specialization
    protected boolean doBoolean(boolean value) {
        return !value;
    }

    @Specialization
    protected BooleanVector doBooleanColumn(BooleanVector vector) {
        byte[] v = vector.values;
        for (int i = 0; i < v.length; i++) {
            v[i] = (byte) (BooleanVector.TRUE - v[i]);
        }
        return vector;
    }

    @Fallback
    protected Object doOther(Object value) {
        throw typeError("not", "true/false values", value);
    }
}
