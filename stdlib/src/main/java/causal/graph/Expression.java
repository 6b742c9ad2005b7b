package causal.graph;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A formula over the observational distribution of the observed variables, as the ID algorithm writes it: a tree of
 * conditional probabilities, sums, products and quotients.
 *
 * <p>A variable stands for its own value, so {@code P(tar | smoking)} is the probability that tar takes the value
 * tar given that smoking takes the value smoking. A {@link Sum} binds the values of its variables in its body;
 * an inner sum over a variable that is already free outside it (in the frontdoor formula, the sum over smoking
 * under a do(smoking)) shadows the outer value. The renderings ({@link #toText}, {@link #toLatex}) print such a
 * bound copy with primes ({@code smoking'}, {@code smoking''}), so every symbol in the printed formula names one
 * value. Records compare by value. Every formula assumes positivity: the conditionals it divides by are defined.
 */
public sealed interface Expression permits Expression.Probability, Expression.Sum, Expression.Product,
        Expression.Quotient {

    /** The constant 1, an empty product. */
    Expression ONE = new Product(List.of());

    /** The variables whose values the formula needs, sorted: those not bound by an enclosing {@link Sum}. */
    SortedSet<String> freeVariables();

    /**
     * The formula in plain text: {@code sum_{tar} P(tar | smoking) sum_{smoking'} P(cancer | smoking', tar)
     * P(smoking')}. A sum reaches to the end of the product it opens; a quotient is written {@code (a) / (b)}.
     */
    default String toText() {
        return FormulaNotation.TEXT.render(this);
    }

    /** The formula in LaTeX math mode: {@code \sum_{tar} P(tar \mid smoking) …}, quotients as {@code \frac}. */
    default String toLatex() {
        return FormulaNotation.LATEX.render(this);
    }

    /**
     * {@code P(variables | given)}: the observational probability that the variables take their values given the
     * values of the conditioning ones. The variables must be non-empty and disjoint from the conditioning set.
     */
    record Probability(SortedSet<String> variables, SortedSet<String> given) implements Expression {
        public Probability {
            variables = sortedCopy(variables);
            given = sortedCopy(given);
            if (variables.isEmpty()) {
                throw new IllegalArgumentException("a probability needs at least one variable");
            }
            if (!Collections.disjoint(variables, given)) {
                throw new IllegalArgumentException("a variable cannot be conditioned on itself");
            }
        }

        /** {@code P(variables)}, with nothing conditioned on. */
        public static Probability of(Collection<String> variables) {
            return new Probability(new TreeSet<>(variables), new TreeSet<>());
        }

        @Override
        public SortedSet<String> freeVariables() {
            TreeSet<String> free = new TreeSet<>(variables);
            free.addAll(given);
            return Collections.unmodifiableSortedSet(free);
        }
    }

    /** {@code sum_{over} body}: the body summed over every joint value of the (non-empty set of) variables. */
    record Sum(SortedSet<String> over, Expression body) implements Expression {
        public Sum {
            over = sortedCopy(over);
            if (over.isEmpty()) {
                throw new IllegalArgumentException("a sum needs at least one variable");
            }
        }

        @Override
        public SortedSet<String> freeVariables() {
            TreeSet<String> free = new TreeSet<>(body.freeVariables());
            free.removeAll(over);
            return Collections.unmodifiableSortedSet(free);
        }
    }

    /** The product of the factors, in the order given; no factor at all is the constant 1. */
    record Product(List<Expression> factors) implements Expression {
        public Product {
            factors = List.copyOf(factors);
        }

        @Override
        public SortedSet<String> freeVariables() {
            TreeSet<String> free = new TreeSet<>();
            factors.forEach(f -> free.addAll(f.freeVariables()));
            return Collections.unmodifiableSortedSet(free);
        }
    }

    /** {@code numerator / denominator}. */
    record Quotient(Expression numerator, Expression denominator) implements Expression {
        @Override
        public SortedSet<String> freeVariables() {
            TreeSet<String> free = new TreeSet<>(numerator.freeVariables());
            free.addAll(denominator.freeVariables());
            return Collections.unmodifiableSortedSet(free);
        }
    }

    private static SortedSet<String> sortedCopy(Collection<String> names) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }
}
