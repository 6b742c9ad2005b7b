package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;

import causal.progress.Progress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Long Spark work draws Causal's progress bars: one per stage, named after what Causal asked Spark for, counted
 * in tasks up to the stage's total.
 */
class SparkProgressTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void uninstall() {
        Progress.install(null);
    }

    @Test
    void aStageIsABarNamedAfterTheWork() throws InterruptedException {
        Progress.install((task, total, unit) -> {
            events.add("open " + task + " " + total + " " + unit);
            return new Progress.Bar() {
                @Override
                public void stepTo(long done) {
                    events.add("at " + done);
                }

                @Override
                public void close() {
                    events.add("close");
                }
            };
        }, 0);
        Dataset<Row> rows = LocalSpark.engine().session().range(0, 100_000, 1, 4).toDF();
        long sum = Actions.run("sums of the test rows", () -> rows.agg(functions.sum("id")).first().getLong(0));
        assertThat(sum).isEqualTo(99_999L * 100_000 / 2);
        long until = System.nanoTime() + 30_000_000_000L;
        while (!events.contains("close") && System.nanoTime() < until) {
            Thread.sleep(20);  // Spark tells its listeners on a thread of its own
        }
        assertThat(events).first().isEqualTo("open Spark: sums of the test rows 4 tasks");
        assertThat(events).contains("at 4", "close");
        assertThat(LocalSpark.engine().session().sparkContext().getLocalProperty(SparkProgress.DESCRIPTION))
                .as("the description is the action's only").isNull();
    }
}
