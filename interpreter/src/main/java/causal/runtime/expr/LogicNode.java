package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code and} / {@code or} over whole chunks with Kleene's three-valued logic (as SQL): false and missing is false,
 * true or missing is true, otherwise a missing side gives missing. With {@link BooleanVector}'s codes that is the
 * minimum and the maximum.
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class LogicNode extends ExpressionNode {
    /** Which connective: {@code and} keeps the smaller code, {@code or} the larger. */
    enum Connective { AND, OR }

    private final Connective connective;

    protected LogicNode(Connective connective, Span span) {
        super(span);
        this.connective = connective;
    }

    static LogicNode create(Connective connective, ExpressionNode left, ExpressionNode right, Span span) {
        return LogicNodeGen.create(connective, span, left, right);
    }

    @Specialization
    protected boolean doBooleans(boolean a, boolean b) {
        return connective == Connective.AND ? a && b : a || b;
    }

    @Specialization
    protected BooleanVector doBooleanColumns(BooleanVector a, BooleanVector b) {
        byte[] x = a.values;
        byte[] y = b.values;
        if (connective == Connective.AND) {
            for (int i = 0; i < x.length; i++) {
                x[i] = (byte) Math.min(x[i], y[i]);
            }
        } else {
            for (int i = 0; i < x.length; i++) {
                x[i] = (byte) Math.max(x[i], y[i]);
            }
        }
        return a;
    }

    @Specialization
    protected BooleanVector doBooleanColumnAndBoolean(BooleanVector a, boolean b) {
        return doBooleanColumns(a, BooleanVector.filled(BooleanVector.code(b), a.length()));
    }

    @Specialization
    protected BooleanVector doBooleanAndBooleanColumn(boolean a, BooleanVector b) {
        return doBooleanColumns(BooleanVector.filled(BooleanVector.code(a), b.length()), b);
    }

    @Fallback
    protected Object doOther(Object a, Object b) {
        throw typeError(connective.name().toLowerCase(), "true/false values (compare numbers, e.g. x == 1)", a, b);
    }
}
