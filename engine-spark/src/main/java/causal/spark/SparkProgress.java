package causal.spark;

import causal.progress.Progress;
import java.util.HashMap;
import java.util.Map;
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
    /** The listener of each context in use, and how many engines use it; guarded by the class. */
    private static final Map<SparkContext, SparkProgress> LISTENERS = new HashMap<>();

    private final Map<Integer, Progress.Task> stages = new ConcurrentHashMap<>();
    private final SparkContext context;
    private int engines;
    /** Set once the last engine has released this listener: events Spark was still delivering draw nothing. */
    private volatile boolean released;

    private SparkProgress(SparkContext context) {
        this.context = context;
    }

    /**
     * Listens to {@code context}'s stages for one more engine: one listener per context however many engines share
     * it (a REPL opens the engine again on the same one). {@link #release} it when the engine closes.
     */
    static synchronized SparkProgress listenTo(SparkContext context) {
        SparkProgress listener = LISTENERS.computeIfAbsent(context, c -> {
            SparkProgress created = new SparkProgress(c);
            c.addSparkListener(created);
            return created;
        });
        listener.engines++;
        return listener;
    }

    /**
     * One engine less; the last one removes the listener, so a program that shares its session with Causal gets
     * no bars for its own jobs once Causal's engine is closed.
     */
    void release() {
        synchronized (SparkProgress.class) {
            if (engines <= 0 || --engines > 0) {
                return;
            }
            LISTENERS.remove(context, this);
            released = true;
        }
        context.removeSparkListener(this);
        closeStages();
    }

    private void closeStages() {
        for (Integer stage : stages.keySet()) {
            Progress.Task task = stages.remove(stage);
            if (task != null) {
                task.close();
            }
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        if (released) {
            return;
        }
        StageInfo stage = submitted.stageInfo();
        String what = submitted.properties() == null ? null : submitted.properties().getProperty(DESCRIPTION);
        Progress.Task task = Progress.start("Spark: " + (what == null ? "stage " + stage.stageId() : what),
                stage.numTasks(), "tasks");
        Progress.Task earlier = stages.put(stage.stageId(), task);
        if (earlier != null) {
            earlier.close();  // a stage submitted again (a retry) starts its count again
        }
        if (released) {
            closeStages();    // delivered while the last engine closed: no bar may outlive it
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
