package causal.runtime.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import causal.analysis.Analysis;
import causal.analysis.EstimatePlan;
import causal.analysis.HeaderSchemas;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import causal.estimate.BalanceTable;
import causal.estimate.Estimate;
import causal.output.Result;
import causal.runtime.EngineData;
import causal.runtime.RunOptions;
import causal.runtime.Runner;
import causal.syntax.SourceText;
import causal.syntax.Stmt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Which estimates on {@code parquet(…)} and {@code sql(…)} data stream (decided by {@link StreamedEstimates} before
 * anything is read, and for twfe after the passes that show whether the panel is balanced) and that a streamed
 * estimate is the one the rows in memory give: the same script on CSV and on Parquet prints the same numbers to
 * 1e-9, the statistics and notes alike.
 */
class StreamedEstimatesTest {
    private static final Path ENGINE = Path.of("src/test/resources/golden/engine").toAbsolutePath();
    /** The jobs study's graph with race as a text covariate. */
    private static final String JOBS = String.join("\n", "dag jobs {", "  age, educ, race, re74 -> treat",
            "  age, educ, race, re74 -> re78", "  treat -> re78", "}", "");

    /** The analysis of {@code text} as a script of the golden engine folder (data paths are relative to it). */
    private static Analysis analysis(String text) {
        Analysis analysis = Analysis.of(new SourceText(ENGINE.resolve("streamed.causal").toString(), text),
                new HeaderSchemas());
        assertThat(analysis.errors()).isEmpty();
        return analysis;
    }

    /** The plans of the script's estimates, in order. */
    private static List<EstimatePlan> plans(Analysis analysis) {
        return analysis.script().statements().stream().filter(s -> s instanceof Stmt.Estimate)
                .map(s -> analysis.estimates().get((Stmt.Estimate) s)).toList();
    }

    /** The streamed estimate of {@code plan} on {@code query}; reading the table fails the test. */
    private static Optional<Result.EstimateResult> streamed(EstimatePlan plan, SqlQuery query) {
        Supplier<Table> never = () -> {
            throw new AssertionError("the estimate of " + plan.outcome() + " read the table");
        };
        return StreamedEstimates.of(plan, EstimateNode.design(plan), EngineData.of(query), 1, never);
    }

    private static SqlQuery parquet(String file) {
        return SqlQuery.parquet(ENGINE, "../data/" + file);
    }

    /** What a run of {@code text} prints, as results. */
    private static List<Result.EstimateResult> run(String text) {
        List<Result.EstimateResult> results = new ArrayList<>();
        Analysis analysis = analysis(text);
        assertThat(Runner.run(analysis, RunOptions.DEFAULTS, r -> results.add((Result.EstimateResult) r))).isEmpty();
        return results;
    }

    @Test
    void everyExperimentComparisonOfPerArmMomentsStreamsTextArmsWithTheCsvNumbers() {
        String estimates = """
                estimate ATE of variant on converted in ab adjust by checkout using difference
                estimate ATE of variant on converted in ab adjust by checkout using ztest
                estimate ATE of variant on revenue in ab adjust by checkout using ttest
                estimate ATE of variant on revenue in ab adjust by checkout using welch
                estimate ATE of variant on converted in ab adjust by checkout using bayes(prior = beta(2, 20))
                estimate ATE of variant on revenue in ab adjust by checkout using bayes
                estimate ATE of variant on revenue in ab adjust by checkout using cuped(covariate = converted)
                """;
        String design = "design checkout = experiment(arm = variant, control = \"B\", metrics = {converted, "
                + "revenue})\n";
        String onParquet = "data ab = parquet(\"../data/ab_test.parquet\")\n" + design + estimates;
        for (EstimatePlan plan : plans(analysis(onParquet))) {
            assertThat(streamed(plan, parquet("ab_test.parquet"))).as(plan.estimator().keyword()).isPresent();
        }
        assertSameResults(run("data ab = csv(\"../data/ab_test.csv\")\n" + design + estimates), run(onParquet));
    }

    @Test
    void theSequentialTestReadsTheTable() {
        List<EstimatePlan> sequential = plans(analysis("""
                data ab = parquet("../data/ab_test.parquet")
                design checkout = experiment(arm = variant, control = "A", metric = converted)
                estimate ATE of variant on converted in ab adjust by checkout using msprt
                """));
        assertThat(streamed(sequential.get(0), parquet("ab_test.parquet"))).isEmpty();
    }

    @Test
    void twfeStreamsABalancedPanelWithOneTreatmentDateAndItsDefaultHc1OrClassicalErrors() {
        String estimates = """
                estimate ATT of nj on sales in ck adjust by mw
                estimate ATT of nj on sales in ck adjust by mw using twfe(se = cluster(store))
                estimate ATT of nj on sales in ck adjust by mw using twfe(se = hc1)
                estimate ATT of nj on sales in ck adjust by mw using twfe(se = classical)
                estimate ATT of nj on sales in ck adjust by after using twfe
                """;
        String designs = """
                design mw = did(unit = store, time = period, treated = nj, post = period >= 2)
                design after = did(unit = store, time = period, treated = nj, post = late)
                """;
        String onParquet = "data ck = sql(\"select *, period >= 2 as late from read_parquet('../data/"
                + "stores_panel.parquet')\")\n" + designs + estimates;
        SqlQuery query = SqlQuery.sql(ENGINE, "select *, period >= 2 as late from read_parquet('../data/"
                + "stores_panel.parquet')");
        for (EstimatePlan plan : plans(analysis(onParquet))) {
            assertThat(streamed(plan, query)).as(plan.options().toString()).isPresent();
        }
        assertSameResults(run("data ck = csv(\"../data/stores_panel.csv\") with { late = period >= 2 }\n" + designs
                + estimates), run(onParquet));
    }

    @Test
    void otherPanelsAndErrorsReadTheTable() {
        String designs = """
                data ck = parquet("../data/stores_panel.parquet")
                design mw = did(unit = store, time = period, treated = nj, post = period >= 2)
                """;
        List<EstimatePlan> plans = plans(analysis(designs + """
                estimate ATT of nj on sales in ck adjust by mw using twfe(se = cluster(nj))
                estimate ATT of nj on sales in ck adjust by mw using event_study
                estimate ATT of nj on sales in ck adjust by mw
                """));
        assertThat(streamed(plans.get(0), parquet("stores_panel.parquet"))).isEmpty();
        assertThat(streamed(plans.get(1), parquet("stores_panel.parquet"))).isEmpty();
        // Without store s00's last period the panel is unbalanced: the passes find it, and the table is read.
        SqlQuery unbalanced = parquet("stores_panel.parquet").where("not (store = 's00' and period = 3)");
        assertThat(streamed(plans.get(2), unbalanced)).isEmpty();
        assertThat(streamed(plans.get(2), parquet("stores_panel.parquet"))).isPresent();
    }

    @Test
    void streamedIpwHasTheBalanceTableOfTheRowsInMemory() {
        List<EstimatePlan> plans = plans(analysis("""
                data parts = parquet("../data/lalonde_parts/*.parquet")
                dag jobs {
                  age, educ, re74, re75 -> treat
                  age, educ, re74, re75 -> re78
                  treat -> re78
                }
                estimate ATE of treat on re78 in parts under jobs adjust by backdoor using ipw(trim = 0.02)
                """));
        SqlQuery query = parquet("lalonde_parts/*.parquet");
        Result.EstimateResult streamed = streamed(plans.get(0), query).orElseThrow();
        Table rows = DuckDbEngine.shared().read(query);
        Estimate memory = plans.get(0).estimator().create(plans.get(0).options()).estimate(rows, streamed.query());
        assertSameEstimate(memory, streamed.estimate());
    }

    /**
     * A text covariate streams as its 0/1 dummies computed in the query (one per level present in the rows used,
     * except the first): ols and ipw give the numbers, statistics, balance table and dropped rows of the same
     * script on the rows in memory, also when a level is absent from the rows and when the text is missing.
     */
    @Test
    void aTextCovariateStreamsAsItsDummies() {
        String parts = "read_parquet('../data/lalonde_parts/*.parquet')";
        List<String> queries = List.of("select * replace (CASE WHEN age = 30 THEN NULL ELSE race END AS race) from "
                + parts, "select * from " + parts + " where race <> 'hispan'");
        List<String> sources = new ArrayList<>(List.of("parquet(\"../data/lalonde_parts/*.parquet\")"));
        queries.forEach(q -> sources.add("sql(\"" + q + "\")"));
        String estimates = JOBS + String.join("\n",
                "estimate ATE of treat on re78 in DATA under jobs adjust by backdoor using ols",
                "estimate ATE of treat on re78 in DATA under jobs adjust by backdoor using ols(se = classical)",
                "estimate ATT of treat on re78 in DATA under jobs adjust by backdoor using ipw", "");
        for (int k = 0; k < sources.size(); k++) {
            assertStreamsAsInMemory(sources.get(k), k == 0 ? parquet("lalonde_parts/*.parquet")
                    : SqlQuery.sql(ENGINE, queries.get(k - 1)), estimates);
        }
    }

    /**
     * ols with effect modifiers streams: each interaction t·(m − m̄) is computed in the query with m's mean over the
     * rows used (one aggregation first), and the interactions' coefficients and errors are those in memory.
     */
    @Test
    void olsWithEffectModifiersStreams() {
        String parts = "read_parquet('../data/lalonde_parts/*.parquet')";
        String holes = "select * replace (CASE WHEN age = 30 THEN NULL ELSE educ END AS educ) from " + parts;
        String estimates = JOBS + String.join("\n",
                "estimate CATE of treat on re78 by age in DATA under jobs adjust by backdoor using ols",
                "estimate CATE of treat on re78 by age, educ in DATA under jobs adjust by backdoor using ols(se = hc3)",
                "estimate CATE of treat on re78 by re74 in DATA under jobs adjust by backdoor using ols(se = classical)",
                "estimate CATE of treat on re78 by age in DATA under jobs adjust by backdoor using ols(se = cluster(educ))",
                "");
        List<Result.EstimateResult> streamed = assertStreamsAsInMemory("sql(\"" + holes + "\")",
                SqlQuery.sql(ENGINE, holes), estimates);
        assertThat(streamed.get(1).estimate().statistics()).containsKeys("modification_by_age_se",
                "modification_by_educ_se");
    }

    /**
     * A cluster-randomized experiment streams in two passes (the arms, then each cluster's arm, rows and outcome
     * sum): the CR1 error, design effect and cluster sample-ratio check of the rows in memory. A cluster with rows
     * in both arms, or a comparison that treats rows as independent, reads the table, where the in-memory
     * comparison says why.
     */
    @Test
    void aClusterRandomizedExperimentStreamsItsClusters() {
        String csv = "select * from read_csv('../data/clustered_ab.csv')";
        String estimates = String.join("\n",
                "design rollout = experiment(arm = variant, control = \"A\", metric = basket, cluster = store)",
                "estimate ATE of variant on basket in DATA adjust by rollout using difference",
                "estimate ATE of variant on basket in DATA adjust by rollout using welch",
                "estimate ATE of variant on basket in DATA adjust by rollout using ttest", "");
        List<Result.EstimateResult> streamed = assertStreamsAsInMemory("sql(\"" + csv + "\")",
                SqlQuery.sql(ENGINE, csv), estimates);
        assertThat(streamed.get(0).estimate().statistics()).containsKeys("clusters", "design_effect");

        String mixed = "select * replace (CASE WHEN store = 'store00' AND basket > 12.5 THEN 'B' ELSE variant END "
                + "AS variant) from read_csv('../data/clustered_ab.csv')";
        List<EstimatePlan> plans = plans(analysis("data d = sql(\"" + mixed + "\")\n"
                + estimates.replace("DATA", "d")));
        assertThat(streamed(plans.get(0), SqlQuery.sql(ENGINE, mixed))).as("a cluster in both arms").isEmpty();
    }

    /**
     * A ratio metric streams in one pass: per arm the moments of the outcome and the denominator and their
     * co-moment give the ratio of sums and its delta-method error, as in memory (the checker takes only
     * difference for it).
     */
    @Test
    void aRatioMetricStreamsItsArmsMoments() {
        String csv = "select * from read_csv('../data/sessions_ab.csv')";
        String estimates = String.join("\n",
                "design pricing = experiment(arm = variant, control = \"A\", metric = revenue, per = sessions)",
                "estimate ATE of variant on revenue in DATA adjust by pricing using difference", "");
        assertStreamsAsInMemory("sql(\"" + csv + "\")", SqlQuery.sql(ENGINE, csv), estimates);
    }

    /**
     * The {@code estimates} (over the dataset called DATA) on {@code source}, whose query is {@code query}: each
     * streams, and prints what the same statements print on the rows read into memory ({@code where true} on the
     * dataset's name reads it). Returns the streamed results.
     */
    private static List<Result.EstimateResult> assertStreamsAsInMemory(String source, SqlQuery query,
                                                                      String estimates) {
        String streamedScript = "data d = " + source + "\n" + estimates.replace("DATA", "d");
        String memoryScript = "data d = " + source + "\ndata m = d where true\n" + estimates.replace("DATA", "m");
        for (EstimatePlan plan : plans(analysis(streamedScript))) {
            assertThat(streamed(plan, query)).as(source).isPresent();
        }
        List<Result.EstimateResult> streamed = run(streamedScript);
        assertSameResults(run(memoryScript), streamed);
        return streamed;
    }

    private static void assertSameResults(List<Result.EstimateResult> memory, List<Result.EstimateResult> streamed) {
        assertThat(streamed).hasSameSizeAs(memory);
        for (int i = 0; i < memory.size(); i++) {
            assertThat(streamed.get(i).dropped()).isEqualTo(memory.get(i).dropped());
            assertSameEstimate(memory.get(i).estimate(), streamed.get(i).estimate());
        }
    }

    private static void assertSameEstimate(Estimate memory, Estimate streamed) {
        assertThat(streamed.estimator()).isEqualTo(memory.estimator());
        assertThat(streamed.n()).isEqualTo(memory.n());
        assertClose(memory.value(), streamed.value());
        assertClose(memory.stdError(), streamed.stdError());
        assertClose(memory.ciLow(), streamed.ciLow());
        assertClose(memory.ciHigh(), streamed.ciHigh());
        assertThat(streamed.statistics().keySet()).containsExactlyElementsOf(memory.statistics().keySet());
        for (Map.Entry<String, Double> e : memory.statistics().entrySet()) {
            assertClose(e.getValue(), streamed.statistics().get(e.getKey()));
        }
        assertThat(streamed.notes()).isEqualTo(memory.notes());
        assertThat(streamed.balance().isPresent()).isEqualTo(memory.balance().isPresent());
        if (memory.balance().isPresent()) {
            List<BalanceTable.Row> expected = memory.balance().get().rows();
            List<BalanceTable.Row> rows = streamed.balance().get().rows();
            assertThat(rows).hasSameSizeAs(expected);
            for (int j = 0; j < rows.size(); j++) {
                assertThat(rows.get(j).covariate()).isEqualTo(expected.get(j).covariate());
                assertClose(expected.get(j).smdBefore(), rows.get(j).smdBefore());
                assertClose(expected.get(j).smdAfter(), rows.get(j).smdAfter());
                assertClose(expected.get(j).meanTreatedAfter(), rows.get(j).meanTreatedAfter());
                assertClose(expected.get(j).meanControlAfter(), rows.get(j).meanControlAfter());
            }
        }
    }

    /** Equal to 1e-9 relative (a NaN, such as a Bayesian p-value, only to NaN). */
    private static void assertClose(double expected, double actual) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
            return;
        }
        assertThat(Math.abs(actual - expected)).as("%s against %s", actual, expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(expected));
    }
}
