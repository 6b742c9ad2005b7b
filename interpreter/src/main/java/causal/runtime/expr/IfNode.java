package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import java.util.List;
import java.util.TreeSet;

/**
 * {@code if(cond, a, b)}: per row, {@code a} where the condition is true, {@code b} where it is false, missing where
 * it is missing. Both branches are evaluated over the whole chunk (vectorised, as R's {@code ifelse}). The branches
 * must be of one kind: true/false, numbers (true/false counts as 1/0), or text and categories, whose levels are
 * merged.
 */
@NodeChild(value = "condition", type = ExpressionNode.class)
@NodeChild(value = "whenTrue", type = ExpressionNode.class)
@NodeChild(value = "whenFalse", type = ExpressionNode.class)
public abstract class IfNode extends ExpressionNode {

    protected IfNode(Span span) {
        super(span);
    }

    static IfNode create(ExpressionNode condition, ExpressionNode whenTrue, ExpressionNode whenFalse, Span span) {
        return IfNodeGen.create(span, condition, whenTrue, whenFalse);
    }

    @Specialization
    protected Object doConstantCondition(boolean condition, Object whenTrue, Object whenFalse) {
        return condition ? whenTrue : whenFalse;
    }

    @Specialization(guards = {"isTrueFalse(whenTrue)", "isTrueFalse(whenFalse)"})
    protected BooleanVector doTrueFalseBranches(BooleanVector condition, Object whenTrue, Object whenFalse) {
        byte[] c = condition.values;
        byte[] a = trueFalse(whenTrue, c.length);
        byte[] b = trueFalse(whenFalse, c.length);
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i] == BooleanVector.TRUE ? a[i] : c[i] == BooleanVector.FALSE ? b[i] : BooleanVector.MISSING;
        }
        return condition;
    }

    @Specialization(guards = {"isNumeric(whenTrue)", "isNumeric(whenFalse)"})
    protected NumericVector doNumericBranches(BooleanVector condition, Object whenTrue, Object whenFalse) {
        byte[] c = condition.values;
        double[] a = numbers(whenTrue, c.length);
        double[] b = numbers(whenFalse, c.length);
        for (int i = 0; i < c.length; i++) {
            a[i] = c[i] == BooleanVector.TRUE ? a[i] : c[i] == BooleanVector.FALSE ? b[i] : Double.NaN;
        }
        return new NumericVector(a);
    }

    @Specialization(guards = {"isText(whenTrue)", "isText(whenFalse)"})
    protected CategoricalVector doCategoricalBranches(BooleanVector condition, Object whenTrue, Object whenFalse) {
        return chooseCategories(condition.values, categories(whenTrue, condition.length()),
                categories(whenFalse, condition.length()));
    }

    @Fallback
    protected Object doOther(Object condition, Object whenTrue, Object whenFalse) {
        throw typeError("if", "a true/false condition and two values of one kind", condition, whenTrue, whenFalse);
    }

    static boolean isTrueFalse(Object value) {
        return value instanceof Boolean || value instanceof BooleanVector;
    }

    static boolean isNumeric(Object value) {
        return value instanceof Double || value instanceof NumericVector || isTrueFalse(value);
    }

    static boolean isText(Object value) {
        return value instanceof String || value instanceof CategoricalVector;
    }

    private static byte[] trueFalse(Object value, int rows) {
        return value instanceof BooleanVector v ? v.values : BooleanVector.filled(BooleanVector.code((Boolean) value),
                rows).values;
    }

    private static double[] numbers(Object value, int rows) {
        if (value instanceof NumericVector v) {
            return v.values;
        }
        if (value instanceof BooleanVector v) {
            return v.toNumeric().values;
        }
        return NumericVector.filled(value instanceof Boolean b ? ColumnTypes.booleanAsNumber(b) : (Double) value,
                rows).values;
    }

    private static CategoricalVector categories(Object value, int rows) {
        return value instanceof CategoricalVector v ? v : new CategoricalVector(new int[rows], List.of((String) value));
    }

    /** Recodes both branches into the sorted union of their levels, then picks per row. */
    @TruffleBoundary
    private static CategoricalVector chooseCategories(byte[] condition, CategoricalVector a, CategoricalVector b) {
        TreeSet<String> union = new TreeSet<>(a.levels);
        union.addAll(b.levels);
        List<String> levels = List.copyOf(union);
        int[] fromA = recoding(a.levels, levels);
        int[] fromB = recoding(b.levels, levels);
        int[] out = new int[condition.length];
        for (int i = 0; i < out.length; i++) {
            byte c = condition[i];
            if (c == BooleanVector.MISSING) {
                out[i] = -1;
            } else {
                int code = c == BooleanVector.TRUE ? a.codes[i] : b.codes[i];
                int[] recode = c == BooleanVector.TRUE ? fromA : fromB;
                out[i] = code < 0 ? -1 : recode[code];
            }
        }
        return new CategoricalVector(out, levels);
    }

    private static int[] recoding(List<String> from, List<String> to) {
        int[] map = new int[from.size()];
        for (int k = 0; k < map.length; k++) {
            map[k] = to.indexOf(from.get(k));
        }
        return map;
    }
}
