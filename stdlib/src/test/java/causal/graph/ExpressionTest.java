package causal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The notation of {@link Expression} and the identities of {@link ProbabilityCalculus}. */
class ExpressionTest {
    private static Expression.Probability p(String variables, String given) {
        return new Expression.Probability(names(variables), names(given));
    }

    private static TreeSet<String> names(String list) {
        TreeSet<String> result = new TreeSet<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                result.add(name.trim());
            }
        }
        return result;
    }

    /** A graph in which nothing is independent of anything, so d-separation drops no condition. */
    private static ProbabilityCalculus complete() {
        return new ProbabilityCalculus(Dag.builder().edge("a", "b").edge("a", "c").edge("b", "c").edge("a", "d")
                .edge("b", "d").edge("c", "d").build());
    }

    @Test
    void sumOverAVariableAlreadyFreeIsPrintedWithPrimes() {
        Expression inner = new Expression.Sum(names("x"), p("y", "x"));
        Expression outer = new Expression.Product(List.of(p("x", ""), new Expression.Sum(names("x"),
                new Expression.Product(List.of(p("x", ""), inner)))));
        assertThat(outer.toText()).isEqualTo("P(x) sum_{x'} P(x') sum_{x''} P(y | x'')");
        assertThat(outer.freeVariables()).containsExactly("x", "y");
    }

    @Test
    void sumThatIsNotTheLastFactorIsBracketed() {
        Expression e = new Expression.Product(List.of(new Expression.Sum(names("b"), p("a, b", "")), p("c", "")));
        assertThat(e.toText()).isEqualTo("(sum_{b} P(a, b)) P(c)");
        assertThat(Expression.ONE.toText()).isEqualTo("1");
    }

    @Test
    void latexEscapesReservedCharactersOfNames() {
        Expression e = new Expression.Sum(names("w_1"), p("y", "w_1, x"));
        assertThat(e.toLatex()).isEqualTo("\\sum_{w\\_1} P(y \\mid w\\_1, x)");
    }

    @Test
    void quotientIsBracketedInTextAndAFractionInLatex() {
        Expression e = new Expression.Quotient(p("a, b", ""), new Expression.Sum(names("a"), p("a, b", "")));
        assertThat(e.toText()).isEqualTo("P(a, b) / (sum_{a'} P(a', b))");
        assertThat(e.toLatex()).isEqualTo("\\frac{P(a, b)}{\\sum_{a'} P(a', b)}");
    }

    @Test
    void probabilityNeedsVariablesDisjointFromItsConditions() {
        assertThatThrownBy(() -> p("", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p("a", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sumOverNothingIsTheBody() {
        assertThat(complete().sum(Set.of(), p("a", ""))).isEqualTo(p("a", ""));
    }

    @Test
    void summingAVariableOfAJointProbabilityMarginalisesIt() {
        // sum_b P(a, b | c) = P(a | c); sum_a P(a | c) = 1.
        ProbabilityCalculus calculus = complete();
        assertThat(calculus.sum(Set.of("b"), p("a, b", "c"))).isEqualTo(p("a", "c"));
        assertThat(calculus.sum(Set.of("a"), p("a", "c"))).isEqualTo(Expression.ONE);
    }

    @Test
    void sumIsPushedToTheOnlyFactorMentioningItsVariable() {
        // sum_{c, d} P(d | a, b, c) P(c | a, b) P(b | a) = P(b | a): the chain rule read backwards.
        ProbabilityCalculus calculus = complete();
        Expression chain = calculus.product(List.of(p("d", "a, b, c"), p("c", "a, b"), p("b", "a")));
        assertThat(calculus.sum(Set.of("c", "d"), chain)).isEqualTo(p("b", "a"));
    }

    @Test
    void sumOverASharedVariableStaysAroundTheFactorsSharingIt() {
        ProbabilityCalculus calculus = complete();
        Expression e = calculus.sum(Set.of("b"), calculus.product(List.of(p("c", "a, b"), p("b", "a"), p("a", ""))));
        assertThat(e.toText()).isEqualTo("P(a) sum_{b} P(c | a, b) P(b | a)");
    }

    @Test
    void commonFactorsCancelAndAJointOverItsMarginalIsAConditional() {
        ProbabilityCalculus calculus = complete();
        Expression top = calculus.product(List.of(p("c", "a, b"), p("b", "a")));
        assertThat(calculus.quotient(top, p("b", "a"))).isEqualTo(p("c", "a, b"));
        assertThat(calculus.quotient(p("b, c", "a"), p("b", "a"))).isEqualTo(p("c", "a, b"));
    }

    @Test
    void conditionDSeparatedFromTheVariablesIsDropped() {
        // In z -> x -> y, y and z are d-separated by x (Pearl 2009, definition 1.2.3), so P(y | x, z) = P(y | x).
        ProbabilityCalculus calculus = new ProbabilityCalculus(Dag.builder().edge("z", "x").edge("x", "y").build());
        assertThat(calculus.probability(Set.of("y"), Set.of("x", "z"))).isEqualTo(p("y", "x"));
        assertThat(calculus.probability(Set.of("x"), Set.of("z"))).isEqualTo(p("x", "z"));
    }

    @Test
    void conditionalOfAJointProbabilityConditionsOnItsPredecessors() {
        ProbabilityCalculus calculus = complete();
        assertThat(calculus.conditional(p("a, b, c", ""), names("a, b, c"), "b", Set.of("a"))).isEqualTo(p("b", "a"));
    }
}
