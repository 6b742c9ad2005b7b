package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

/** A one-argument numeric function ({@code log}, {@code exp}, …) over a whole chunk. */
@NodeChild(value = "argument", type = ExpressionNode.class)
public abstract class MathFunctionNode extends ExpressionNode {
    private final MathFunction function;

    protected MathFunctionNode(MathFunction function, Span span) {
        super(span);
        this.function = function;
    }

    static MathFunctionNode create(MathFunction function, ExpressionNode argument, Span span) {
        return MathFunctionNodeGen.create(function, span, argument);
    }

    @Specialization
    protected double doNumber(double x) {
        return function.apply(x);
    }

    @Specialization
    protected NumericVector doNumericColumn(NumericVector x) {
        function.applyAll(x.values);
        return x;
    }

    @Fallback
    protected Object doOther(Object x) {
        throw typeError(function.scriptName, "a number", x);
    }
}
