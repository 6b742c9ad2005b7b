package causal.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an {@link Expression} on a joint distribution of binary observed variables, reading P(A | C) as
 * P(A, C) / P(C) from the table and a sum as a sum over both values of each bound variable (inner bindings
 * shadowing outer ones).
 */
final class FormulaEvaluator {
    private final Map<String, Integer> bit = new HashMap<>();
    private final double[] joint;
    private final Map<Long, Double> marginals = new HashMap<>();

    FormulaEvaluator(List<String> observed, double[] joint) {
        for (int k = 0; k < observed.size(); k++) {
            bit.put(observed.get(k), k);
        }
        this.joint = joint;
    }

    double evaluate(Expression e, Map<String, Integer> values) {
        if (e instanceof Expression.Probability p) {
            int jointMask = mask(p.variables()) | mask(p.given());
            int conditionMask = mask(p.given());
            int bits = bits(values);
            return marginal(jointMask, bits & jointMask) / marginal(conditionMask, bits & conditionMask);
        }
        if (e instanceof Expression.Sum s) {
            List<String> over = List.copyOf(s.over());
            double total = 0;
            for (int a = 0; a < 1 << over.size(); a++) {
                Map<String, Integer> inner = new HashMap<>(values);
                for (int k = 0; k < over.size(); k++) {
                    inner.put(over.get(k), a >> k & 1);
                }
                total += evaluate(s.body(), inner);
            }
            return total;
        }
        if (e instanceof Expression.Product p) {
            double product = 1;
            for (Expression f : p.factors()) {
                product *= evaluate(f, values);
            }
            return product;
        }
        Expression.Quotient q = (Expression.Quotient) e;
        return evaluate(q.numerator(), values) / evaluate(q.denominator(), values);
    }

    private int mask(Iterable<String> names) {
        int m = 0;
        for (String v : names) {
            m |= 1 << bit.get(v);
        }
        return m;
    }

    private int bits(Map<String, Integer> values) {
        int b = 0;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            if (e.getValue() == 1) {
                b |= 1 << bit.get(e.getKey());
            }
        }
        return b;
    }

    private double marginal(int mask, int bits) {
        return marginals.computeIfAbsent((long) mask << 32 | bits, key -> {
            double total = 0;
            for (int cell = 0; cell < joint.length; cell++) {
                if ((cell & mask) == bits) {
                    total += joint[cell];
                }
            }
            return total;
        });
    }
}
