package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a formula against a {@link DiscreteScm}: evaluated on the model's observational distribution it must equal,
 * to 1e-9, the interventional distribution the model gives by enumeration, P(y | do(x), z) = P(y, z | do(x)) /
 * P(z | do(x)), at every value of the query's variables and of any further free variable of the formula.
 */
final class ModelCheck {
    private static final double TOLERANCE = 1e-9;

    private ModelCheck() {}

    /** For every value of the treatments, outcomes and conditions, and of any further free variable of the formula. */
    static void assertMatches(Dag g, InterventionalQuery query, Set<String> observed, Expression formula,
            DiscreteScm scm) {
        List<String> observedList = List.copyOf(new TreeSet<>(observed));
        String about = query + " in " + g;
        FormulaEvaluator evaluator = new FormulaEvaluator(observedList, scm.joint(observedList));
        List<String> x = List.copyOf(query.treatments());
        List<String> yz = new ArrayList<>(query.outcomes());
        yz.addAll(query.conditions());
        Set<String> named = new HashSet<>(x);
        named.addAll(yz);
        List<String> extra = formula.freeVariables().stream().filter(v -> !named.contains(v)).toList();
        assertThat(observed).as(about).containsAll(formula.freeVariables());
        for (int xs = 0; xs < 1 << x.size(); xs++) {
            Map<String, Integer> values = assign(x, xs, new HashMap<>());
            double[] truth = scm.joint(yz, values);
            for (int cell = 0; cell < truth.length; cell++) {
                assign(yz, cell, values);
                double expected = truth[cell] / conditionProbability(truth, cell, query.outcomes().size());
                for (int ws = 0; ws < 1 << extra.size(); ws++) {
                    assign(extra, ws, values);
                    double actual = evaluator.evaluate(formula, values);
                    assertThat(Math.abs(actual - expected))
                            .as("%s: %s = %s at %s, true value %s", about, formula.toText(), actual, values, expected)
                            .isLessThan(TOLERANCE);
                }
            }
        }
    }

    /** P(z | do(x)) for the conditions' bits of {@code cell} (the outcomes take the low bits); 1 without conditions. */
    private static double conditionProbability(double[] truth, int cell, int outcomes) {
        int conditionBits = cell >> outcomes;
        double total = 0;
        for (int c = 0; c < truth.length; c++) {
            if (c >> outcomes == conditionBits) {
                total += truth[c];
            }
        }
        return total;
    }

    private static Map<String, Integer> assign(List<String> names, int bits, Map<String, Integer> values) {
        for (int k = 0; k < names.size(); k++) {
            values.put(names.get(k), bits >> k & 1);
        }
        return values;
    }

}
