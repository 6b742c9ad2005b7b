package causal.runtime.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the tasks "variable k over chunk c" of a simulation on several threads. A task waits for the same variable's
 * previous chunk (its random streams are consumed in row order) and for its parents' same chunk, so every task sees
 * exactly the inputs it would see run one by one, and the table does not depend on the number of threads.
 *
 * <p>Errors are deterministic too: in the one-by-one order (chunk by chunk, variables in topological order) every
 * task's inputs come before it, so after a failure the schedule still runs every task that comes earlier in that
 * order and then reports the earliest failure — the one a single thread would have met first.
 */
final class SimulationSchedule {
    /** One variable's work: evaluate chunk {@code chunk} and store it. */
    interface ChunkTask {
        void run(int position, int chunk);
    }

    private final int[][] parentPositions;
    private final int chunks;
    private final ChunkTask task;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progress = lock.newCondition();
    private final int[] nextChunk;
    private final boolean[] running;
    private int runningCount;
    private long failedAt = Long.MAX_VALUE;
    private Throwable failure;

    /**
     * {@code parentPositions[k]} are the positions (in topological order) of the parents of the variable at
     * position {@code k}; each is smaller than {@code k}.
     */
    SimulationSchedule(int[][] parentPositions, int chunks, ChunkTask task) {
        this.parentPositions = parentPositions;
        this.chunks = chunks;
        this.task = task;
        this.nextChunk = new int[parentPositions.length];
        this.running = new boolean[parentPositions.length];
    }

    /** Runs every task on {@code threads} threads (this one included); rethrows the earliest failure. */
    void run(int threads, ThreadFactory factory) {
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread helper = factory.newThread(this::work);
            helper.setName("causal-simulation-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work();
        for (Thread helper : helpers) {
            joinUninterruptibly(helper);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private void work() {
        while (true) {
            int position;
            lock.lock();
            try {
                position = claim();
                while (position < 0) {
                    if (runningCount == 0) {
                        progress.signalAll();
                        return;
                    }
                    progress.awaitUninterruptibly();
                    position = claim();
                }
            } finally {
                lock.unlock();
            }
            int chunk = nextChunk[position];
            Throwable error = runTask(position, chunk);
            lock.lock();
            try {
                running[position] = false;
                runningCount--;
                if (error == null) {
                    nextChunk[position]++;
                } else if (order(position, chunk) < failedAt) {
                    failedAt = order(position, chunk);
                    failure = error;
                }
                progress.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Catches everything, errors too: a helper that died holding a task would leave the others waiting forever. */
    private Throwable runTask(int position, int chunk) {
        try {
            task.run(position, chunk);
            return null;
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    /** The runnable task that comes first in the one-by-one order, marked running; −1 when there is none. */
    private int claim() {
        int best = -1;
        for (int k = 0; k < nextChunk.length; k++) {
            if (isRunnable(k) && (best < 0 || order(k, nextChunk[k]) < order(best, nextChunk[best]))) {
                best = k;
            }
        }
        if (best >= 0) {
            running[best] = true;
            runningCount++;
        }
        return best;
    }

    private boolean isRunnable(int k) {
        int chunk = nextChunk[k];
        if (running[k] || chunk >= chunks || order(k, chunk) >= failedAt) {
            return false;
        }
        for (int parent : parentPositions[k]) {
            if (nextChunk[parent] <= chunk) {
                return false;
            }
        }
        return true;
    }

    /** The task's place in the one-by-one order. */
    private long order(int position, int chunk) {
        return (long) chunk * nextChunk.length + position;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
