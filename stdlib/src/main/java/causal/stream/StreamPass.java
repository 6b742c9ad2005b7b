package causal.stream;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * One pass over a {@link BatchSource}: every batch is summarized into a fresh accumulator, on up to
 * {@code threads} threads, and the partial sums are merged strictly in batch order on the calling thread. The
 * result is therefore the same, bit for bit, for any thread count. At most two batches per thread are in flight,
 * which bounds the memory a pass holds.
 */
public final class StreamPass {
    private StreamPass() {
    }

    /** The merged accumulator of all batches ({@code fresh.get()} when the source has no rows). */
    public static <A extends Accumulator<A>> A run(BatchSource source, Supplier<A> fresh, StreamOptions options) {
        List<String> columns = fresh.get().columns();
        if (options.threads() == 1) {
            Fold<A> fold = new Fold<>();
            source.forEach(columns, batch -> {
                A partial = fresh.get();
                partial.add(batch);
                fold.add(partial);
            });
            return fold.result(fresh);
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), task -> {
            Thread thread = new Thread(task, "causal-stream");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int window = 2 * options.threads();
            ArrayDeque<Future<A>> pending = new ArrayDeque<>();
            Fold<A> fold = new Fold<>();
            source.forEach(columns, batch -> {
                while (pending.size() >= window || (!pending.isEmpty() && pending.peekFirst().isDone())) {
                    fold.add(await(pending.removeFirst()));
                }
                pending.addLast(pool.submit(() -> {
                    A partial = fresh.get();
                    partial.add(batch);
                    return partial;
                }));
            });
            while (!pending.isEmpty()) {
                fold.add(await(pending.removeFirst()));
            }
            return fold.result(fresh);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <A> A await(Future<A> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StreamException("the pass was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The left fold of partial sums in batch order. */
    private static final class Fold<A extends Accumulator<A>> {
        private A total;

        void add(A partial) {
            if (total == null) {
                total = partial;
            } else {
                total.merge(partial);
            }
        }

        A result(Supplier<A> fresh) {
            return total == null ? fresh.get() : total;
        }
    }
}
