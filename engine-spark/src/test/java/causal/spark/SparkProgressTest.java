package causal.spark;

import static org.assertj.core.api.Assertions.assertThat;

import causal.progress.Progress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
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

    private void record() {
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
    }

    @Test
    void aStageIsABarNamedAfterTheWork() throws InterruptedException {
        record();
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

    /**
     * An engine that joined a running session (a program that uses Spark itself, a REPL) stops drawing bars when it
     * closes, while an engine still open on the same session keeps them; once the last one has closed, the session's
     * jobs draw nothing.
     */
    @Test
    void aClosedEngineNoLongerDrawsTheSessionsStages() throws InterruptedException {
        SparkEngine open = LocalSpark.engine();
        SparkEngine.open(SparkEngine.Options.DEFAULTS.withMaster("local[2]"), LocalSpark.DATA).close();
        record();
        Actions.run("while one engine is open", () -> open.session().range(0, 1000, 1, 2).rdd().count());
        awaitEvent("close");
        assertThat(events).first().isEqualTo("open Spark: while one engine is open 2 tasks");

        events.clear();
        SparkContext context = open.session().sparkContext();
        SparkProgress shared = SparkProgress.listenTo(context);   // LocalSpark's engine's listener, one engine more
        shared.release();
        shared.release();                                         // the last: as when LocalSpark's engine closes
        shared.release();                                         // once too often: nothing more happens
        CountDownLatch jobEnded = new CountDownLatch(1);
        SparkListener probe = new SparkListener() {
            @Override
            public void onJobEnd(SparkListenerJobEnd end) {
                jobEnded.countDown();
            }
        };
        context.addSparkListener(probe);
        try {
            Actions.run("after the last engine closed", () -> open.session().range(0, 1000, 1, 2).rdd().count());
            // Spark tells the listeners of a queue in order: once the probe has the job's end, a listener left
            // behind would have had its stage.
            assertThat(jobEnded.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            context.removeSparkListener(probe);
        }
        assertThat(events).isEmpty();
        SparkProgress.listenTo(context);              // LocalSpark's engine listens again for the other tests
    }

    private void awaitEvent(String event) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!events.contains(event) && System.nanoTime() < until) {
            Thread.sleep(20);  // Spark tells its listeners on a thread of its own
        }
    }
}
