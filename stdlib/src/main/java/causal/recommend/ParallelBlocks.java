package causal.recommend;

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

    private ParallelBlocks() {
    }

    static void forEach(int n, Body body) {
        int blockSize = Math.max(1, (n + BLOCKS - 1) / BLOCKS);
        int blocks = (n + blockSize - 1) / blockSize;
        IntStream.range(0, blocks).parallel().forEach(b -> body.run(b * blockSize, Math.min(n, (b + 1) * blockSize)));
    }
}
