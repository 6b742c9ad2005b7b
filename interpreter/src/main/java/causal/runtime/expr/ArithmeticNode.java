package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * A numeric binary operation ({@code + - * / ^}, {@code pow}, {@code min}, {@code max}, {@code round}) over whole
 * chunks; true/false operands count as 1/0 (see {@link ColumnTypes}). A constant operand is spread over the chunk,
 * and the result overwrites an operand vector, which this node owns.
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class ArithmeticNode extends ExpressionNode {
    private final ArithmeticOperator operator;

    protected ArithmeticNode(ArithmeticOperator operator, Span span) {
        super(span);
        this.operator = operator;
    }

    static ArithmeticNode create(ArithmeticOperator operator, ExpressionNode left, ExpressionNode right, Span span) {
        return ArithmeticNodeGen.create(operator, span, left, right);
    }

    @Specialization
    protected double doNumbers(double a, double b) {
        return operator.apply(a, b);
    }

    @Specialization
    protected NumericVector doNumericColumns(NumericVector a, NumericVector b) {
        operator.applyAll(a.values, b.values, a.values);
        return a;
    }

    @Specialization
    protected NumericVector doNumericColumnAndNumber(NumericVector a, double b) {
        operator.applyAll(a.values, NumericVector.filled(b, a.length()).values, a.values);
        return a;
    }

    @Specialization
    protected NumericVector doNumberAndNumericColumn(double a, NumericVector b) {
        operator.applyAll(NumericVector.filled(a, b.length()).values, b.values, b.values);
        return b;
    }

    @Fallback
    protected Object doOther(Object a, Object b) {
        throw typeError(operator.symbol, "numbers", a, b);
    }
}
