package causal.runtime.expr;

import causal.data.ColumnType;
import causal.data.NumericColumn;
import causal.data.Table;
import causal.progress.Progress;
import causal.runtime.CausalException;
import causal.syntax.Stmt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static causal.runtime.expr.ColumnExpressionsTest.mean;
import static causal.runtime.expr.ColumnExpressionsTest.variance;
import static causal.runtime.expr.Exprs.assign;
import static causal.runtime.expr.Exprs.at;
import static causal.runtime.expr.Exprs.call;
import static causal.runtime.expr.Exprs.draw;
import static causal.runtime.expr.Exprs.latentDraw;
import static causal.runtime.expr.Exprs.model;
import static causal.runtime.expr.Exprs.music;
import static causal.runtime.expr.Exprs.num;
import static causal.runtime.expr.Exprs.op;
import static causal.runtime.expr.Exprs.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ModelSimulationTest {

    private static double[] column(Table t, String name) {
        return ((NumericColumn) t.column(name)).toArray();
    }

    @Test
    void theSameSeedGivesTheSameTableBitForBit() {
        Table a = ModelSimulation.simulate(music(), 50_000, 42);
        Table b = ModelSimulation.simulate(music(), 50_000, 42);
        for (String name : a.columnNames()) {
            assertThat(column(a, name)).as(name).containsExactly(column(b, name));
        }
    }

    @Test
    void theTableDoesNotDependOnTheNumberOfThreads() {
        int n = 5 * CompiledExpression.ROWS_PER_CHUNK + 77;
        Table one = ModelSimulation.simulate(music(), n, 42, 1);
        Table three = ModelSimulation.simulate(music(), n, 42, 3);
        for (String name : one.columnNames()) {
            assertThat(column(one, name)).as(name).containsExactly(column(three, name));
        }
    }

    @Test
    void aSimulationCountsItsRowsAsEveryVariableFinishesThem() {
        int n = 5 * CompiledExpression.ROWS_PER_CHUNK + 77;
        List<String> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Progress.install((task, total, unit) -> {
            events.add("open " + task + " " + total + " " + unit);
            return new Progress.Bar() {
                private long last;

                @Override
                public synchronized void stepTo(long done) {
                    last = done;
                }

                @Override
                public synchronized void close() {
                    events.add("close at " + last);
                }
            };
        }, 0);
        try {
            ModelSimulation.simulate(music(), n, 42, 3);
        } finally {
            Progress.install(null);
        }
        assertThat(events).containsExactly("open simulate music " + n + " rows", "close at " + n);
    }

    @Test
    void anotherSeedGivesOtherData() {
        Table a = ModelSimulation.simulate(music(), 1000, 42);
        Table b = ModelSimulation.simulate(music(), 1000, 43);
        assertThat(column(a, "hours")).isNotEqualTo(column(b, "hours"));
        assertThat(column(a, "engagement")).isNotEqualTo(column(b, "engagement"));
    }

    @Test
    void latentVariablesAreSimulatedButNotColumns() {
        Table t = ModelSimulation.simulate(music(), 10, 1);
        assertThat(t.columnNames())
                .containsExactly("engagement", "content_type", "exposure", "personalized", "hours");
        assertThat(t.rowCount()).isEqualTo(10);
        assertThat(t.source()).isEqualTo("music");
    }

    @Test
    void bernoulliVariablesAreNumericZeroOneColumns() {
        Table t = ModelSimulation.simulate(music(), 1000, 1);
        assertThat(t.column("exposure").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(column(t, "exposure")).containsOnly(0, 1);
    }

    /**
     * Expectations of the model of LANGUAGE.md §4 computed outside this code: E[personalized | exposure = x] is
     * E[logistic(N(1.5x − 0.5, 0.8² + 0.5²))], integrated with scipy 1.17.1 {@code integrate.quad}:
     * 0.3962824813103148 for x = 0 and 0.6997015116617104 for x = 1, so E[personalized] = 0.7·p0 + 0.3·p1 =
     * 0.4873081904157335 and E[hours] = E[personalized] + 0.5·0.5 = 0.7373081904157335.
     */
    @Test
    void theMusicModelsSampleMeansAreNearTheirExpectations() {
        int n = 400_000;
        Table t = ModelSimulation.simulate(music(), n, 2024);
        double[] engagement = column(t, "engagement");
        double[] exposure = column(t, "exposure");
        double[] personalized = column(t, "personalized");
        double se = 1 / Math.sqrt(n);
        assertThat(mean(engagement)).isCloseTo(0, within(4 * se));
        assertThat(variance(engagement)).isCloseTo(1, within(0.01));
        assertThat(mean(column(t, "content_type"))).isCloseTo(0.5, within(4 * 0.5 * se));
        assertThat(mean(exposure)).isCloseTo(0.3, within(4 * Math.sqrt(0.21) * se));
        assertThat(mean(personalized)).isCloseTo(0.4873081904157335, within(4 * 0.5 * se));
        assertThat(conditionalMean(personalized, exposure, 1)).isCloseTo(0.6997015116617104, within(0.005));
        assertThat(conditionalMean(personalized, exposure, 0)).isCloseTo(0.3962824813103148, within(0.004));
        // sd(hours) is below 3 (variances: 2² + 0.7² + 1 + 0.25·0.5² + Var(personalized) ≤ 6.0), so 4 se < 0.02.
        assertThat(mean(column(t, "hours"))).isCloseTo(0.7373081904157335, within(0.02));
    }

    @Test
    void linesMayComeInAnyOrderAndChildrenSeeTheirParentsValues() {
        Stmt.Model m = model("m",
                assign("y", op("*", num(2), ref("x"))),
                assign("z", op("+", ref("y"), ref("x"))),
                draw("x", call("normal", num(0), num(1))));
        Table t = ModelSimulation.simulate(m, 1000, 5);
        assertThat(t.columnNames()).containsExactly("y", "z", "x");
        double[] x = column(t, "x");
        double[] y = column(t, "y");
        double[] z = column(t, "z");
        for (int i = 0; i < x.length; i++) {
            assertThat(y[i]).isEqualTo(2 * x[i]);
            assertThat(z[i]).isEqualTo(2 * x[i] + x[i]);
        }
    }

    @Test
    void aVariablesDrawsDependOnItsLineNotOnWhenItIsEvaluated() {
        // v is line 1 in both models; in the first it is evaluated first (u needs it), in the second last.
        Stmt.Model first = model("a", assign("u", op("+", ref("v"), num(1))), draw("v", call("normal", num(0), num(1))));
        Stmt.Model last = model("b", draw("w", call("normal", num(0), num(1))), draw("v", call("normal", num(0), num(1))));
        int n = 3 * CompiledExpression.ROWS_PER_CHUNK;
        assertThat(column(ModelSimulation.simulate(first, n, 8), "v"))
                .containsExactly(column(ModelSimulation.simulate(last, n, 8), "v"));
    }

    @Test
    void latentCausesShapeTheirChildren() {
        Stmt.Model m = model("m",
                latentDraw("u", call("normal", num(0), num(1))),
                assign("a", op("+", ref("u"), call("normal", num(0), num(1)))),
                assign("b", op("+", ref("u"), call("normal", num(0), num(1)))));
        Table t = ModelSimulation.simulate(m, 200_000, 3);
        // Cov(a, b) = Var(u) = 1 and Var(a) = 2, so corr(a, b) = 0.5.
        double[] a = column(t, "a");
        double[] b = column(t, "b");
        double ma = mean(a);
        double mb = mean(b);
        double cov = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
        }
        cov /= a.length - 1;
        assertThat(cov / Math.sqrt(variance(a) * variance(b))).isCloseTo(0.5, within(0.01));
    }

    @Test
    void parentsAreTheVariablesEachRightSideNames() {
        Map<String, List<String>> parents = ModelSimulation.parents(music());
        assertThat(parents.keySet())
                .containsExactly("engagement", "content_type", "exposure", "taste", "personalized", "hours");
        assertThat(parents.get("engagement")).isEmpty();
        assertThat(parents.get("personalized")).containsExactly("engagement", "exposure", "taste");
        assertThat(parents.get("hours")).containsExactly("personalized", "engagement", "content_type", "taste");
    }

    @Test
    void aCycleIsAnErrorThatPrintsIt() {
        Stmt.Model m = model("loop",
                draw("x", call("normal", num(0), num(1))),
                assign("a", op("+", ref("c"), ref("x"))),
                assign("b", ref("a")),
                assign("c", ref("b")));
        assertThatThrownBy(() -> ModelSimulation.simulate(m, 10, 1))
                .isInstanceOf(CausalException.class)
                .hasMessage("model loop has a cycle: a -> b -> c -> a");
        Stmt.Model self = model("self", assign("s", op("+", ref("s"), num(1))));
        assertThatThrownBy(() -> ModelSimulation.simulate(self, 10, 1))
                .hasMessage("model self has a cycle: s -> s");
    }

    @Test
    void anUndefinedNameIsAnErrorAtTheName() {
        Stmt.Model m = model("m",
                draw("engagement", call("normal", num(0), num(1))),
                assign("y", op("+", ref("engagment", at(17)), num(1))));
        assertThatThrownBy(() -> ModelSimulation.simulate(m, 10, 1))
                .isInstanceOf(CausalException.class)
                .hasMessage("unknown variable engagment in model m (did you mean engagement?)")
                .extracting(e -> ((CausalException) e).span()).isEqualTo(at(17));
        assertThatThrownBy(() -> ModelSimulation.parents(m)).isInstanceOf(CausalException.class);
    }

    @Test
    void aVariableDefinedTwiceOrDrawnFromANonDistributionIsAnError() {
        Stmt.Model twice = model("m", draw("x", call("normal", num(0), num(1))), assign("x", num(1)));
        assertThatThrownBy(() -> ModelSimulation.simulate(twice, 10, 1))
                .hasMessage("variable x is defined twice in model m");
        Stmt.Model notDrawn = model("m", draw("x", op("+", num(1), num(2))));
        assertThatThrownBy(() -> ModelSimulation.simulate(notDrawn, 10, 1))
                .hasMessage("the right side of ~ must be a distribution, e.g. x ~ normal(0, 1); use = for an expression");
    }

    @Test
    void aBadParameterInAModelNamesTheRow() {
        Stmt.Model m = model("m",
                draw("x", call("uniform", num(0), num(2))),
                draw("y", call("bernoulli", ref("x"))));
        assertThatThrownBy(() -> ModelSimulation.simulate(m, 1000, 1))
                .isInstanceOf(CausalException.class)
                .hasMessageMatching("bernoulli: p must be between 0 and 1 but is [0-9.]+ in row [0-9]+");
    }

    @Test
    void zeroRowsGiveAnEmptyTableWithTheColumns() {
        Table t = ModelSimulation.simulate(music(), 0, 1);
        assertThat(t.rowCount()).isZero();
        assertThat(t.columnNames()).hasSize(5);
    }

    /** The size LANGUAGE.md's target names: 10M rows of the music model in under 3 s (printed, not asserted). */
    @Test
    void simulatesTenMillionRowsOfTheMusicModel() {
        ModelSimulation.simulate(music(), 100_000, 1);
        long start = System.nanoTime();
        Table t = ModelSimulation.simulate(music(), 10_000_000, 42);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("music model, 10M rows: %.2f s%n", seconds);
        assertThat(t.rowCount()).isEqualTo(10_000_000);
        assertThat(mean(column(t, "exposure"))).isCloseTo(0.3, within(0.001));
    }

    private static double conditionalMean(double[] y, double[] x, double value) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (x[i] == value) {
                sum += y[i];
                count++;
            }
        }
        return sum / count;
    }
}
