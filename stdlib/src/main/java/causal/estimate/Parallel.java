package causal.estimate;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Independent tasks run on the common pool, failing the same way whatever the number of threads. */
final class Parallel {
    private Parallel() {
    }

    /**
     * Runs {@code task} for {@code 0 .. count-1} in parallel; each task must write only its own slots (its fold's
     * rows, its replicate's value). When tasks fail, the failure of the lowest one is thrown after all have run, so
     * the message does not depend on the threads.
     */
    static void forEach(int count, IntConsumer task) {
        RuntimeException[] failures = new RuntimeException[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            try {
                task.accept(i);
            } catch (RuntimeException e) {
                failures[i] = e;
            }
        });
        for (RuntimeException e : failures) {
            if (e != null) {
                throw e;
            }
        }
    }
}
