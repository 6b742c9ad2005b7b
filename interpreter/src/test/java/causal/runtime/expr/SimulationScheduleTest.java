package causal.runtime.expr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationScheduleTest {
    /** Positions 0 and 1 are roots; 2 needs 0; 3 needs 1 and 2. */
    private static final int[][] PARENTS = {{}, {}, {0}, {1, 2}};
    private static final int CHUNKS = 50;

    @Test
    void everyTaskRunsOnceAfterItsParentsAndItsOwnPreviousChunk() {
        for (int threads : new int[] {1, 2, 4}) {
            List<int[]> done = Collections.synchronizedList(new ArrayList<>());
            new SimulationSchedule(PARENTS, CHUNKS, (position, chunk) -> done.add(new int[] {position, chunk}))
                    .run(threads, ExpressionHost.STANDALONE.threads());
            assertThat(done).hasSize(PARENTS.length * CHUNKS);
            for (int i = 0; i < done.size(); i++) {
                int[] task = done.get(i);
                List<int[]> before = done.subList(0, i);
                if (task[1] > 0) {
                    assertThat(before).anyMatch(t -> t[0] == task[0] && t[1] == task[1] - 1);
                }
                for (int parent : PARENTS[task[0]]) {
                    assertThat(before).anyMatch(t -> t[0] == parent && t[1] == task[1]);
                }
            }
        }
    }

    @Test
    void theFailureReportedIsTheOneASingleThreadWouldMeetFirst() {
        // One by one, chunk 5 runs positions 0, 1, 2, 3: position 1's failure comes first.
        for (int threads : new int[] {1, 2, 4}) {
            for (int repeat = 0; repeat < 20; repeat++) {
                SimulationSchedule schedule = new SimulationSchedule(PARENTS, CHUNKS, (position, chunk) -> {
                    if ((position == 2 && chunk == 5) || (position == 1 && chunk == 5)
                            || (position == 0 && chunk == 7)) {
                        throw new IllegalStateException("failed at " + position + "/" + chunk);
                    }
                });
                assertThatThrownBy(() -> schedule.run(threads, ExpressionHost.STANDALONE.threads())).hasMessage("failed at 1/5");
            }
        }
    }
}
