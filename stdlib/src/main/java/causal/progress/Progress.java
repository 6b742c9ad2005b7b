package causal.progress;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of long work (reading, bootstrap, forests, ALS, simulations) for whoever shows it: the library reports
 * steps, and a front end that draws bars installs a {@link Sink}. Without one (tests, the language server, output
 * piped to a file) reporting costs one atomic add per step. A bar opens only once a task has run for
 * {@link #DELAY_MILLIS}, so quick work never flickers; it opens then even if no step has ended yet (a Spark stage of
 * one long task, the first of a few long resamples), from a timer that exists only once a sink is installed.
 */
public final class Progress {
    /** Tasks shorter than this never show a bar. */
    public static final long DELAY_MILLIS = 700;

    /** Opens bars; installed once by the command line when stderr is a terminal. */
    public interface Sink {
        /** A bar for {@code task} of {@code total} steps (-1: unknown) counted in {@code unit}. */
        Bar open(String task, long total, String unit);
    }

    /** One drawn bar. Implementations must accept calls from any thread. */
    public interface Bar {
        void stepTo(long done);

        void close();
    }

    private static volatile Sink sink;
    private static volatile long delayNanos = DELAY_MILLIS * 1_000_000L;

    private Progress() {
    }

    /** Installs the sink that draws bars (null: none), opening them after {@link #DELAY_MILLIS}. */
    public static void install(Sink s) {
        install(s, DELAY_MILLIS);
    }

    /** Installs the sink that draws bars (null: none), opening them once a task has run {@code delayMillis}. */
    public static void install(Sink s, long delayMillis) {
        delayNanos = delayMillis * 1_000_000L;
        sink = s;
    }

    /** Starts a task of {@code total} steps (-1 when unknown); close it when done, best in try-with-resources. */
    public static Task start(String task, long total, String unit) {
        Sink s = sink;
        long delay = delayNanos;
        Task started = new Task(s, task, total, unit, System.nanoTime() + delay);
        if (s != null) {
            started.opening = Timer.INSTANCE.schedule(started::open, delay, TimeUnit.NANOSECONDS);
        }
        return started;
    }

    /** The one daemon thread that opens the bars of tasks still running after the delay. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor INSTANCE = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "causal-progress");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);  // quick tasks leave nothing queued
            return timer;
        }
    }

    /** A running task: count its steps from any thread. */
    public static final class Task implements AutoCloseable {
        private final Sink sink;
        private final String name;
        private final long total;
        private final String unit;
        /** When a bar may open. */
        private final long opensAt;
        private final AtomicLong done = new AtomicLong();
        private volatile Bar bar;
        private volatile boolean closed;
        /** The timer's opening of the bar, while it is due. */
        private volatile Future<?> opening;

        private Task(Sink sink, String name, long total, String unit, long opensAt) {
            this.sink = sink;
            this.name = name;
            this.total = total;
            this.unit = unit;
            this.opensAt = opensAt;
        }

        /** One more step done. */
        public void step() {
            advance(1);
        }

        /** {@code n} more steps done. */
        public void advance(long n) {
            long now = done.addAndGet(n);
            if (sink == null || closed) {
                return;
            }
            Bar b = bar;
            if (b == null) {
                if (System.nanoTime() - opensAt < 0) {
                    return;
                }
                b = openOnce();
            }
            if (b != null) {
                b.stepTo(now);
            }
        }

        /** Steps done so far. */
        public long done() {
            return done.get();
        }

        /** The timer's call: opens the bar at the steps done so far, unless a step has opened it already. */
        private synchronized void open() {
            if (bar == null && !closed) {
                bar = sink.open(name, total, unit);
                bar.stepTo(done.get());
            }
        }

        private synchronized Bar openOnce() {
            if (bar == null && !closed) {
                bar = sink.open(name, total, unit);
            }
            return bar;
        }

        @Override
        public synchronized void close() {
            closed = true;
            Future<?> due = opening;
            if (due != null) {
                due.cancel(false);
            }
            if (bar != null) {
                bar.stepTo(done.get());
                bar.close();
            }
        }
    }
}
