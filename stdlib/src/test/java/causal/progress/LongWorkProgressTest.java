package causal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import causal.data.CsvReader;
import causal.data.Table;
import causal.data.sql.DuckDbEngine;
import causal.data.sql.SqlQuery;
import causal.experiment.PeekingSimulation;
import causal.options.OptionValue;
import causal.recommend.Evaluation;
import causal.recommend.EvaluationResult;
import causal.recommend.Interactions;
import causal.recommend.Metric;
import causal.recommend.RecommenderArguments;
import causal.recommend.Recommenders;
import causal.recommend.Split;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long work reports its progress: reading a CSV file in megabytes of its two passes, a query in rows, bpr in
 * epochs, a recommender's evaluation in test users, item_knn's neighbour lists in items, an A/A simulation in runs.
 */
class LongWorkProgressTest {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private final Progress.Sink recording = (task, total, unit) -> {
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
    };

    @TempDir
    Path folder;

    @AfterEach
    void uninstall() {
        Progress.install(null);
    }

    @Test
    void aLargeCsvFileCountsTheMegabytesOfBothPasses() throws IOException {
        Path file = folder.resolve("big.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("x,y\n");
            for (int i = 0; i < 700_000; i++) {
                out.write(i + "," + (i % 97) * 0.125 + "\n");
            }
        }
        long megabytes = Files.size(file) >> 20;
        assertThat(megabytes).isGreaterThanOrEqualTo(8);
        Progress.install(recording, 0);
        Table table = CsvReader.read(file, "big.csv");
        assertThat(table.rowCount()).isEqualTo(700_000);
        assertThat(events).containsExactly("open reading big.csv " + 2 * megabytes + " MB",
                "close at " + 2 * megabytes);
    }

    @Test
    void aQueryCountsItsRowsWithoutATotal() {
        Progress.install(recording, 0);
        Table table = DuckDbEngine.shared().read(SqlQuery.sql(folder, "select range as x from range(20000)"));
        assertThat(table.rowCount()).isEqualTo(20_000);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).startsWith("open reading ").endsWith(" -1 rows");
        assertThat(events.get(1)).isEqualTo("close at 20000");
    }

    @Test
    void bprCountsItsEpochsAnEvaluationItsTestUsersAndKnnItsItems() {
        // 300 users, each with 8 of 40 items: a random fifth held out leaves almost every user something to test.
        int users = 300;
        long[] user = new long[users * 8];
        long[] item = new long[user.length];
        for (int r = 0; r < user.length; r++) {
            user[r] = r / 8;
            item[r] = (r / 8 * 7 + r % 8 * 5) % 40;
        }
        Interactions likes = Interactions.events(user, item, null, null);
        Progress.install(recording, 0);
        EvaluationResult result = Evaluation.run(Recommenders.create("bpr", RecommenderArguments.of(
                java.util.Map.of("iterations", new OptionValue.Number(3)))), likes, Split.random(0.2, 1),
                List.of(Metric.parse("ndcg@5")));
        assertThat(events).containsExactly("open bpr 3 epochs", "close at 3",
                "open evaluate bpr " + result.testUsers() + " users", "close at " + result.testUsers());
        events.clear();
        Recommenders.create("item_knn", RecommenderArguments.of(java.util.Map.of())).fit(likes);
        assertThat(events).containsExactly("open item_knn 40 items", "close at 40");
    }

    @Test
    void anAaSimulationCountsItsRuns() {
        Progress.install(recording, 0);
        PeekingSimulation.run(PeekingSimulation.Options.of(200, 4, 30, 7, 0.10));
        assertThat(events).containsExactly("open simulate aa 30 runs", "close at 30");
    }
}
