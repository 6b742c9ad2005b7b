package causal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import causal.analysis.Analysis;
import causal.analysis.HeaderSchemas;
import causal.output.TextReport;
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
 * Under an engine, every recommender of a statement is first asked of the engine (the top one and the bases of
 * hybrid and mmr alike), and the engine's own fit is used where it gives one; the others fit in memory. The test
 * engine fits als by the in-memory als, so the output must be the in-memory output to the character.
 */
class RecommenderOnEngineTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();
    private static final String SCRIPT = """
            data ratings = csv("ratings.csv")
            recommender mf = als(factors = 8, reg = 0.1, iterations = 10, seed = 1) on ratings(user = user, item = movie, rating = stars)
            recommender knn = item_knn(k = 20) on ratings(user = user, item = movie, rating = stars)
            recommender mix = hybrid(mf, knn, alpha = 0.5) on ratings(user = user, item = movie, rating = stars)
            recommender diverse = mmr(mf, lambda = 0.7) on ratings(user = user, item = movie, rating = stars)
            evaluate mf on ratings split 0.2 seed 7 metrics rmse, precision@5
            evaluate mix on ratings split 0.2 seed 7 metrics precision@5
            recommend 5 for user "u042" using diverse
            export mf to "mf.csv"
            """;

    @Test
    void everyRecommenderIsAskedOfTheEngineAndItsAlsFitsAreUsed(@TempDir Path folder) throws IOException {
        Files.copy(GOLDEN.resolve("data/ratings.csv"), folder.resolve("ratings.csv"));
        List<String> memory = run(folder, RunOptions.DEFAULTS);
        String memoryCsv = Files.readString(folder.resolve("mf.csv"));
        RecordingEngineProvider.ASKED.clear();
        RecordingEngineProvider.ALS_FITS.set(0);

        List<String> onEngine = run(folder, new RunOptions(RunOptions.DEFAULT_SEED, false, "recording:test"));

        assertThat(onEngine).isEqualTo(memory);
        assertThat(Files.readString(folder.resolve("mf.csv"))).isEqualTo(memoryCsv);
        // A recommender is asked of the engine when it is fitted, and a fit on the same data is made once: evaluate
        // mf; evaluate mix (hybrid, then its bases: mf's fit on the same training part is evaluate mf's); recommend
        // … diverse (mmr, then its base mf, on all the data this time); export mf (diverse's base's fit).
        assertThat(RecordingEngineProvider.ASKED).containsExactly("als", "hybrid", "item_knn", "mmr", "als");
        assertThat(RecordingEngineProvider.ALS_FITS).hasValue(2);
    }

    /**
     * A run fits a recommender on all its data once: later recommend and export statements with the same declaration,
     * table and engine reuse the model, with the same output as fitting it again.
     */
    @Test
    void recommendAndExportStatementsShareOneFit(@TempDir Path folder) throws IOException {
        Files.copy(GOLDEN.resolve("data/ratings.csv"), folder.resolve("ratings.csv"));
        String script = """
                data ratings = csv("ratings.csv")
                recommender mf = als(factors = 8, reg = 0.1, iterations = 10, seed = 1) on ratings(user = user, item = movie, rating = stars)
                recommend 5 for user "u042" using mf
                recommend 5 for user "u007" using mf
                export mf to "mf.csv"
                recommend 3 for user "u042" using mf
                """;
        RecordingEngineProvider.ALS_FITS.set(0);
        List<String> onEngine = run(folder, script, new RunOptions(RunOptions.DEFAULT_SEED, false, "recording:test"), 4);
        assertThat(RecordingEngineProvider.ALS_FITS).hasValue(1);
        String sharedCsv = Files.readString(folder.resolve("mf.csv"));
        // Each statement on its own (on its own line: reports name it) fits again: the same output.
        String[] statements = script.strip().split("\n");
        for (int s = 2; s < statements.length; s++) {
            String alone = statements[0] + "\n" + statements[1] + "\n" + "\n".repeat(s - 2) + statements[s] + "\n";
            List<String> printed = run(folder, alone, RunOptions.DEFAULTS, 1);
            assertThat(printed.get(0)).isEqualTo(onEngine.get(s - 2));
        }
        assertThat(Files.readString(folder.resolve("mf.csv"))).isEqualTo(sharedCsv);
    }

    /** Interactions kept for one set of columns are never taken for another, even where their names run together. */
    @Test
    void interactionsAreKeptPerColumns(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("d.csv"), "\"a, item=b\",c,a,\"b, item=c\"\n"
                + "u1,i1,v1,j1\nu1,i2,v2,j1\nu2,i1,v2,j2\n");
        String script = """
                data d = csv("d.csv")
                recommender first = popular on d(user = `a, item=b`, item = c)
                recommender second = popular on d(user = a, item = `b, item=c`)
                recommend 1 for user "u2" using first
                recommend 1 for user "v1" using second
                """;
        List<String> printed = run(folder, script, RunOptions.DEFAULTS, 2);
        assertThat(printed.get(0)).contains("i2");
        assertThat(printed.get(1)).contains("j2");
    }

    /** The text reports of the script's results. */
    private static List<String> run(Path folder, RunOptions options) throws IOException {
        return run(folder, SCRIPT, options, 4);
    }

    private static List<String> run(Path folder, String script, RunOptions options, int results) throws IOException {
        Path file = folder.resolve("movies.causal");
        Files.writeString(file, script);
        List<String> printed = new ArrayList<>();
        Optional<RunFailure> failure = Runner.run(Analysis.of(new SourceText(file.toString(), script),
                new HeaderSchemas()), options, r -> printed.add(TextReport.format(r)));
        assertThat(failure).isEmpty();
        assertThat(printed).hasSize(results);
        return printed;
    }
}
