package causal.runtime.expr;

import causal.syntax.Span;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import java.util.List;

/**
 * A comparison over whole chunks, giving true/false with missing where a side is missing. Numbers compare with
 * every operator (true/false as 1/0); a categorical column compares with text, or with another categorical, by
 * {@code ==} and {@code !=} only (e.g. {@code race == "black"}).
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class ComparisonNode extends ExpressionNode {
    protected final ComparisonOperator operator;

    protected ComparisonNode(ComparisonOperator operator, Span span) {
        super(span);
        this.operator = operator;
    }

    static ComparisonNode create(ComparisonOperator operator, ExpressionNode left, ExpressionNode right, Span span) {
        return ComparisonNodeGen.create(operator, span, left, right);
    }

    @Specialization
    protected Object doNumbers(VirtualFrame frame, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            int rows = ExpressionRootNode.endRow(frame) - ExpressionRootNode.firstRow(frame);
            return BooleanVector.filled(BooleanVector.MISSING, rows);
        }
        return operator.test(a, b);
    }

    @Specialization
    protected BooleanVector doNumericColumns(NumericVector a, NumericVector b) {
        byte[] out = new byte[a.length()];
        operator.testAll(a.values, b.values, out);
        return new BooleanVector(out);
    }

    @Specialization
    protected BooleanVector doNumericColumnAndNumber(NumericVector a, double b) {
        return doNumericColumns(a, NumericVector.filled(b, a.length()));
    }

    @Specialization
    protected BooleanVector doNumberAndNumericColumn(double a, NumericVector b) {
        return doNumericColumns(NumericVector.filled(a, b.length()), b);
    }

    @Specialization(guards = "operator.isEquality()")
    protected boolean doTexts(String a, String b) {
        return a.equals(b) == (operator == ComparisonOperator.EQUAL);
    }

    @Specialization(guards = "operator.isEquality()")
    protected BooleanVector doCategoricalColumnAndText(CategoricalVector a, String b) {
        return matchLevels(a, List.of(b), new int[a.length()]);
    }

    @Specialization(guards = "operator.isEquality()")
    protected BooleanVector doTextAndCategoricalColumn(String a, CategoricalVector b) {
        return matchLevels(b, List.of(a), new int[b.length()]);
    }

    @Specialization(guards = "operator.isEquality()")
    protected BooleanVector doCategoricalColumns(CategoricalVector a, CategoricalVector b) {
        return matchLevels(a, b.levels, b.codes);
    }

    @Fallback
    protected Object doOther(Object a, Object b) {
        throw typeError(operator.symbol, operator.isEquality() ? "two numbers, two texts, or a category and text"
                : "numbers", a, b);
    }

    /**
     * Compares {@code a} row by row with {@code otherLevels.get(otherCodes[i])} by level text (the two sides may
     * number their levels differently).
     */
    @TruffleBoundary
    private BooleanVector matchLevels(CategoricalVector a, List<String> otherLevels, int[] otherCodes) {
        int[] toA = new int[otherLevels.size()];
        for (int k = 0; k < toA.length; k++) {
            toA[k] = a.levels.indexOf(otherLevels.get(k));
        }
        byte hit = BooleanVector.code(operator == ComparisonOperator.EQUAL);
        byte miss = BooleanVector.code(operator != ComparisonOperator.EQUAL);
        byte[] out = new byte[a.length()];
        for (int i = 0; i < out.length; i++) {
            int code = a.codes[i];
            int other = otherCodes[i];
            out[i] = code < 0 || other < 0 ? BooleanVector.MISSING : code == toA[other] ? hit : miss;
        }
        return new BooleanVector(out);
    }
}
