package causal.recommend;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Work over users or items in parallel, in fixed blocks of consecutive indices. Callers write each index's result
 * into its own slot and compute it from inputs fixed for the whole pass, so the results are the same for any number
 * of threads; the many blocks let the common fork-join pool balance skewed rows.
 */
final class ParallelBlocks {
    private static final int BLOCKS = 512;

    /** What one block does with its range {@code [start, end)}. */
    @FunctionalInterface
    interface Body {
        void run(int start, int end);
    }

    /** What one block does with its range, given scratch space that no other thread uses meanwhile. */
    @FunctionalInterface
    interface BodyWithScratch<S> {
        void run(S scratch, int start, int end);
    }

    private ParallelBlocks() {
    }

    static void forEach(int n, Body body) {
        int blockSize = blockSize(n);
        int blocks = (n + blockSize - 1) / blockSize;
        IntStream.range(0, blocks).parallel().forEach(b -> body.run(b * blockSize, Math.min(n, (b + 1) * blockSize)));
    }

    /**
     * As {@link #forEach(int, Body)}, with scratch space made once per worker rather than once per block: a worker
     * takes the next block until none is left, so a large scratch (a popular item's rows) is not allocated again
     * and again. Which worker solves a block never changes its result.
     */
    static <S> void forEach(int n, Supplier<S> scratch, BodyWithScratch<S> body) {
        int blockSize = blockSize(n);
        int blocks = (n + blockSize - 1) / blockSize;
        int workers = Math.min(blocks, Runtime.getRuntime().availableProcessors());
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, workers).parallel().forEach(w -> {
            S own = null;
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                if (own == null) {
                    own = scratch.get();
                }
                body.run(own, b * blockSize, Math.min(n, (b + 1) * blockSize));
            }
        });
    }

    private static int blockSize(int n) {
        return Math.max(1, (n + BLOCKS - 1) / BLOCKS);
    }
}
