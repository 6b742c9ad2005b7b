package causal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress bars go to stderr only when it is a terminal, so logs and pipes get the results alone. */
class ProgressBarsTest {
    @Test
    void stderrCapturedByATestIsNotATerminal() {
        assertThat(ProgressBars.stderrIsTerminal()).isFalse();
    }

    @Test
    void theLaunchersAnswerIsTakenWithoutAskingTheTerminal() {
        try {
            System.setProperty(ProgressBars.STDERR_IS_TERMINAL, "true");
            assertThat(ProgressBars.stderrIsTerminal()).isTrue();
            System.setProperty(ProgressBars.STDERR_IS_TERMINAL, "false");
            assertThat(ProgressBars.stderrIsTerminal()).isFalse();
        } finally {
            System.clearProperty(ProgressBars.STDERR_IS_TERMINAL);
        }
    }

    @Test
    void longWorkWritesNoBarIntoAPipe(@TempDir Path dir) throws IOException {
        Files.copy(CliRun.ROOT.resolve("examples/jobs/data/lalonde.csv"), dir.resolve("lalonde.csv"));
        Path script = dir.resolve("boot.causal");
        Files.writeString(script, """
                data nsw = csv("lalonde.csv")
                dag jobs { age, educ -> treat  age, educ -> re78  treat -> re78 }
                estimate ATE of treat on re78 in nsw under jobs adjust by backdoor using ols(se = bootstrap(runs = 20000))
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("bootstrap_runs");
        assertThat(run.err()).isEmpty();
    }
}
