package causal.runtime.expr;

import causal.data.BooleanColumn;
import causal.data.CategoricalColumn;
import causal.data.Column;
import causal.data.ColumnType;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.random.Distribution;
import causal.random.RandomSource;
import causal.runtime.CausalException;
import causal.syntax.Expr;
import causal.syntax.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import static causal.runtime.expr.Exprs.at;
import static causal.runtime.expr.Exprs.bool;
import static causal.runtime.expr.Exprs.call;
import static causal.runtime.expr.Exprs.callArgs;
import static causal.runtime.expr.Exprs.callAt;
import static causal.runtime.expr.Exprs.list;
import static causal.runtime.expr.Exprs.named;
import static causal.runtime.expr.Exprs.neg;
import static causal.runtime.expr.Exprs.not;
import static causal.runtime.expr.Exprs.num;
import static causal.runtime.expr.Exprs.op;
import static causal.runtime.expr.Exprs.ref;
import static causal.runtime.expr.Exprs.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ColumnExpressionsTest {
    private static final double NA = Double.NaN;

    /** x, y numeric; flag true/false; race and origin categorical (levels in different orders); "" is missing. */
    private static Table people() {
        BitSet flagValues = new BitSet();
        flagValues.set(0);
        flagValues.set(3);
        BitSet flagMissing = new BitSet();
        flagMissing.set(2);
        return Table.of("people.csv", 5, List.of(
                NumericColumn.of("x", new double[] {1, 2, NA, 4, -1}),
                NumericColumn.of("y", new double[] {2, 2, 2, NA, 0.5}),
                new BooleanColumn("flag", flagValues, flagMissing, 5),
                new CategoricalColumn("race", new int[] {0, 1, -1, 1, 2}, List.of("black", "hispanic", "white")),
                new CategoricalColumn("origin", new int[] {1, 1, 0, 2, -1}, List.of("white", "black", "hispanic"))));
    }

    private static Column evaluate(Expr expr) {
        return ColumnExpressions.evaluate(expr, people(), "out", new RandomSource(7));
    }

    private static double[] numbers(Expr expr) {
        Column c = evaluate(expr);
        assertThat(c.type()).isEqualTo(ColumnType.NUMERIC);
        return ((NumericColumn) c).toArray();
    }

    /** Each row as the CSV would show it: "true", "false", a level, a number, or "" when missing. */
    private static List<String> texts(Expr expr) {
        Column c = evaluate(expr);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            out.add(c.text(i));
        }
        return out;
    }

    @Test
    void arithmeticWorksRowByRowAndMissingPropagates() {
        assertThat(numbers(op("+", ref("x"), ref("y")))).containsExactly(3, 4, NA, NA, -0.5);
        assertThat(numbers(op("-", ref("x"), ref("y")))).containsExactly(-1, 0, NA, NA, -1.5);
        assertThat(numbers(op("/", ref("x"), ref("y")))).containsExactly(0.5, 1, NA, NA, -2);
        assertThat(numbers(neg(ref("x")))).containsExactly(-1, -2, NA, -4, 1);
    }

    @Test
    void constantsSpreadOverEveryRow() {
        assertThat(numbers(op("-", op("*", num(2), ref("x")), num(1)))).containsExactly(1, 3, NA, 7, -3);
        assertThat(numbers(op("/", num(8), ref("x")))).containsExactly(8, 4, NA, 2, -8);
        assertThat(numbers(op("+", num(1), num(2)))).containsExactly(3, 3, 3, 3, 3);
    }

    @Test
    void powerOfAMissingValueIsMissingEvenForExponentZero() {
        assertThat(numbers(op("^", ref("x"), num(2)))).containsExactly(1, 4, NA, 16, 1);
        assertThat(numbers(op("^", ref("x"), num(0)))).containsExactly(1, 1, NA, 1, 1);
    }

    @Test
    void trueAndFalseCountAsOneAndZeroInArithmetic() {
        assertThat(numbers(op("+", ref("flag"), num(1)))).containsExactly(2, 1, NA, 2, 1);
        assertThat(numbers(op("*", bool(true), ref("x")))).containsExactly(1, 2, NA, 4, -1);
    }

    @Test
    void comparisonsAreMissingWhereEitherSideIsMissing() {
        assertThat(evaluate(op(">", ref("x"), num(1))).type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(texts(op(">", ref("x"), num(1)))).containsExactly("false", "true", "", "true", "false");
        assertThat(texts(op("<=", ref("x"), ref("y")))).containsExactly("true", "true", "", "", "true");
        assertThat(texts(op("==", ref("x"), ref("y")))).containsExactly("false", "true", "", "", "false");
        assertThat(texts(op("!=", ref("x"), ref("y")))).containsExactly("true", "false", "", "", "true");
        assertThat(texts(op(">=", num(2), ref("x")))).containsExactly("true", "true", "", "false", "true");
        assertThat(texts(op("<", ref("x"), op("/", num(0), num(0))))).containsOnly("");
    }

    @Test
    void andOrNotFollowThreeValuedLogic() {
        // flag is [true, false, missing, true, false]; x > 1 is [false, true, missing, true, false].
        assertThat(texts(op("and", ref("flag"), op(">", ref("x"), num(1)))))
                .containsExactly("false", "false", "", "true", "false");
        assertThat(texts(op("or", ref("flag"), op(">", ref("x"), num(1)))))
                .containsExactly("true", "true", "", "true", "false");
        // Missing and false is false; missing or true is true (as in SQL).
        assertThat(texts(op("and", ref("flag"), bool(false)))).containsOnly("false");
        assertThat(texts(op("or", bool(true), ref("flag")))).containsOnly("true");
        assertThat(texts(not(ref("flag")))).containsExactly("false", "true", "", "false", "true");
    }

    @Test
    void categoricalComparesWithTextByEqualityOnly() {
        assertThat(texts(op("==", ref("race"), str("black")))).containsExactly("true", "false", "", "false", "false");
        assertThat(texts(op("!=", str("white"), ref("race")))).containsExactly("true", "true", "", "true", "false");
        assertThat(texts(op("==", ref("race"), str("asian")))).containsExactly("false", "false", "", "false", "false");
        assertThatThrownBy(() -> evaluate(op("<", ref("race"), str("black"), at(6))))
                .isInstanceOf(CausalException.class)
                .hasMessage("< needs numbers, not a categorical column and text");
    }

    @Test
    void categoricalColumnsCompareByLevelTextNotByCode() {
        // race: black, hispanic, -, hispanic, white; origin: black, black, white, hispanic, -.
        assertThat(texts(op("==", ref("race"), ref("origin")))).containsExactly("true", "false", "", "true", "");
    }

    @Test
    void functionsGiveRsValues() {
        // R 4.x: log(10) = 2.302585092994046; plogis(2) = 0.8807970779778823 (also scipy.special.expit(2)).
        assertThat(numbers(call("log", num(10)))[0]).isEqualTo(2.302585092994046);
        assertThat(numbers(call("logistic", num(2)))[0]).isEqualTo(0.8807970779778823);
        // plogis(-800) is 0 in R, not NaN: exp(800) must not overflow into Inf/Inf.
        assertThat(numbers(call("logistic", num(-800)))[0]).isEqualTo(0.0);
        assertThat(numbers(call("exp", num(0)))[0]).isEqualTo(1.0);
        assertThat(numbers(call("sqrt", ref("x")))).containsExactly(1, Math.sqrt(2), NA, 2, NA);
        assertThat(numbers(call("abs", ref("x")))).containsExactly(1, 2, NA, 4, 1);
        assertThat(numbers(call("pow", num(2), num(10)))[0]).isEqualTo(1024.0);
        assertThat(numbers(call("floor", num(-1.5)))[0]).isEqualTo(-2.0);
        assertThat(numbers(call("ceil", num(1.2)))[0]).isEqualTo(2.0);
    }

    @Test
    void minAndMaxTakeAnyNumberOfArgumentsAndMissingWins() {
        assertThat(numbers(call("min", ref("x"), ref("y"), num(1.5)))).containsExactly(1, 1.5, NA, NA, -1);
        assertThat(numbers(call("max", ref("x"), ref("y")))).containsExactly(2, 2, NA, NA, 0.5);
        assertThat(numbers(call("max", ref("x")))).containsExactly(1, 2, NA, 4, -1);
    }

    @Test
    void roundGoesToEvenOnHalvesAsR() {
        // R: round(2.5) = 2, round(3.5) = 4, round(-2.5) = -2, round(3.14159, 2) = 3.14, round(1234.5, -2) = 1200.
        assertThat(numbers(call("round", num(2.5)))[0]).isEqualTo(2.0);
        assertThat(numbers(call("round", num(3.5)))[0]).isEqualTo(4.0);
        assertThat(numbers(call("round", num(-2.5)))[0]).isEqualTo(-2.0);
        assertThat(numbers(call("round", num(3.14159), num(2)))[0]).isEqualTo(3.14);
        assertThat(numbers(call("round", num(1234.5), num(-2)))[0]).isEqualTo(1200.0);
    }

    @Test
    void ifChoosesPerRowAndAMissingConditionGivesMissing() {
        assertThat(numbers(call("if", op(">", ref("x"), num(1)), ref("x"), num(0)))).containsExactly(0, 2, NA, 4, 0);
        assertThat(texts(call("if", ref("flag"), bool(true), op(">", ref("x"), num(0)))))
                .containsExactly("true", "true", "", "true", "false");
        assertThat(numbers(call("if", bool(false), num(1), ref("y")))).containsExactly(2, 2, 2, NA, 0.5);
    }

    @Test
    void ifWithTextBranchesMakesACategoricalWithTheLevelsOfBoth() {
        Column c = evaluate(call("if", ref("flag"), str("yes"), ref("race")));
        assertThat(((CategoricalColumn) c).levels()).containsExactly("black", "hispanic", "white", "yes");
        assertThat(texts(call("if", ref("flag"), str("yes"), ref("race"))))
                .containsExactly("yes", "hispanic", "", "yes", "white");
    }

    @Test
    void whereKeepsTheTrueRowsAndTreatsMissingAsFalse() {
        BitSet rows = ColumnExpressions.where(op(">", ref("x"), num(1)), people(), new RandomSource(1));
        assertThat(rows.stream().toArray()).containsExactly(1, 3);
        BitSet black = ColumnExpressions.where(op("or", op("==", ref("race"), str("black")), ref("flag")), people(),
                null);
        assertThat(black.stream().toArray()).containsExactly(0, 3);
    }

    @Test
    void whereRefusesANumericCondition() {
        Expr condition = op("+", ref("x"), num(1), at(14));
        assertThatThrownBy(() -> ColumnExpressions.where(condition, people(), null))
                .isInstanceOf(CausalException.class)
                .hasMessage("where needs a true/false condition, not a numeric column")
                .extracting(e -> ((CausalException) e).span()).isEqualTo(at(14));
    }

    @Test
    void unknownColumnIsAnErrorAtTheNameWithASuggestion() {
        assertThatThrownBy(() -> evaluate(op("+", ref("xx", at(9)), num(1))))
                .isInstanceOf(CausalException.class)
                .hasMessage("unknown column xx in people.csv (did you mean x?)")
                .extracting(e -> ((CausalException) e).span()).isEqualTo(at(9));
    }

    @Test
    void unknownFunctionAndWrongArityAreErrorsAtTheCall() {
        assertThatThrownBy(() -> evaluate(callAt(at(3), "logg", num(1))))
                .isInstanceOf(CausalException.class)
                .hasMessage("unknown function logg (did you mean log?)")
                .extracting(e -> ((CausalException) e).span()).isEqualTo(at(3));
        assertThatThrownBy(() -> evaluate(callAt(at(4), "log", num(1), num(2))))
                .isInstanceOf(CausalException.class)
                .hasMessage("log takes 1 argument, not 2")
                .extracting(e -> ((CausalException) e).span()).isEqualTo(at(4));
        assertThatThrownBy(() -> evaluate(callAt(at(5), "if", bool(true), num(2))))
                .hasMessage("if takes 3 arguments, not 2");
        assertThatThrownBy(() -> evaluate(call("normal", num(1))))
                .hasMessage("normal(mean, sd) takes 2 arguments, not 1");
    }

    @Test
    void wrongKindsOfOperandAreTypeErrorsAtTheOperator() {
        Span plus = at(12);
        assertThatThrownBy(() -> evaluate(op("+", ref("race"), num(1), plus)))
                .isInstanceOf(CausalException.class)
                .hasMessage("+ needs numbers, not a categorical column and a number")
                .extracting(e -> ((CausalException) e).span()).isEqualTo(plus);
        assertThatThrownBy(() -> evaluate(op("and", ref("x"), ref("flag"))))
                .hasMessage("and needs true/false values (compare numbers, e.g. x == 1), not a numeric column and "
                        + "a true/false column");
        assertThatThrownBy(() -> evaluate(call("if", ref("x"), num(1), num(2))))
                .hasMessage("if needs a true/false condition and two values of one kind, not a numeric column, "
                        + "a number and a number");
        assertThatThrownBy(() -> evaluate(list(num(1)))).isInstanceOf(CausalException.class)
                .hasMessageStartingWith("a list is only allowed as the argument of categorical");
    }

    @Test
    void distributionCallsDrawFreshNoiseForEveryRow() {
        Table rows = ones(100_000);
        double[] z = numbersOf(ColumnExpressions.evaluate(call("normal", num(5), num(2)), rows, "z",
                new RandomSource(3)));
        assertThat(mean(z)).isCloseTo(5, within(4 * 2 / Math.sqrt(z.length)));
        assertThat(variance(z)).isCloseTo(4, within(0.1));
        // Two calls in one expression draw from different streams: their difference has variance 1 + 1.
        double[] d = numbersOf(ColumnExpressions.evaluate(op("-", call("normal", num(0), num(1)),
                call("normal", num(0), num(1))), rows, "d", new RandomSource(3)));
        assertThat(variance(d)).isCloseTo(2, within(0.05));
        double[] b = numbersOf(ColumnExpressions.evaluate(call("bernoulli", num(0.3)), rows, "b", new RandomSource(3)));
        assertThat(mean(b)).isCloseTo(0.3, within(4 * Math.sqrt(0.21 / b.length)));
    }

    @Test
    void theSameSeedGivesTheSameNoiseAndAnotherSeedOther() {
        Table rows = ones(1000);
        Expr noise = call("normal", num(0), num(1));
        double[] a = numbersOf(ColumnExpressions.evaluate(noise, rows, "e", new RandomSource(11)));
        double[] b = numbersOf(ColumnExpressions.evaluate(noise, rows, "e", new RandomSource(11)));
        double[] c = numbersOf(ColumnExpressions.evaluate(noise, rows, "e", new RandomSource(12)));
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void drawsDoNotDependOnHowRowsAreSplitIntoChunks() {
        int n = 2 * CompiledExpression.ROWS_PER_CHUNK + 1001;
        RandomSource rng = new RandomSource(5);
        double[] chunked = numbersOf(ColumnExpressions.evaluate(call("normal", num(1), num(3)), ones(n), "e", rng));
        double[] whole = new double[n];
        Distribution.byName("normal").orElseThrow().sample(rng.stream(0), new double[][] {{1}, {3}}, whole);
        assertThat(chunked).containsExactly(whole);
    }

    @Test
    void aParameterColumnGivesOneDrawPerRowAndMissingWhereItIsMissing() {
        double[] z = numbers(call("normal", ref("x"), num(0)));
        assertThat(z).containsExactly(1, 2, NA, 4, -1);
        assertThat(numbers(callArgs("normal", named("sd", num(0)), named("mean", num(3))))).containsOnly(3);
    }

    @Test
    void categoricalDrawsCategoryIndexesWithTheGivenProbabilities() {
        double[] c = numbersOf(ColumnExpressions.evaluate(call("categorical", list(num(0.2), num(0.3), num(0.5))),
                ones(100_000), "c", new RandomSource(9)));
        int[] counts = new int[3];
        for (double v : c) {
            counts[(int) v]++;
        }
        assertThat(counts[0] / 100_000.0).isCloseTo(0.2, within(0.006));
        assertThat(counts[1] / 100_000.0).isCloseTo(0.3, within(0.006));
        assertThat(counts[2] / 100_000.0).isCloseTo(0.5, within(0.006));
    }

    @Test
    void badDistributionParametersNameTheParameterAndTheDataRow() {
        assertThatThrownBy(() -> evaluate(callAt(at(20), "normal", num(0), num(-1))))
                .isInstanceOf(CausalException.class)
                .hasMessage("normal: sd must be at least 0 but is -1")
                .extracting(e -> ((CausalException) e).span()).isEqualTo(at(20));
        // x is 1, 2, …: the second row's p is 2.
        assertThatThrownBy(() -> evaluate(call("bernoulli", ref("x"))))
                .hasMessage("bernoulli: p must be between 0 and 1 but is 2 in row 2");
        assertThatThrownBy(() -> evaluate(callArgs("normal", named("mu", num(0)), named("sd", num(1)))))
                .hasMessage("normal has no parameter mu; it is normal(mean, sd)");
        assertThatThrownBy(() -> evaluate(call("categorical", num(0.5))))
                .hasMessage("categorical takes one list of probabilities, e.g. categorical([0.2, 0.3, 0.5])");
    }

    @Test
    void namesUsedListsColumnsInOrderOfFirstMentionWithoutFunctions() {
        Expr e = op("+", op("+", call("log", ref("x")), call("normal", ref("y"), num(1))), ref("x"));
        assertThat(ColumnExpressions.namesUsed(e)).containsExactly("x", "y");
    }

    @Test
    void anEmptyTableGivesAnEmptyColumnOfTheExpressionsKind() {
        Table empty = Table.of("empty", 0, List.of(NumericColumn.of("x", new double[0])));
        Column c = ColumnExpressions.evaluate(op(">", ref("x"), call("normal", num(0), num(1))), empty, "c",
                new RandomSource(1));
        assertThat(c.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(c.size()).isZero();
        assertThat(ColumnExpressions.where(op(">", ref("x"), num(0)), empty, null).isEmpty()).isTrue();
    }

    @Test
    void functionRegistryKnowsFunctionsAndDistributions() {
        assertThat(Functions.isFunction("logistic")).isTrue();
        assertThat(Functions.isFunction("normal")).isFalse();
        assertThat(Functions.isDistribution("normal")).isTrue();
        assertThat(Functions.names()).contains("if", "round", "categorical", "gamma").doesNotContain("mean");
    }

    private static Table ones(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return Table.of("ones", n, List.of(NumericColumn.of("one", v)));
    }

    private static double[] numbersOf(Column c) {
        return ((NumericColumn) c).toArray();
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }
}
