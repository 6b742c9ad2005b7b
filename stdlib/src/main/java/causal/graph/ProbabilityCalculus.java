package causal.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Builds {@link Expression}s while applying the identities that keep the ID algorithm's formulas short. Each rule is
 * exact (given positivity):
 *
 * <ul>
 *   <li>a conditioning variable c is dropped from P(A | C) when A and c are d-separated by C \ {c} in the DAG (the
 *       global Markov property; latent nodes and bidirected edges count as what they are);</li>
 *   <li>sum_v P(A | C) = P(A \ {v} | C) for v in A, and P(∅ | C) = 1;</li>
 *   <li>sum_v (F · G) = F · sum_v G when v is not free in F: a sum is pushed to the one factor that mentions its
 *       variable, where the rule above can marginalise it;</li>
 *   <li>sums over nothing vanish, nested products are flattened, factors of 1 dropped;</li>
 *   <li>a factor common to numerator and denominator cancels, and P(A | C) / P(B | C) = P(A \ B | B ∪ C) for
 *       B ⊂ A.</li>
 * </ul>
 */
final class ProbabilityCalculus {
    private final Dag g;
    private final Map<Expression.Probability, Expression> simplified = new HashMap<>();

    ProbabilityCalculus(Dag g) {
        this.g = g;
    }

    /** P(variables | given) with the conditioning set reduced by d-separation; 1 if there are no variables. */
    Expression probability(Collection<String> variables, Collection<String> given) {
        if (variables.isEmpty()) {
            return Expression.ONE;
        }
        Expression.Probability p = new Expression.Probability(new TreeSet<>(variables), new TreeSet<>(given));
        return simplified.computeIfAbsent(p, this::dropIndependentConditions);
    }

    private Expression.Probability dropIndependentConditions(Expression.Probability p) {
        TreeSet<String> given = new TreeSet<>(p.given());
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String c : given) {
                TreeSet<String> rest = new TreeSet<>(given);
                rest.remove(c);
                if (DSeparation.separated(g, p.variables(), Set.of(c), rest)) {
                    given = rest;
                    dropped = true;
                    break;
                }
            }
        }
        return new Expression.Probability(p.variables(), given);
    }

    /**
     * The product of the factors, flattened, without factors of 1; probabilities first, then quotients, then sums
     * (so that a printed sum reaches to the end of the product, as in sum_z P(z | x) sum_x' …), each group in the
     * order given. A single factor is returned as it is.
     */
    Expression product(List<Expression> factors) {
        List<Expression> flat = new ArrayList<>();
        List<Expression> quotients = new ArrayList<>();
        List<Expression> sums = new ArrayList<>();
        for (Expression f : factors) {
            List<Expression> parts = f instanceof Expression.Product p ? p.factors() : List.of(f);
            for (Expression part : parts) {
                (part instanceof Expression.Sum ? sums : part instanceof Expression.Quotient ? quotients : flat)
                        .add(part);
            }
        }
        flat.addAll(quotients);
        flat.addAll(sums);
        return flat.size() == 1 ? flat.get(0) : new Expression.Product(flat);
    }

    /** sum_{over} body, with the variables marginalised out of the factors where they are leaves. */
    Expression sum(Collection<String> over, Expression body) {
        TreeSet<String> remaining = new TreeSet<>(over);
        if (remaining.isEmpty()) {
            return body;
        }
        if (body instanceof Expression.Probability p) {
            TreeSet<String> kept = new TreeSet<>(p.variables());
            kept.removeAll(remaining);
            remaining.removeAll(p.variables());
            Expression marginal = probability(kept, p.given());
            return remaining.isEmpty() ? marginal : new Expression.Sum(remaining, marginal);
        }
        if (body instanceof Expression.Sum s && disjoint(remaining, s.over())) {
            remaining.addAll(s.over());
            return sum(remaining, s.body());
        }
        if (body instanceof Expression.Product p) {
            return sumOfProduct(remaining, new ArrayList<>(p.factors()));
        }
        return new Expression.Sum(remaining, body);
    }

    /**
     * Pushes each variable mentioned by a single factor into that factor, then splits the rest into the factors
     * that mention no remaining variable (outside the sum) and those that do (inside).
     */
    private Expression sumOfProduct(TreeSet<String> remaining, List<Expression> factors) {
        boolean pushed = true;
        while (pushed) {
            pushed = false;
            for (String v : remaining) {
                int holder = soleHolder(v, factors);
                if (holder >= 0) {
                    factors.set(holder, sum(List.of(v), factors.get(holder)));
                    remaining.remove(v);
                    pushed = true;
                    break;
                }
            }
        }
        List<Expression> outside = new ArrayList<>();
        List<Expression> inside = new ArrayList<>();
        for (Expression f : factors) {
            (disjoint(remaining, f.freeVariables()) ? outside : inside).add(f);
        }
        if (!remaining.isEmpty()) {
            outside.add(new Expression.Sum(remaining, product(inside)));
        } else {
            outside.addAll(inside);
        }
        return product(outside);
    }

    /** The index of the only factor in which v is free, or -1 if none or several mention it. */
    private static int soleHolder(String v, List<Expression> factors) {
        int holder = -1;
        for (int k = 0; k < factors.size(); k++) {
            if (factors.get(k).freeVariables().contains(v)) {
                if (holder >= 0) {
                    return -1;
                }
                holder = k;
            }
        }
        return holder;
    }

    /** numerator / denominator, cancelling common factors; the caller guarantees the denominator is positive. */
    Expression quotient(Expression numerator, Expression denominator) {
        List<Expression> top = factorsOf(numerator);
        List<Expression> bottom = factorsOf(denominator);
        for (int k = bottom.size() - 1; k >= 0; k--) {
            if (top.remove(bottom.get(k))) {
                bottom.remove(k);
            }
        }
        Expression n = product(top);
        if (bottom.isEmpty()) {
            return n;
        }
        Expression d = product(bottom);
        if (n instanceof Expression.Probability a && d instanceof Expression.Probability b) {
            Expression conditional = conditionalOf(a, b);
            if (conditional != null) {
                return conditional;
            }
        }
        return new Expression.Quotient(n, d);
    }

    /**
     * P(A | C) / P(B | C') as P(A \ B | B ∪ C), when B ⊂ A, C' ⊆ C and P(B | C) reduces to P(B | C') (so the two
     * are equal); null otherwise.
     */
    private Expression conditionalOf(Expression.Probability a, Expression.Probability b) {
        if (!a.variables().containsAll(b.variables()) || a.variables().equals(b.variables())
                || !a.given().containsAll(b.given()) || !probability(b.variables(), a.given()).equals(b)) {
            return null;
        }
        TreeSet<String> head = new TreeSet<>(a.variables());
        head.removeAll(b.variables());
        TreeSet<String> given = new TreeSet<>(a.given());
        given.addAll(b.variables());
        return probability(head, given);
    }

    /**
     * P(target | given) computed from {@code joint}, a distribution over the variables {@code domain} (which hold
     * the target and the conditioning variables): a marginal of the joint divided by its sum over the target.
     */
    Expression conditional(Expression joint, SortedSet<String> domain, String target, Set<String> given) {
        if (joint instanceof Expression.Probability p && p.variables().equals(domain)) {
            TreeSet<String> conditions = new TreeSet<>(given);
            conditions.addAll(p.given());
            return probability(List.of(target), conditions);
        }
        TreeSet<String> away = new TreeSet<>(domain);
        away.removeAll(given);
        away.remove(target);
        Expression numerator = sum(away, joint);
        return quotient(numerator, sum(List.of(target), numerator));
    }

    private static List<Expression> factorsOf(Expression e) {
        if (e instanceof Expression.Product p) {
            return new ArrayList<>(p.factors());
        }
        return new ArrayList<>(List.of(e));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String v : a) {
            if (b.contains(v)) {
                return false;
            }
        }
        return true;
    }
}
