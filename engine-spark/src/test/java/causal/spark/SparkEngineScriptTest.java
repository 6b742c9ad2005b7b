package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.analysis.Analysis;
import causal.analysis.HeaderSchemas;
import causal.output.Result;
import causal.runtime.RunFailure;
import causal.runtime.RunOptions;
import causal.runtime.Runner;
import causal.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code engine = spark("local[2]")} at the top of a script (or {@code --engine spark:local[2]}) runs the estimators
 * Spark supports on Spark, with the numbers the same script gives in memory; the others read the table as usual.
 */
class SparkEngineScriptTest {
    private static final String STUDY = """
            data nsw = csv("lalonde.csv")
            dag jobs {
              age, educ, re74, re75 -> treat
              age, educ, re74, re75 -> re78
              treat -> re78
            }
            estimate ATE of treat on re78 in nsw under jobs adjust by backdoor using ols
            estimate ATT of treat on re78 in nsw under jobs adjust by backdoor using ipw(se = hc0)
            estimate ATT of treat on re78 in nsw under jobs adjust by backdoor using psm
            """;

    private static List<Result.EstimateResult> run(Path folder, String script, RunOptions options) throws IOException {
        List<Result.EstimateResult> results = new ArrayList<>();
        assertThat(run(folder, script, options, results)).isEmpty();
        return results;
    }

    /** How a run of {@code script} (as study.causal in {@code folder}) failed, if it did; its estimates go to results. */
    private static Optional<RunFailure> run(Path folder, String script, RunOptions options,
            List<Result.EstimateResult> results) throws IOException {
        Path file = folder.resolve("study.causal");
        Files.writeString(file, script);
        return Runner.run(Analysis.of(new SourceText(file.toString(), script), new HeaderSchemas()), options, r -> {
            if (r instanceof Result.EstimateResult e) {
                results.add(e);
            }
        });
    }

    /**
     * A where and a with over Parquet that mean on Spark what they mean in Causal are done by Spark: the dataset is
     * left to Spark with them as its steps, and its estimates are those of the same script in memory. One that does
     * not (a power: StrictMath's and Spark's may differ in the last bit) leaves the data to Causal.
     */
    @Test
    void whereAndWithOverParquetRunOnSpark(@TempDir Path folder) throws IOException {
        Path parts = Path.of("../interpreter/src/test/resources/golden/data/lalonde_parts").toAbsolutePath();
        String data = "data nsw = parquet(\"" + parts + "/*.parquet\") with { gain = re75 - re74, re74 = re74 * 1 } "
                + "where age < 40 and not (gain < -5000) and race != \"hispan\"\n";
        String study = STUDY.replace("data nsw = csv(\"lalonde.csv\")\n", data).replace("re74, re75", "gain, re74");
        List<Result.EstimateResult> memory = run(folder, study, RunOptions.DEFAULTS);
        assertThat(bound(folder, data).steps()).hasSize(3);
        java.util.concurrent.atomic.AtomicInteger jobs = sparkJobs();
        List<Result.EstimateResult> spark = run(folder, "engine = spark(\"local[2]\")\n" + study, RunOptions.DEFAULTS);
        assertThat(jobs).as("Spark jobs of the estimates").hasPositiveValue();
        assertThat(spark).hasSize(3);
        for (int k = 0; k < 2; k++) {
            assertSameNumbers(memory.get(k), spark.get(k));
            assertThat(spark.get(k).estimate().n()).isEqualTo(memory.get(k).estimate().n());
        }

        assertThat(unread(folder, data.replace("gain = re75 - re74", "gain = re75 ^ 2"))).as("a power: read by Causal")
                .isEmpty();
    }

    /**
     * A division runs on Spark as Causal divides, though Spark's ANSI mode fails on a zero divisor: x / 0 is ±∞ by
     * the signs of x and of the zero (−0 too), 0 / 0 is missing. LaLonde's re74 is 0 for most rows, so a wrong
     * infinity or a missing value for x / 0 keeps other rows than Causal keeps. (Over CSV, so that the run without
     * Spark is Causal's own division, not DuckDB's.)
     */
    @Test
    void divisionsRunOnSparkAsInCausal(@TempDir Path folder) throws IOException {
        String data = "data nsw = csv(\"lalonde.csv\") with { back = re75 / (-re74), "
                + "growth = re75 / (re74 + 1) } where re75 / re74 > 1 and back < 0\n";
        List<Result.EstimateResult> memory = csvStudyInMemoryAndOnSpark(folder, data, "growth").get(0);
        assertThat(memory.get(0).estimate().n()).as("rows kept: re74 = 0 < re75 among them").isGreaterThan(150);
    }

    /**
     * Over a CSV file, Spark is asked for the columns as it types them, and a where and with over numbers and
     * booleans are its steps: the in-memory numbers. A comparison of text (Spark and Causal's reader might trim a
     * quoted cell differently) leaves the data to Causal, as before; a statement that reads the table (psm) gets
     * the rows of the where and with as Causal computes them.
     */
    @Test
    void whereAndWithOverCsvRunOnSpark(@TempDir Path folder) throws IOException {
        String data = "data nsw = csv(\"lalonde.csv\") with { gain = re75 - re74, young = age < 30 } "
                + "where educ >= 9 and not (gain < -5000) and (young or married == 1)\n";
        List<List<Result.EstimateResult>> runs = csvStudyInMemoryAndOnSpark(folder, data, "gain");
        assertThat(runs.get(1).get(2).rows().get().rowCount()).isEqualTo(runs.get(0).get(2).rows().get().rowCount());

        String text = data.replace("(young or married == 1)", "race != \"hispan\"");
        assertThat(unread(folder, text)).as("text compared: read by Causal").isEmpty();
    }

    /**
     * The study over lalonde.csv read by {@code data} (a where and with over the file, whose column
     * {@code covariate} replaces re75), run in memory and then on Spark: the where and with are Spark's steps, its
     * plans show {@code covariate}, and its three estimates equal the in-memory ones, rows included.
     *
     * @return the estimates in memory, then on Spark
     */
    private static List<List<Result.EstimateResult>> csvStudyInMemoryAndOnSpark(Path folder, String data,
            String covariate) throws IOException {
        Files.copy(LocalSpark.DATA.resolve("lalonde.csv"), folder.resolve("lalonde.csv"));
        String study = STUDY.replace("data nsw = csv(\"lalonde.csv\")\n", data)
                .replace("re74, re75", covariate + ", re74");
        List<Result.EstimateResult> memory = run(folder, study, RunOptions.DEFAULTS);
        causal.runtime.EngineData bound = bound(folder, data);
        assertThat(bound.steps()).hasSize(3);
        assertThat(bound.query()).isEmpty();
        List<String> plans = sparkPlans();
        List<Result.EstimateResult> spark = run(folder, "engine = spark(\"local[2]\")\n" + study, RunOptions.DEFAULTS);
        assertThat(spark).hasSize(3);
        awaitPlan(plans, covariate);
        for (int k = 0; k < 3; k++) {
            assertSameNumbers(memory.get(k), spark.get(k));
            assertThat(spark.get(k).estimate().n()).isEqualTo(memory.get(k).estimate().n());
        }
        return List.of(memory, spark);
    }

    /** A CSV file Spark cannot type under a where: Causal reads it and names the row and cell, as without Spark. */
    @Test
    void aCsvFileSparkCannotTypeIsReportedByCausal(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("../interpreter/src/test/resources/golden/data/bad_cell.csv"), folder.resolve("bad.csv"));
        String script = "engine = spark(\"local[2]\")\ndata d = csv(\"bad.csv\") where y > 0\n"
                + "dag g {\n  age -> treat\n  age -> y\n  treat -> y\n}\n"
                + "estimate ATE of treat on y in d under g adjust by backdoor using ols\n";
        // With the where, and the file alone (which Spark reads for the estimate: it declines, and Causal reads it).
        for (String text : List.of(script, script.replace(" where y > 0", ""))) {
            assertThat(run(folder, text, RunOptions.DEFAULTS, new ArrayList<>())).hasValueSatisfying(f -> assertThat(
                    f.diagnostic().message()).contains("row 3 (line 4), column age: cell \"abc\" is not a number"));
        }
    }

    /**
     * A case the engine declines once it has looked at the data (here an unbalanced panel) runs in memory, as
     * without the engine; what the engine refuses for the data itself is an error at the statement, in words, not
     * an internal error.
     */
    @Test
    void aDeclinedCaseRunsInMemoryAndARefusalIsTheUsersError(@TempDir Path folder) throws IOException {
        List<String> lines = Files.readAllLines(LocalSpark.DATA.resolve("stores_panel.csv"));
        Files.write(folder.resolve("unbalanced.csv"), lines.stream().filter(l -> !l.startsWith("s00,3,")).toList());
        String study = "data p = csv(\"unbalanced.csv\")\n"
                + "design mw = did(unit = store, time = period, treated = nj, post = period >= 2)\n"
                + "estimate ATT of nj on sales in p adjust by mw using twfe\n";
        List<Result.EstimateResult> memory = run(folder, study, RunOptions.DEFAULTS);
        List<Result.EstimateResult> spark = run(folder, "engine = spark(\"local[2]\")\n" + study, RunOptions.DEFAULTS);
        assertSameNumbers(memory.get(0), spark.get(0));

        Files.copy(LocalSpark.DATA.resolve("ab_test.csv"), folder.resolve("ab_test.csv"));
        String ztest = "engine = spark(\"local[2]\")\ndata ab = csv(\"ab_test.csv\")\n"
                + "design test = experiment(arm = variant, control = \"A\", metric = revenue)\n"
                + "estimate ATE of variant on revenue in ab adjust by test using ztest\n";
        assertThat(run(folder, ztest, RunOptions.DEFAULTS, new ArrayList<>())).hasValueSatisfying(f -> {
            assertThat(f.diagnostic().code()).isEqualTo(causal.syntax.DiagnosticCode.RUNTIME_ERROR);
            assertThat(f.diagnostic().span().line()).isEqualTo(4);
            assertThat(f.diagnostic().message()).contains("revenue must hold only 0 and 1");
        });
    }

    /** ols with effect modifiers (CATE by …) runs on Spark: the interactions' coefficients and errors as in memory. */
    @Test
    void effectModifiersRunOnSpark(@TempDir Path folder) throws IOException {
        Files.copy(LocalSpark.DATA.resolve("lalonde.csv"), folder.resolve("lalonde.csv"));
        String study = STUDY.replace("estimate ATE of treat on re78 in nsw under jobs adjust by backdoor using ols",
                "estimate CATE of treat on re78 by age, educ in nsw under jobs adjust by backdoor using ols(se = hc3)");
        List<Result.EstimateResult> memory = run(folder, study, RunOptions.DEFAULTS);
        List<String> jobs = java.util.Collections.synchronizedList(new ArrayList<>());
        LocalSpark.engine().session().sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
                jobs.add(String.valueOf(start.properties().getProperty(SparkProgress.DESCRIPTION)));
            }
        });
        List<Result.EstimateResult> spark = run(folder, "engine = spark(\"local[2]\")\n" + study, RunOptions.DEFAULTS);
        awaitPlan(jobs, "HC3 variances");  // only the ols with modifiers asks for HC3 here
        assertSameNumbers(memory.get(0), spark.get(0));
        for (String statistic : List.of("modification_by_age", "modification_by_age_se", "modification_by_educ_se")) {
            double expected = memory.get(0).estimate().statistics().get(statistic);
            assertThat(spark.get(0).estimate().statistics().get(statistic)).as(statistic)
                    .isCloseTo(expected, within(1e-9 * Math.abs(expected)));
        }
    }

    /** An infinite value in the rows an estimate uses is declined by Spark: Causal reports it with its row. */
    @Test
    void anInfiniteValueIsReportedWithItsRow(@TempDir Path folder) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(LocalSpark.DATA.resolve("lalonde.csv")));
        String[] cells = lines.get(4).split(",", -1);
        cells[6] = "Inf";  // re74 of the fourth row
        lines.set(4, String.join(",", cells));
        Files.write(folder.resolve("lalonde.csv"), lines);
        String study = "engine = spark(\"local[2]\")\n" + STUDY.substring(0, STUDY.indexOf("estimate ATT"));
        assertThat(run(folder, study, RunOptions.DEFAULTS, new ArrayList<>())).hasValueSatisfying(f -> {
            assertThat(f.diagnostic().code()).isEqualTo(causal.syntax.DiagnosticCode.RUNTIME_ERROR);
            assertThat(f.diagnostic().message()).contains("row 4").contains("re74 is +infinite");
        });
    }

    /** A did design's post condition over a CSV file Spark computes too. */
    @Test
    void aPostConditionOverCsvIsComputedOnSpark(@TempDir Path folder) throws IOException {
        Files.copy(LocalSpark.DATA.resolve("stores_panel.csv"), folder.resolve("stores_panel.csv"));
        String study = "data p = csv(\"stores_panel.csv\")\n"
                + "design mw = did(unit = store, time = period, treated = nj, post = period >= 2)\n"
                + "estimate ATT of nj on sales in p adjust by mw using twfe\n";
        List<Result.EstimateResult> memory = run(folder, study, RunOptions.DEFAULTS);
        List<String> plans = sparkPlans();
        List<Result.EstimateResult> spark = run(folder, "engine = spark(\"local[2]\")\n" + study, RunOptions.DEFAULTS);
        awaitPlan(plans, "(post)");
        assertSameNumbers(memory.get(0), spark.get(0));
        assertThat(spark.get(0).estimate().n()).isEqualTo(memory.get(0).estimate().n());
    }

    /** The analysed plans of the Spark queries run from now on (Spark reports them on its listener thread). */
    private static List<String> sparkPlans() {
        List<String> plans = java.util.Collections.synchronizedList(new ArrayList<>());
        LocalSpark.engine().session().listenerManager().register(new org.apache.spark.sql.util.QueryExecutionListener() {
            @Override
            public void onSuccess(String action, org.apache.spark.sql.execution.QueryExecution qe, long nanos) {
                plans.add(qe.analyzed().toString());
            }

            @Override
            public void onFailure(String action, org.apache.spark.sql.execution.QueryExecution qe, Exception e) {
            }
        });
        return plans;
    }

    /** Waits (up to 30 s) until a plan (or job description) that mentions {@code text} has been reported. */
    private static void awaitPlan(List<String> plans, String text) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            synchronized (plans) {
                if (plans.stream().anyMatch(p -> p.contains(text))) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(plans).as("a Spark query over " + text).anyMatch(p -> p.contains(text));
    }

    /** A did design's post condition over Parquet is a column Spark computes: twfe on Spark, the in-memory numbers. */
    @Test
    void aPostConditionIsComputedOnSpark(@TempDir Path folder) throws IOException {
        Path panel = Path.of("../interpreter/src/test/resources/golden/data/stores_panel.parquet").toAbsolutePath();
        String study = "data p = parquet(\"" + panel + "\")\n"
                + "design mw = did(unit = store, time = period, treated = nj, post = period >= 2)\n"
                + "estimate ATT of nj on sales in p adjust by mw using twfe\n";
        List<Result.EstimateResult> memory = run(folder, study, RunOptions.DEFAULTS);
        String onSpark = "engine = spark(\"local[2]\")\n" + study;
        java.util.concurrent.atomic.AtomicInteger jobs = sparkJobs();
        List<Result.EstimateResult> spark = run(folder, onSpark, RunOptions.DEFAULTS);
        assertThat(jobs).as("Spark jobs of the estimate").hasPositiveValue();
        assertSameNumbers(memory.get(0), spark.get(0));
        assertThat(spark.get(0).estimate().n()).isEqualTo(memory.get(0).estimate().n());
    }

    /** The estimate and its standard error on the engine are the in-memory ones, to 1e-9 relative. */
    private static void assertSameNumbers(Result.EstimateResult memory, Result.EstimateResult engine) {
        double value = memory.estimate().value();
        double se = memory.estimate().stdError();
        assertThat(engine.estimate().value()).isCloseTo(value, within(1e-9 * Math.abs(value)));
        assertThat(engine.estimate().stdError()).isCloseTo(se, within(1e-9 * se));
    }

    /** A count of the Spark jobs started from now on (the engine of a script joins the running session). */
    private static java.util.concurrent.atomic.AtomicInteger sparkJobs() {
        java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
        LocalSpark.engine().session().sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
                jobs.incrementAndGet();
            }
        });
        return jobs;
    }

    /** What a data statement (the script's only one, under engine spark) binds, when it is left unread. */
    private static causal.runtime.EngineData bound(Path folder, String data) {
        return unread(folder, data).orElseThrow();
    }

    /** What a data statement (the script's only one, under engine spark) binds, if it is not a table. */
    private static Optional<causal.runtime.EngineData> unread(Path folder, String data) {
        causal.runtime.RunSession session = new causal.runtime.RunSession(Analysis.of(new SourceText(
                folder.resolve("s.causal").toString(), "engine = spark(\"local[2]\")\n" + data), new HeaderSchemas()),
                RunOptions.DEFAULTS, r -> { });
        assertThat(Runner.run(session)).isEmpty();
        return session.unread("nsw");
    }

    @Test
    void aScriptOnSparkGivesTheNumbersItGivesInMemory(@TempDir Path folder) throws IOException {
        Files.copy(LocalSpark.DATA.resolve("lalonde.csv"), folder.resolve("lalonde.csv"));
        List<Result.EstimateResult> memory = run(folder, STUDY, RunOptions.DEFAULTS);
        List<Result.EstimateResult> spark = run(folder, "engine = spark(\"local[2]\")\n" + STUDY, RunOptions.DEFAULTS);
        List<Result.EstimateResult> flag = run(folder, STUDY, new RunOptions(1, false, "spark:local[2]"));
        assertThat(spark).hasSize(3);
        for (int k = 0; k < 3; k++) {
            assertSameNumbers(memory.get(k), spark.get(k));
            double value = memory.get(k).estimate().value();
            assertThat(flag.get(k).estimate().value()).isCloseTo(value, within(1e-9 * Math.abs(value)));
        }
        // psm does not run on Spark: it read the table, and its balance table is there as in memory
        assertThat(spark.get(2).estimate().balance()).isPresent();
        assertThat(spark.get(2).rows().get().rowCount()).isEqualTo(memory.get(2).rows().get().rowCount());
    }
}
