package causal.spark;

import causal.progress.Progress;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * Spark's stages as Causal's progress bars ({@link Progress}), counted in tasks and named after the work
 * ({@link Actions#run}'s description, e.g. "Spark: group means of sales"). Spark's own console bar stays off: it
 * would also draw into pipes and log files, and ignore {@code --quiet}. A stage shorter than
 * {@link Progress#DELAY_MILLIS} shows nothing, like any other task.
 */
final class SparkProgress extends SparkListener {
    /** The job description Spark keeps among a job's local properties. */
    static final String DESCRIPTION = "spark.job.description";
    private static final Map<SparkContext, Boolean> LISTENING = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<Integer, Progress.Task> stages = new ConcurrentHashMap<>();

    private SparkProgress() {
    }

    /** Listens to {@code context}'s stages, once per context (a REPL opens the engine again on the same one). */
    static void listenTo(SparkContext context) {
        if (LISTENING.putIfAbsent(context, Boolean.TRUE) == null) {
            context.addSparkListener(new SparkProgress());
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        StageInfo stage = submitted.stageInfo();
        String what = submitted.properties() == null ? null : submitted.properties().getProperty(DESCRIPTION);
        Progress.Task task = Progress.start("Spark: " + (what == null ? "stage " + stage.stageId() : what),
                stage.numTasks(), "tasks");
        Progress.Task earlier = stages.put(stage.stageId(), task);
        if (earlier != null) {
            earlier.close();  // a stage submitted again (a retry) starts its count again
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        Progress.Task task = stages.get(end.stageId());
        if (task != null && end.taskInfo() != null && end.taskInfo().successful()) {
            task.step();
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        Progress.Task task = stages.remove(completed.stageInfo().stageId());
        if (task != null) {
            task.close();
        }
    }
}
