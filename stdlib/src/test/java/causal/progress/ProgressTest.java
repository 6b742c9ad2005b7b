package causal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Long work reports its steps; a bar appears only when a sink is installed and the task has run for a while. */
class ProgressTest {
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private final Progress.Sink recording = (task, total, unit) -> {
        events.add("open " + task + " " + total + " " + unit);
        return new Progress.Bar() {
            @Override
            public synchronized void stepTo(long done) {
                events.add("at " + done);
            }

            @Override
            public void close() {
                events.add("close");
            }
        };
    };

    @AfterEach
    void uninstall() {
        Progress.install(null);
    }

    @Test
    void withoutASinkStepsAreOnlyCounted() {
        try (Progress.Task task = Progress.start("bootstrap", 100, "resamples")) {
            IntStream.range(0, 100).parallel().forEach(i -> task.step());
            assertThat(task.done()).isEqualTo(100);
        }
        assertThat(events).isEmpty();
    }

    @Test
    void quickWorkNeverOpensABar() {
        Progress.install(recording);
        try (Progress.Task task = Progress.start("bootstrap", 3, "resamples")) {
            task.advance(3);
        }
        assertThat(events).isEmpty();
    }

    @Test
    void slowWorkOpensOneBarThatEndsAtTheTotal() throws InterruptedException {
        Progress.install(recording);
        try (Progress.Task task = Progress.start("forest", 10, "trees")) {
            task.step();
            awaitEvents(2);
            task.advance(4);
            task.advance(5);
        }
        // Opened by the timer at the delay, at the one step done by then.
        assertThat(events).containsExactly("open forest 10 trees", "at 1", "at 5", "at 10", "at 10", "close");
    }

    @Test
    void aStepLongerThanTheDelayShowsTheBarBeforeItEnds() throws InterruptedException {
        Progress.install(recording, 20);
        try (Progress.Task task = Progress.start("Spark: cross products", 1, "tasks")) {
            awaitEvents(2);
            assertThat(events).as("while the one step runs").containsExactly("open Spark: cross products 1 tasks",
                    "at 0");
            task.step();
        }
        assertThat(events).containsExactly("open Spark: cross products 1 tasks", "at 0", "at 1", "at 1", "close");
    }

    private void awaitEvents(int count) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (events.size() < count && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }
}
