package causal.runtime.nodes;

import causal.analysis.GraphAnswer;
import causal.data.Column;
import causal.data.ColumnType;
import causal.data.Table;
import causal.graph.Independence;
import causal.graph.IndependenceTestException;
import causal.graph.IndependenceTests;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code test G against D}: each independence the DAG implies, tested by partial correlation on the rows complete
 * in every tested column (numeric or true/false columns; a categorical one is refused with its name).
 */
final class IndependenceTestNode extends StatementNode {
    private final GraphAnswer.Test plan;

    IndependenceTestNode(GraphAnswer.Test plan) {
        super(plan.statement().span());
        this.plan = plan;
    }

    @Override
    protected void run(RunSession session) {
        Table data = (Table) session.value(plan.dataset()).orElseThrow(() -> CausalException.at(span(),
                "dataset " + plan.dataset() + " has no value"));
        List<Independence> statements = plan.implied().statements();
        Set<String> names = new LinkedHashSet<>();
        for (Independence i : statements) {
            names.add(i.x());
            names.add(i.y());
            names.addAll(i.given());
        }
        for (String n : names) {
            if (data.column(n).type() == ColumnType.CATEGORICAL) {
                throw CausalException.at(span(), "test " + plan.dag() + " against " + plan.dataset() + ": " + n
                        + " is categorical; the partial-correlation test needs numeric or true/false columns");
            }
        }
        BitSet complete = data.completeRows(names);
        Table rows = complete.cardinality() == data.rowCount() ? data : data.filter(complete);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String n : names) {
            Column c = rows.column(n);
            double[] values = new double[rows.rowCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = c.numeric(i);
            }
            columns.put(n, values);
        }
        try {
            session.sink().accept(new Result.IndependenceTestsResult(span().line(), plan,
                    IndependenceTests.partialCorrelation(statements, columns), rows.rowCount(),
                    data.rowCount() - rows.rowCount()));
        } catch (IndependenceTestException e) {
            throw CausalException.at(span(), "test " + plan.dag() + " against " + plan.dataset() + ": "
                    + e.getMessage());
        }
    }
}
