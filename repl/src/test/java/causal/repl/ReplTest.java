package causal.repl;

import causal.runtime.RunOptions;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REPL driven through a terminal emulated by JLine (the same line discipline as a real one: TAB completes,
 * Ctrl-C is a signal), with the lalonde data in the working folder.
 */
@Timeout(60)
class ReplTest {
    @TempDir
    Path folder;

    /** What the REPL printed for {@code keys}, with the terminal's escape sequences taken out. */
    private String session(String keys) throws IOException {
        Files.copy(ReplTest.class.getResourceAsStream("/lalonde.csv"), folder.resolve("lalonde.csv"));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        // The keys wait in a pipe left open, as a user's would: an input that ended would read as Ctrl-D at once.
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream keyboard = new PipedInputStream(typing, 1 << 16);
        Semaphore idle = new Semaphore(0);
        Thread typist = new Thread(() -> {
            try {
                // One line at a time, each when the REPL asks for input again, as a user types.
                boolean interrupted = false;
                for (String line : keys.split("(?<=\n)|(?<=\u0003)")) {
                    // After Ctrl-C the terminal raises the signal on its own thread: wait for it to land instead.
                    if (interrupted) {
                        Thread.sleep(500);
                        idle.drainPermits();
                    } else {
                        idle.acquire();
                    }
                    interrupted = line.endsWith("\u0003");
                    // The hook runs just before JLine reads; give it a moment to put the terminal in raw mode.
                    Thread.sleep(100);
                    typing.write(line.getBytes(StandardCharsets.UTF_8));
                    typing.flush();
                }
                // A pipe whose writer thread has ended reads as broken: stay until the session is over.
                Thread.sleep(Long.MAX_VALUE);
            } catch (IOException | InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        typist.start();
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm").streams(keyboard, output)
                .encoding(StandardCharsets.UTF_8).build()) {
            Repl repl = new Repl(terminal, folder, folder.resolve("history"), RunOptions.DEFAULTS);
            repl.whenWaitingForInput(idle::release);
            int status = repl.run(Optional.empty());
            assertThat(status).isZero();
        } finally {
            typist.interrupt();
            typing.close();
        }
        return output.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[;?0-9]*[A-Za-z]", "")
                .replaceAll("\u001B[=>]", "").replace("\r", "");
    }

    @Test
    void aMultiLineDagAndAnEstimateGiveTheEstimate() throws IOException {
        String out = session("""
                data nsw = csv("lalonde.csv")
                dag g {
                  age -> treat
                  age -> re78
                  treat -> re78
                }
                estimate ATE of treat on re78 using ols(
                  se = classical)
                :quit
                """);
        assertThat(out).contains("Adjustment set: {age}").contains("Estimator:      ols")
                .contains("Options:        se = classical");
    }

    @Test
    void anErrorShowsACaretAndTheSessionGoesOn() throws IOException {
        String out = session("""
                data nsw = csv("lalonde.csv")
                estimate ATE of treat on re87 adjust by none
                estimate ATE of treat on re78 adjust by none
                :quit
                """);
        assertThat(out).contains("<input>:1:26: error: unknown column 're87' in dataset nsw (did you mean re78?)")
                .contains("^~~~\n").contains("Estimate (NAIVE)");
    }

    @Test
    void tabCompletesADeclaredName() throws IOException {
        String out = session("data nsw = csv(\"lalonde.csv\")\nprint ns\t\n:quit\n");
        assertThat(out).contains("dataset nsw: 614 rows, 11 columns");
    }

    @Test
    void ctrlCAtThePromptDoesNotLeave() throws IOException {
        String out = session("\u0003data nsw = csv(\"lalonde.csv\")\n:vars\n:quit\n");
        assertThat(out).contains("nsw").contains("614 rows, 11 columns");
    }

    @Test
    void helpReadsTheReferenceAndFormatSwitchesToJson() throws IOException {
        String out = session("""
                :help psm
                data nsw = csv("lalonde.csv")
                :format json
                estimate ATE of treat on re78 adjust by none
                :quit
                """);
        assertThat(out).contains("propensity score matching").contains("MatchIt")
                .contains("{\"kind\":\"estimate\"");
    }

    @Test
    void theMostRecentDatasetIsTheDefaultAndResetForgetsEverything() throws IOException {
        String out = session("""
                data a = csv("lalonde.csv")
                data b = csv("lalonde.csv") where age > 30
                estimate ATE of treat on re78 adjust by none
                :reset
                :vars
                :quit
                """);
        assertThat(out).contains("Data:           b").contains("nothing is declared yet");
    }

    @Test
    void theHistoryIsKeptInTheFileGiven() throws IOException {
        session("data nsw = csv(\"lalonde.csv\")\n:quit\n");
        assertThat(Files.readString(folder.resolve("history"))).contains("data nsw = csv(\"lalonde.csv\")");
    }
}
