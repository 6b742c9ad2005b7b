package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.frame.VirtualFrame;

/** A literal: a number, text or true/false, standing for every row. */
public final class ConstantNode extends ExpressionNode {
    private final Object value;

    private ConstantNode(Object value, Span span) {
        super(span);
        this.value = value;
    }

    public static ConstantNode create(double value, Span span) {
        return new ConstantNode(value, span);
    }

    public static ConstantNode create(boolean value, Span span) {
        return new ConstantNode(value, span);
    }

    public static ConstantNode create(String value, Span span) {
        return new ConstantNode(value, span);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
