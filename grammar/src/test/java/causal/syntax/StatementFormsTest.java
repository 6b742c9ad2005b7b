package causal.syntax;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StatementFormsTest {

    private static Stmt only(String text) {
        return ScriptParserTest.only(text);
    }

    @Test
    void estimateClausesComeInAnyOrder() {
        Stmt.Estimate a = (Stmt.Estimate) only("estimate ATE of t on y in d under g adjust by none using ols");
        Stmt.Estimate b = (Stmt.Estimate) only("estimate ATE of t on y using ols adjust by none under g in d");
        for (Stmt.Estimate e : List.of(a, b)) {
            assertThat(e.data().orElseThrow().text()).isEqualTo("d");
            assertThat(e.dag().orElseThrow().text()).isEqualTo("g");
            assertThat(e.strategy().orElseThrow()).isInstanceOf(Stmt.Strategy.None.class);
            assertThat(e.estimator().orElseThrow().function().text()).isEqualTo("ols");
            assertThat(e.estimator().orElseThrow().args()).isEmpty();
        }
    }

    @Test
    void cateVariablesMayComeAfterTheEstimandOrAfterTheOutcome() {
        Stmt.Estimate before = (Stmt.Estimate) only("estimate CATE by age, income of email on purchase");
        Stmt.Estimate after = (Stmt.Estimate) only("estimate CATE of email on purchase by age, income");
        for (Stmt.Estimate e : List.of(before, after)) {
            assertThat(e.estimand().kind()).isEqualTo(Stmt.EstimandKind.CATE);
            assertThat(e.estimand().by()).extracting(Name::text).containsExactly("age", "income");
        }
    }

    @Test
    void strategiesReadAsLanguageMdDescribes() {
        assertThat(strategy("backdoor")).isEqualTo(new Stmt.Strategy.Backdoor(java.util.Optional.empty(),
                strategySpan("backdoor")));
        Stmt.Strategy.Backdoor set = (Stmt.Strategy.Backdoor) strategy("{a, b}");
        assertThat(set.set().orElseThrow()).extracting(Name::text).containsExactly("a", "b");
        Stmt.Strategy.Instruments iv = (Stmt.Strategy.Instruments) strategy("iv {z}");
        assertThat(iv.set().orElseThrow()).extracting(Name::text).containsExactly("z");
        assertThat(((Stmt.Strategy.Frontdoor) strategy("frontdoor")).set()).isEmpty();
        assertThat(((Stmt.Strategy.Design) strategy("checkout")).design().text()).isEqualTo("checkout");
        assertThat(strategy("none")).isInstanceOf(Stmt.Strategy.None.class);
    }

    private static Stmt.Strategy strategy(String text) {
        return ((Stmt.Estimate) only("estimate ATE of t on y adjust by " + text + " using ols")).strategy().orElseThrow();
    }

    private static Span strategySpan(String text) {
        int at = "estimate ATE of t on y adjust by ".length();
        return new Span("t.causal", 1, at + 1, at, text.length());
    }

    @Test
    void treatmentsAndOutcomesMayBeSets() {
        Stmt.Identify identify = (Stmt.Identify) only("identify ATE of {a, b} on {y1, y2} under g");
        assertThat(identify.treatments()).extracting(Name::text).containsExactly("a", "b");
        assertThat(identify.outcomes()).extracting(Name::text).containsExactly("y1", "y2");
    }

    @Test
    void theThreeEvaluateForms() {
        Stmt.Evaluate recommender = (Stmt.Evaluate) only(
                "evaluate mf on ratings split 0.2 seed 7 by user metrics rmse, precision@10");
        assertThat(recommender.offline()).isFalse();
        assertThat(recommender.splitBy().orElseThrow().text()).isEqualTo("user");
        assertThat(recommender.metrics().get(1).k()).hasValue(10);
        assertThat(recommender.metrics().get(0).k()).isEmpty();
        Stmt.Evaluate offline = (Stmt.Evaluate) only(
                "evaluate ts offline on logs(action = item, reward = click) using ips, snips, dr");
        assertThat(offline.offline()).isTrue();
        assertThat(offline.roles()).extracting(r -> r.name().orElseThrow().text()).containsExactly("action", "reward");
        assertThat(offline.methods()).extracting(Name::text).containsExactly("ips", "snips", "dr");
        Stmt.Evaluate uplift = (Stmt.Evaluate) only("evaluate tau metrics qini, auuc");
        assertThat(uplift.data()).isEmpty();
        assertThat(uplift.metrics()).extracting(m -> m.name().text()).containsExactly("qini", "auuc");
    }

    @Test
    void bareNamesAfterUsingAreCallsWithoutArguments() {
        Stmt.Sensitivity s = (Stmt.Sensitivity) only("sensitivity of e1 using evalue");
        assertThat(s.method().function().text()).isEqualTo("evalue");
        assertThat(s.method().args()).isEmpty();
    }

    @Test
    void dagBodiesOfEveryKind() {
        assertThat(((Stmt.Dag) only("dag g = dag of m")).body()).isInstanceOf(Stmt.DagBody.OfModel.class);
        Stmt.DagBody.Dagitty text = (Stmt.DagBody.Dagitty) ((Stmt.Dag) only("dag g = dagitty(\"dag { X -> Y }\")")).body();
        assertThat(text.text()).isEqualTo("dag { X -> Y }");
        assertThat(text.fromFile()).isFalse();
        Stmt.DagBody.Dagitty file = (Stmt.DagBody.Dagitty) ((Stmt.Dag) only("dag g = dagitty(file \"g.dagitty\")")).body();
        assertThat(file.text()).isEqualTo("g.dagitty");
        assertThat(file.fromFile()).isTrue();
        Stmt.DagBody.Block group = (Stmt.DagBody.Block) ((Stmt.Dag) only("dag g { {a b c} -> d }")).body();
        assertThat(group.lines().get(0).groups().get(0)).extracting(n -> n.name().text()).containsExactly("a", "b", "c");
    }

    @Test
    void latentBeforeAModelVariableMarksItAndAVariableMayBeCalledLatent() {
        Stmt.Model m = (Stmt.Model) only("model m { latent taste ~ normal(0, 1)  latent ~ bernoulli(0.5)  y = taste }");
        assertThat(m.lines()).extracting(Stmt.ModelLine::latent).containsExactly(true, false, false);
        assertThat(m.lines()).extracting(l -> l.variable().text()).containsExactly("taste", "latent", "y");
        assertThat(m.lines()).extracting(Stmt.ModelLine::drawn).containsExactly(true, true, false);
    }

    @Test
    void simulateHasAPolicyFormAndAnAaForm() {
        Stmt.SimulatePolicy p = (Stmt.SimulatePolicy) only("simulate ts, ucb on bernoulli_arms(0.10, 0.13) rounds 10000 seed 1");
        assertThat(p.policies()).extracting(Name::text).containsExactly("ts", "ucb");
        assertThat(p.environment()).isInstanceOf(Expr.Call.class);
        assertThat(p.seed()).isPresent();
        Stmt.SimulateAa aa = (Stmt.SimulateAa) only("simulate aa checkout n 1000 runs 200");
        assertThat(aa.design().text()).isEqualTo("checkout");
        assertThat(aa.seed()).isEmpty();
    }

    @Test
    void targetTakesTopOrWhere() {
        Stmt.Target top = (Stmt.Target) only("target tau top 20%");
        assertThat(((Expr.Number) top.top().orElseThrow()).value()).isEqualTo(0.2);
        assertThat(top.where()).isEmpty();
        Stmt.Target where = (Stmt.Target) only("target tau where age > 30");
        assertThat(where.top()).isEmpty();
        assertThat(where.where()).isPresent();
    }

    @Test
    void readSourcesKeepTheirNamedOptions() {
        Stmt.Data d = (Stmt.Data) only("data d = csv(\"a.csv\", delimiter = \";\", header = true)");
        Stmt.DataSource.Read read = (Stmt.DataSource.Read) d.source();
        assertThat(read.format()).isEqualTo(Stmt.DataSource.Format.CSV);
        assertThat(read.location()).isEqualTo("a.csv");
        assertThat(read.options()).extracting(o -> o.name().orElseThrow().text()).containsExactly("delimiter", "header");
    }

    /** The project's example studies (owned by others) must keep parsing. */
    @Test
    void everyExampleStudyParsesWithoutSyntaxErrors() throws Exception {
        Path examples = Path.of("../examples");
        if (!Files.isDirectory(examples)) {
            return;
        }
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(examples)) {
            scripts = files.filter(p -> p.toString().endsWith(".causal")).toList();
        }
        for (Path script : scripts) {
            ParseResult r = ScriptParser.parse(new SourceText(script.toString(), Files.readString(script)));
            assertThat(r.diagnostics()).as(script.toString()).isEmpty();
        }
    }
}
