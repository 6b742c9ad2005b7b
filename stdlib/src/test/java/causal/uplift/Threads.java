package causal.uplift;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** Runs a task in a fork-join pool of a given size, so that its parallel streams use that many threads. */
final class Threads {
    private Threads() {
    }

    static <T> T run(int threads, Callable<T> task) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }
}
