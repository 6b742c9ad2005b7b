package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import causal.analysis.Analysis;
import causal.analysis.HeaderSchemas;
import causal.output.Result;
import causal.output.TextReport;
import causal.recommend.EvaluationResult;
import causal.recommend.MetricValue;
import causal.recommend.Recommendations;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code engine = spark("local[2]")} fits {@code als} with Spark MLlib for {@code evaluate}, {@code recommend} and
 * {@code export}: the output is the in-memory script's but for the model's numbers, and the held-out RMSE is within
 * 10% of the in-memory als's. The film ratings are examples/movies' (500 users, 200 films, 1–5 stars).
 */
class SparkAlsScriptTest {
    private static final Path RATINGS = Path.of("../examples/movies/data/ratings.csv").toAbsolutePath().normalize();
    private static final String STUDY = """
            data ratings = csv("ratings.csv")
            recommender mf = als(factors = 8, reg = 0.1, iterations = 10, seed = 1)
                on ratings(user = user, item = movie, rating = stars)
            evaluate mf on ratings split 0.2 seed 7 metrics rmse, precision@5
            recommend 5 for user "u042" using mf
            export mf to "mf.csv"
            """;

    /** The descriptions of the Spark jobs started while it listens, as Spark's web UI shows them. */
    private static final class JobDescriptions extends SparkListener {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void onJobStart(SparkListenerJobStart start) {
            String description = start.properties() == null ? null
                    : start.properties().getProperty("spark.job.description");
            if (description != null) {
                seen.add(description);
            }
        }

        /** Waits for Spark's listener bus to deliver a job of each description start (it delivers asynchronously). */
        boolean awaitJobs(List<String> starts) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!starts.stream().allMatch(s -> seen.stream().anyMatch(d -> d.startsWith(s)))) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(50);
            }
            return true;
        }
    }

    @Test
    void alsOnSparkChangesOnlyTheModelsNumbers(@TempDir Path folder) throws IOException, InterruptedException {
        Files.copy(RATINGS, folder.resolve("ratings.csv"));
        // The script's engine joins the tests' running local[2] session, which the listener watches.
        SparkContext context = LocalSpark.engine().session().sparkContext();
        JobDescriptions jobs = new JobDescriptions();
        context.addSparkListener(jobs);
        List<Result> memory;
        List<Result> spark;
        String memoryCsv;
        String sparkCsv;
        try {
            memory = run(folder, STUDY);
            memoryCsv = Files.readString(folder.resolve("mf.csv"));
            spark = run(folder, "engine = spark(\"local[2]\")\n" + STUDY);
            sparkCsv = Files.readString(folder.resolve("mf.csv"));
            EvaluationResult evaluation = ((Result.RecommenderEvaluationResult) spark.get(0)).evaluation();
            int all = evaluation.trainingInteractions() + evaluation.testInteractions();
            // MLlib fitted the training part for evaluate, and all ratings for recommend and for export.
            String fit = SparkAlsRecommender.JOB_DESCRIPTION + ": MLlib ALS of ";
            assertThat(jobs.awaitJobs(List.of(fit + evaluation.trainingInteractions() + " ratings", fit + all
                    + " ratings"))).as("MLlib's jobs: %s", jobs.seen).isTrue();
            assertThat(jobs.seen).filteredOn(d -> d.startsWith(fit + all + " ratings")).isNotEmpty();
        } finally {
            context.removeSparkListener(jobs);
        }

        // The reports read the same once numbers are masked (the Spark script's statements are one line lower).
        assertThat(spark).hasSameSizeAs(memory).hasSize(2);
        for (int r = 0; r < memory.size(); r++) {
            assertThat(masked(TextReport.format(spark.get(r)))).isEqualTo(masked(TextReport.format(memory.get(r))));
        }

        EvaluationResult onSpark = ((Result.RecommenderEvaluationResult) spark.get(0)).evaluation();
        EvaluationResult inMemory = ((Result.RecommenderEvaluationResult) memory.get(0)).evaluation();
        assertThat(onSpark.method()).isEqualTo(inMemory.method()).isEqualTo("als");
        assertThat(onSpark.split()).isEqualTo(inMemory.split());
        assertThat(onSpark.trainingInteractions()).isEqualTo(inMemory.trainingInteractions());
        assertThat(onSpark.testInteractions()).isEqualTo(inMemory.testInteractions());
        assertThat(onSpark.testUsers()).isEqualTo(inMemory.testUsers());
        assertThat(onSpark.values()).extracting(MetricValue::name).containsExactly("rmse", "precision@5");
        double sparkRmse = onSpark.value("rmse").orElseThrow();
        double memoryRmse = inMemory.value("rmse").orElseThrow();
        assertThat(sparkRmse).as("held-out rmse on MLlib (in memory %s)", memoryRmse)
                .isCloseTo(memoryRmse, within(0.1 * memoryRmse)).isNotEqualTo(memoryRmse);
        assertThat(onSpark.value("precision@5").orElseThrow()).isBetween(0.0, 1.0);

        Recommendations sparkList = ((Result.RecommendationResult) spark.get(1)).recommendations();
        Recommendations memoryList = ((Result.RecommendationResult) memory.get(1)).recommendations();
        assertThat(sparkList.user()).isEqualTo(memoryList.user()).isEqualTo("u042");
        assertThat(sparkList.method()).isEqualTo("als");
        assertThat(sparkList.items()).hasSize(5);
        for (Recommendations.Item item : sparkList.items()) {
            assertThat(item.score()).as("a predicted rating on the 1–5 scale").isBetween(0.0, 6.0);
        }

        // The export lists the same users and ranks; the items and scores are the model's.
        List<String> sparkRows = sparkCsv.lines().toList();
        List<String> memoryRows = memoryCsv.lines().toList();
        assertThat(sparkRows).hasSameSizeAs(memoryRows);
        assertThat(sparkRows.get(0)).isEqualTo(memoryRows.get(0)).isEqualTo("user,rank,item,score");
        for (int r = 1; r < sparkRows.size(); r++) {
            assertThat(userAndRank(sparkRows.get(r))).isEqualTo(userAndRank(memoryRows.get(r)));
        }
    }

    private static List<Result> run(Path folder, String script) throws IOException {
        Path file = folder.resolve("movies.causal");
        Files.writeString(file, script);
        List<Result> results = new ArrayList<>();
        Optional<RunFailure> failure = Runner.run(Analysis.of(new SourceText(file.toString(), script),
                new HeaderSchemas()), RunOptions.DEFAULTS, r -> {
                    if (r instanceof Result.RecommenderEvaluationResult || r instanceof Result.RecommendationResult) {
                        results.add(r);
                    }
                });
        assertThat(failure).isEmpty();
        return results;
    }

    /** The report with every number as {@code #} and runs of blanks as one (a number's width moves the columns). */
    private static String masked(String report) {
        return report.replaceAll("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?", "#").replaceAll("[ =]+", " ");
    }

    private static String userAndRank(String csvRow) {
        String[] cells = csvRow.split(",");
        return cells[0] + "," + cells[1];
    }
}
