package causal.runtime.nodes;

import causal.analysis.GraphAnswer;
import causal.output.Result;
import causal.runtime.RunSession;

/** {@code paths of} and {@code implications of}: the checker answered from the graph; this reports it in order. */
final class GraphAnswerNode extends StatementNode {
    private final GraphAnswer answer;

    GraphAnswerNode(GraphAnswer answer) {
        super(answer.statement().span());
        this.answer = answer;
    }

    @Override
    protected void run(RunSession session) {
        int line = span().line();
        if (answer instanceof GraphAnswer.Paths p) {
            session.sink().accept(new Result.PathsResult(line, p));
        } else if (answer instanceof GraphAnswer.Implications i) {
            session.sink().accept(new Result.ImplicationsResult(line, i));
        }
    }
}
