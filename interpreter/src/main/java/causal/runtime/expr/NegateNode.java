package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code -x} */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class NegateNode extends ExpressionNode {

    protected NegateNode(Span span) {
        super(span);
    }

    static NegateNode create(ExpressionNode operand, Span span) {
        return NegateNodeGen.create(span, operand);
    }

    @Specialization
    protected double doNumber(double value) {
        return -value;
    }

    @Specialization
    protected NumericVector doNumericColumn(NumericVector vector) {
        double[] v = vector.values;
        for (int i = 0; i < v.length; i++) {
            v[i] = -v[i];
        }
        return vector;
    }

    @Fallback
    protected Object doOther(Object value) {
        throw typeError("-", "numbers", value);
    }
}
