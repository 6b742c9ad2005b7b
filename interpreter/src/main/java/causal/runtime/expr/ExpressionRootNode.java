package causal.runtime.expr;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The root of one expression's node tree. Each call evaluates one chunk of rows; the arguments are the
 * {@link EvaluationInput} (columns and random streams), the first row and the row after the last.
 */
final class ExpressionRootNode extends RootNode {
    @Child private ExpressionNode body;

    /** {@code language} may be null: the expressions need nothing from a language context. */
    ExpressionRootNode(TruffleLanguage<?> language, ExpressionNode body) {
        super(language);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.executeGeneric(frame);
    }

    static EvaluationInput input(VirtualFrame frame) {
        return (EvaluationInput) frame.getArguments()[0];
    }

    static int firstRow(VirtualFrame frame) {
        return (Integer) frame.getArguments()[1];
    }

    static int endRow(VirtualFrame frame) {
        return (Integer) frame.getArguments()[2];
    }

    @Override
    public String getName() {
        return "expression";
    }
}
