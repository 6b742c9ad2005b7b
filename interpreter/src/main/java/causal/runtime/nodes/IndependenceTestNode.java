package causal.runtime.nodes;

import causal.analysis.GraphAnswer;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.ColumnType;
import causal.data.Table;
import causal.graph.ChiSquareIndependence;
import causal.graph.Independence;
import causal.graph.IndependenceTest;
import causal.graph.IndependenceTestException;
import causal.graph.IndependenceTests;
import causal.output.Result;
import causal.runtime.CausalException;
import causal.runtime.RunSession;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code test G against D}: each independence the DAG implies, tested on the rows complete in every tested column:
 * by partial correlation when its columns are numeric or true/false, by the conditional chi-square test when one is
 * categorical and all are discrete; p-values adjusted together by Benjamini-Hochberg.
 */
final class IndependenceTestNode extends StatementNode {
    private final GraphAnswer.Test plan;

    IndependenceTestNode(GraphAnswer.Test plan) {
        super(plan.statement().span());
        this.plan = plan;
    }

    /** A numeric column with at most this many distinct whole numbers counts as discrete for the chi-square test. */
    static final int MAX_DISCRETE_VALUES = 10;

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
        BitSet complete = data.completeRows(names);
        Table rows = complete.cardinality() == data.rowCount() ? data : data.filter(complete);
        List<Independence> numeric = new ArrayList<>();
        List<Independence> discrete = new ArrayList<>();
        for (Independence i : statements) {
            List<String> vars = new ArrayList<>(List.of(i.x(), i.y()));
            vars.addAll(i.given());
            boolean categorical = vars.stream().anyMatch(v -> rows.column(v).type() == ColumnType.CATEGORICAL);
            if (!categorical) {
                numeric.add(i);
                continue;
            }
            for (String v : vars) {
                if (codes(rows.column(v)) == null) {
                    throw CausalException.at(span(), "test " + plan.dag() + " against " + plan.dataset() + ": "
                            + i.render() + " mixes categorical columns with " + v + ", which is continuous; the "
                            + "conditional chi-square test needs discrete columns (categorical, true/false or at most "
                            + MAX_DISCRETE_VALUES + " whole numbers) and the partial correlation numeric ones");
                }
            }
            discrete.add(i);
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        Map<String, int[]> codes = new LinkedHashMap<>();
        for (String n : names) {
            Column c = rows.column(n);
            if (c.type() != ColumnType.CATEGORICAL) {
                double[] values = new double[rows.rowCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = c.numeric(i);
                }
                columns.put(n, values);
            }
            int[] coded = codes(c);
            if (coded != null) {
                codes.put(n, coded);
            }
        }
        try {
            Map<Independence, IndependenceTest> byStatement = new LinkedHashMap<>();
            if (!numeric.isEmpty()) {
                for (IndependenceTest t : IndependenceTests.partialCorrelation(numeric, columns)) {
                    byStatement.put(t.independence(), t);
                }
            }
            for (Independence i : discrete) {
                byStatement.put(i, ChiSquareIndependence.test(i, codes));
            }
            List<IndependenceTest> tests = ChiSquareIndependence.adjustedTogether(statements.stream()
                    .map(byStatement::get).toList());
            session.sink().accept(new Result.IndependenceTestsResult(span().line(), plan, tests, rows.rowCount(),
                    data.rowCount() - rows.rowCount()));
        } catch (IndependenceTestException e) {
            throw CausalException.at(span(), "test " + plan.dag() + " against " + plan.dataset() + ": "
                    + e.getMessage());
        }
    }

    /** The column as level codes, or null when it is continuous (more than a few values, or not whole numbers). */
    private static int[] codes(Column c) {
        int[] out = new int[c.size()];
        if (c instanceof CategoricalColumn categorical) {
            for (int i = 0; i < out.length; i++) {
                out[i] = categorical.code(i);
            }
            return out;
        }
        Map<Double, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            double v = c.numeric(i);
            if (v != Math.rint(v)) {
                return null;
            }
            Integer code = seen.get(v);
            if (code == null) {
                if (seen.size() == MAX_DISCRETE_VALUES) {
                    return null;
                }
                code = seen.size();
                seen.put(v, code);
            }
            out[i] = code;
        }
        return out;
    }
}
